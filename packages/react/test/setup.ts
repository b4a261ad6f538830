import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Widgets wait on a real server here: on a busy two-core machine an answer can take seconds.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
