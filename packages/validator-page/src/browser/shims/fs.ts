import { Buffer } from 'buffer';
import { registeredFile, unavailable } from './file-registry.js';

interface ReadStreamOptions {
  readonly highWaterMark?: number;
  readonly start?: number;
  /** Inclusive, as in Node. */
  readonly end?: number;
}

/**
 * `fs.createReadStream` for a dropped file: its bytes in chunks, one slice of the file at a time,
 * so a 100 MB file never sits in memory whole. Iterated with `for await`, as the readers do.
 */
export function createReadStream(path: string, options: ReadStreamOptions = {}) {
  const file = registeredFile(path);
  const chunk = options.highWaterMark ?? 64 * 1024;
  const end = options.end === undefined ? file.size : Math.min(file.size, options.end + 1);
  let destroyed = false;
  return {
    async *[Symbol.asyncIterator](): AsyncGenerator<Buffer> {
      for (let position = options.start ?? 0; position < end && !destroyed; position += chunk) {
        yield Buffer.from(await file.slice(position, Math.min(end, position + chunk)).arrayBuffer());
      }
    },
    destroy() {
      destroyed = true;
    },
    on() {
      return this;
    },
  };
}

export const existsSync = (path: string): boolean => {
  try {
    registeredFile(path);
    return true;
  } catch {
    return false;
  }
};
const notHere = (what: string) => () => unavailable(what);
export const readFileSync = notHere('reading files synchronously');
export const statSync = notHere('reading files synchronously');
export const lstatSync = notHere('reading files synchronously');
export const readdirSync = notHere('reading folders');
export const realpathSync = notHere('resolving paths');
export const writeFileSync = notHere('writing files');
export const mkdirSync = notHere('making folders');
export const renameSync = notHere('renaming files');
export const rmSync = notHere('removing files');
export const createWriteStream = notHere('writing files');
