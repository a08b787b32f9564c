import { Buffer } from 'buffer';
import { registeredFile, unavailable } from './file-registry.js';

/** Enough of `fs.Stats` for the readers: a dropped file is always a file. */
function statsOf(file: Blob) {
  return { size: file.size, isDirectory: () => false, isFile: () => true };
}

export async function stat(path: string) {
  return statsOf(registeredFile(path));
}

/** A read-only handle on a dropped file; `read` slices the file where it is asked to. */
export async function open(path: string, flags = 'r') {
  if (flags !== 'r') unavailable(`writing ${path}`);
  const file = registeredFile(path);
  return {
    async read(buffer: Uint8Array, offset: number, length: number, position: number) {
      const bytes = new Uint8Array(await file.slice(position, position + length).arrayBuffer());
      buffer.set(bytes, offset);
      return { bytesRead: bytes.length, buffer };
    },
    async stat() {
      return statsOf(file);
    },
    async close() {},
  };
}

export async function readdir(path: string): Promise<never> {
  return unavailable(`reading the folder ${path}`);
}

export async function readFile(path: string) {
  return Buffer.from(await registeredFile(path).arrayBuffer());
}

export const writeFile = () => unavailable('writing files');
export const mkdir = () => unavailable('making folders');
export const rm = () => unavailable('removing files');
