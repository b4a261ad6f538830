import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiskFileStore } from './diskFileStore.js';

describe('DiskFileStore', () => {
  const folders: string[] = [];
  afterAll(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));
  const store = async () => {
    const folder = await mkdtemp(join(tmpdir(), 'vitrine-files-'));
    folders.push(folder);
    return { folder, files: new DiskFileStore(join(folder, 'files')) };
  };

  it('keeps, reads and deletes files by key, leaving nothing half-written', async () => {
    const { folder, files } = await store();
    await files.put('file_abc', new Uint8Array([1, 2, 3]), 'image/png');
    expect(await files.get('file_abc')).toEqual(new Uint8Array([1, 2, 3]));
    expect(await readdir(join(folder, 'files'))).toEqual(['file_abc']);
    await files.delete('file_abc');
    expect(await files.get('file_abc')).toBeNull();
    expect(await files.get('never_there')).toBeNull();
  });

  it('refuses keys that would reach outside its folder', async () => {
    const { files } = await store();
    await expect(files.put('../escape', new Uint8Array([1]), 'image/png')).rejects.toThrow(
      /Not a file key/,
    );
    await expect(files.get('a/../../etc/passwd')).rejects.toThrow(/Not a file key/);
  });
});
