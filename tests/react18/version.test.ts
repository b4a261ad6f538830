import { version as reactVersion } from 'react';
import { version as domVersion } from 'react-dom';
import { expect, it } from 'vitest';

it('runs the widget suite on React 18', () => {
  expect(reactVersion).toMatch(/^18\./);
  expect(domVersion).toMatch(/^18\./);
});
