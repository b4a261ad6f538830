import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// Only the test files that guard the module under mutation (set by stryker.config.mjs).
const include = process.env.MUTATION_TESTS?.split(',') ?? [];

export default defineConfig({ ...base, test: { ...base.test, include } });
