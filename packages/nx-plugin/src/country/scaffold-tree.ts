import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeExportFiles } from '@dh/exporters';

/**
 * The little a scaffold needs of a file tree. Nx's `Tree` has it (the generator renders
 * into Nx's virtual tree); `FsScaffoldTree` writes to disk for `dh new country` and plop.
 */
export interface ScaffoldTree {
  exists(path: string): boolean;
  isFile(path: string): boolean;
  write(path: string, content: string | Buffer): void;
  children(path: string): string[];
}

/** Writes under a root folder, each file atomically (the exporters' writer: temp file, then rename). */
export class FsScaffoldTree implements ScaffoldTree {
  constructor(private readonly root: string) {}

  exists(path: string): boolean {
    return existsSync(join(this.root, path));
  }

  isFile(path: string): boolean {
    const target = join(this.root, path);
    return existsSync(target) && !statSync(target).isDirectory();
  }

  write(path: string, content: string | Buffer): void {
    writeExportFiles(this.root, [{ path, content }]);
  }

  children(path: string): string[] {
    const dir = join(this.root, path);
    return existsSync(dir) && statSync(dir).isDirectory() ? readdirSync(dir) : [];
  }
}
