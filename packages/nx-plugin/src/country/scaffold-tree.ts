import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The little a scaffold needs of a file tree. Nx's `Tree` has it (the generator renders
 * into Nx's virtual tree); `FsScaffoldTree` writes to disk for `dh new country` and plop.
 */
export interface ScaffoldTree {
  exists(path: string): boolean;
  write(path: string, content: string | Buffer): void;
  children(path: string): string[];
}

/** Writes under a root folder, each file atomically (temp file, then rename). */
export class FsScaffoldTree implements ScaffoldTree {
  constructor(private readonly root: string) {}

  exists(path: string): boolean {
    return existsSync(join(this.root, path));
  }

  write(path: string, content: string | Buffer): void {
    const target = join(this.root, path);
    mkdirSync(dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, content);
    renameSync(temp, target);
  }

  children(path: string): string[] {
    const dir = join(this.root, path);
    return existsSync(dir) ? readdirSync(dir) : [];
  }
}
