import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeExportFiles } from '@dh/exporters';

/**
 * The little a scaffold needs of a file tree. Nx's `Tree` has it (the generator renders
 * into Nx's virtual tree); `FsScaffoldTree` writes to disk for `dh new country` and plop.
 */
export interface ScaffoldTree {
  exists(path: string): boolean;
  write(path: string, content: string | Buffer): void;
  children(path: string): string[];
}

/** Writes under a root folder, each file atomically (the exporters' writer: temp file, then rename). */
export class FsScaffoldTree implements ScaffoldTree {
  constructor(private readonly root: string) {}

  exists(path: string): boolean {
    return existsSync(join(this.root, path));
  }

  write(path: string, content: string | Buffer): void {
    writeExportFiles(this.root, [{ path, content }]);
  }

  children(path: string): string[] {
    const dir = join(this.root, path);
    return existsSync(dir) ? readdirSync(dir) : [];
  }
}
