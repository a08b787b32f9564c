import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** One exported file, relative to the output folder (`/` separators). */
export interface ExportFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/**
 * Writes each file atomically: to a temporary file beside it, then renamed over the
 * target, so a reader never sees half a workbook (docs/architecture.md, principle 6).
 */
export function writeExportFiles(root: string, files: readonly ExportFile[]): string[] {
  const written: string[] = [];
  for (const file of files) {
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, file.content);
      renameSync(temp, target);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    written.push(target);
  }
  return written;
}
