import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes `data` to `file` through a temporary file beside it and a rename: a reader (a page under
 * `next dev`, another build worker, a parallel build) sees the old file, no file, or the whole new
 * one, never half of it. The temporary name is hidden and unique to this process and call; it is
 * removed when the write fails, and the error is thrown.
 */
export function writeAtomic(file: string, data: string | Uint8Array): void {
  const temporary = path.join(/* turbopackIgnore: true */ path.dirname(file), `.${path.basename(file)}.${process.pid}.${crypto.randomUUID()}.tmp`);
  try {
    fs.writeFileSync(/* turbopackIgnore: true */ temporary, data);
    fs.renameSync(/* turbopackIgnore: true */ temporary, /* turbopackIgnore: true */ file);
  } catch (error) {
    fs.rmSync(/* turbopackIgnore: true */ temporary, { force: true });
    throw error;
  }
}
