import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Where an export puts each file of a pack, by pack-relative path with forward slashes (`problems/x/tests.json`). */
export interface PackWriter {
  write(path: string, text: string): Promise<void>;
}

/** A writer that creates the files under `outDir` (folders made as needed). */
export function diskPackWriter(outDir: string): PackWriter {
  return {
    async write(path, text) {
      const full = join(outDir, ...path.split('/'));
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, text);
    },
  };
}

/** A writer that keeps the files in memory, in write order (the HTTP export route answers with them). */
export function memoryPackWriter(): PackWriter & { readonly files: { path: string; content: string }[] } {
  const files: { path: string; content: string }[] = [];
  return {
    files,
    async write(path, text) {
      files.push({ path, content: text });
    },
  };
}
