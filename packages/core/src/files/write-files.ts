import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** One file to write, relative to a root folder (`/` separators). */
export interface FileToWrite {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/** A path dh will not write to: said as a user can act on it. */
export class OutputPathError extends Error {
  override readonly name = 'OutputPathError';
}

/**
 * The one writer of every file dh makes. Each file is written to a temporary file beside
 * it, then renamed over the target, so a reader never sees half a file and an interrupted
 * run leaves none. Only regular files are replaced: a folder, a device (`/dev/full`), a
 * socket or a symbolic link at the target is refused, never swapped for a file.
 */
export function writeFilesAtomically(root: string, files: readonly FileToWrite[]): string[] {
  const written: string[] = [];
  for (const file of files) {
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    refuseNonRegular(target);
    const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      writeFileSync(temporary, file.content, { flag: 'wx', mode: 0o644 });
      renameSync(temporary, target);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
    written.push(target);
  }
  return written;
}

function refuseNonRegular(target: string): void {
  let kind: string | undefined;
  try {
    const info = lstatSync(target);
    if (info.isFile()) return;
    kind = info.isDirectory() ? 'a folder' : info.isSymbolicLink() ? 'a symbolic link' : 'a device or other special file';
  } catch {
    return; // a new path
  }
  throw new OutputPathError(`${target} is ${kind}: dh writes only regular files or new paths. Choose another name.`);
}
