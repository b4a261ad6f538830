// Mutation testing of CSV escaping (formula injection) and the error-report writer.
// Run from the repository root with `npm run test:mutation -- csv`; see docs/testing.md.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { related: true },
  mutate: ['src/template/formulaEscape.ts', 'src/export/csvCell.ts', 'src/export/errorReport.ts'],
  coverageAnalysis: 'perTest',
  // The escaping patterns are module constants; these tests are quick, so static mutants run too.
  ignoreStatic: false,
  concurrency: 2,
  timeoutFactor: 4,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: 'reports/mutation/csv.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['dist', 'reports', 'node_modules', '.stryker-tmp'],
};
