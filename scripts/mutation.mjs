// Mutation testing, one module at a time (the runs are long; pick the ones you changed):
//   npm run test:mutation                     every module below, in turn
//   npm run test:mutation -- server:idempotency csv
import { spawnSync } from 'node:child_process';

const all = [
  'csv',
  'server:webhooks',
  'server:outbound',
  'server:idempotency',
  'server:auth',
  'server:permissions',
];
const picked = process.argv.slice(2);
const unknown = picked.filter((m) => !all.includes(m));
if (unknown.length) {
  console.error(`Unknown module(s) ${unknown.join(', ')}; pick from: ${all.join(', ')}`);
  process.exit(2);
}
let failed = false;
for (const name of picked.length ? picked : all) {
  const [pkg, module] = name.split(':');
  console.log(`\n== mutation: ${name}`);
  const run = spawnSync('npx', ['stryker', 'run'], {
    cwd: `packages/${pkg}`,
    stdio: 'inherit',
    env: { ...process.env, ...(module ? { MUTATION_MODULE: module } : {}) },
  });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
