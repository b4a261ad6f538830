/** Writes the description a server serves at `/openapi.json` to a file, for linters and generators. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createTestServer } from '../testing/testServer.js';

const target = process.argv[2] ?? 'openapi.json';
const server = await createTestServer({});
try {
  const res = await server.fetch(`${server.baseUrl}/openapi.json`);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, `${JSON.stringify(await res.json(), null, 2)}\n`);
} finally {
  await server.close();
}
