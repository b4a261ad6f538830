// Mutation testing of the security-critical code, one module at a time (`MUTATION_MODULE`).
// Run from the repository root with `npm run test:mutation -- server:<module>`; see docs/testing.md.

/** What each module mutates (line ranges pick one method out of a larger file) and the tests that guard it. */
export const modules = {
  auth: {
    mutate: [
      'src/auth/principal.ts',
      'src/auth/scope.ts',
      'src/auth/tokens.ts',
      'src/services/accounts/sessions.ts',
      // Authentication and the failed-auth limit in the router.
      'src/http/router.ts:118-138',
    ],
    tests: ['test/auth.test.ts', 'test/rateLimit.test.ts', 'test/idempotency.test.ts'],
  },
  permissions: {
    mutate: ['src/auth/permissions.ts', 'src/http/router.ts:141-141', 'src/http/router.ts:238-265'],
    tests: ['test/permissions.test.ts', 'test/auth.test.ts', 'test/jobs.test.ts'],
  },
  webhooks: {
    mutate: [
      'src/crypto/hmac.ts',
      'src/crypto/standardWebhooks.ts',
      'src/platforms/shopify/hmac.ts',
      'src/platforms/pressero/signature.ts',
      'src/platforms/shopify/adapter.ts:191-199',
      'src/platforms/shopify/adapter.ts:607-617',
      'src/platforms/etsy/adapter.ts:543-555',
      'src/platforms/woocommerce/adapter.ts:429-434',
      'src/platforms/woocommerce/adapter.ts:722-726',
      'src/platforms/pressero/adapter.ts:249-252',
    ],
    tests: [
      'src/crypto/*.test.ts',
      'src/platforms/**/*.test.ts',
      // Each platform's check as the webhook route calls it (webhookSignatures.test.ts); the
      // end-to-end webhook suites start servers and are too slow to run per mutant.
    ],
  },
  idempotency: {
    mutate: ['src/http/idempotency.ts', 'src/http/router.ts:186-229'],
    tests: ['test/idempotency.test.ts', 'test/http.test.ts'],
  },
  outbound: {
    mutate: ['src/outbound/guard.ts', 'src/node/outbound.ts'],
    tests: ['src/outbound/*.test.ts', 'src/node/outbound.test.ts'],
  },
};

const name = process.env.MUTATION_MODULE ?? '';
const module = modules[name];
if (!module) {
  throw new Error(`Set MUTATION_MODULE to one of: ${Object.keys(modules).join(', ')}`);
}
// Read by vitest.mutation.config.ts in Stryker's test-runner processes (they inherit the env).
process.env.MUTATION_TESTS = module.tests.join(',');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  mutate: module.mutate,
  // Each mutant runs only the tests that reached its code.
  coverageAnalysis: 'perTest',
  // Module-level constants would need every test per mutant; the permission matrix checks the
  // table as a whole instead.
  ignoreStatic: true,
  // The machine is shared: two workers at most.
  concurrency: 2,
  // Tests start a real server on PGlite; a loaded machine makes them several times slower.
  timeoutFactor: 4,
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['dist', 'reports', 'node_modules', '.stryker-tmp'],
};
