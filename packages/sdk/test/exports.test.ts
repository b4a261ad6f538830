import { expect, it } from 'vitest';
import * as sdk from '../src/index.js';
import * as schemas from '../src/schemas/index.js';

it('the entry exports every schema value next to the client (no name is shadowed)', () => {
  const entry = new Map(Object.entries(sdk));
  for (const [name, value] of Object.entries(schemas)) {
    expect(entry.get(name), name).toBe(value);
  }
  expect(entry.has('endpoints')).toBe(true);
  expect(entry.has('createVitrine')).toBe(true);
});
