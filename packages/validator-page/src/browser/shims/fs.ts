import { Buffer } from 'buffer';
import { Readable } from './stream.cjs';
import { registeredFile, unavailable } from './file-registry.js';

interface ReadStreamOptions {
  readonly highWaterMark?: number;
  readonly start?: number;
  /** Inclusive, as in Node. */
  readonly end?: number;
}

/**
 * `fs.createReadStream` for a dropped file: its bytes in chunks, one slice of the file at a time,
 * so a 100 MB file never sits in memory whole: a stream that can be iterated and piped, as Node's.
 */
export function createReadStream(path: string, options: ReadStreamOptions = {}): Readable {
  const file = registeredFile(path);
  const chunk = options.highWaterMark ?? 64 * 1024;
  const end = options.end === undefined ? file.size : Math.min(file.size, options.end + 1);
  async function* slices(): AsyncGenerator<Buffer> {
    for (let position = options.start ?? 0; position < end; position += chunk)
      yield Buffer.from(await file.slice(position, Math.min(end, position + chunk)).arrayBuffer());
  }
  return Readable.from(slices(), { objectMode: false });
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
