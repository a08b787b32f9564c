import { createReadStream } from 'node:fs';
import { crc32, createInflateRaw } from 'node:zlib';
import { shownPartName } from './shown-part-name.js';
import type { ZipPart } from './zip-local-headers.js';

/**
 * Why a workbook's zip cannot be read, in words that complete "… cannot be read as an Excel
 * workbook: …"; `tooLarge` when it is refused as a bomb. Thrown inside the readers only.
 */
export class ZipPartError extends Error {
  constructor(
    message: string,
    readonly tooLarge = false,
  ) {
    super(message);
  }
}

/**
 * Streams one part's decompressed bytes, never more than the part declares: a bomb that lies about
 * its size stops at the lie, whatever happened to the file since it was checked. At the end, the
 * size and checksum must be what the directory declares.
 */
export async function* zipPartData(file: string, part: ZipPart): AsyncGenerator<Buffer> {
  const name = shownPartName(part.name);
  if (part.method !== 0 && part.method !== 8)
    throw new ZipPartError(`its part ${name} uses a compression method Excel does not write (${part.method})`);
  if (part.compressedSize === 0) {
    if (part.uncompressedSize !== 0) throw new ZipPartError(`its part ${name} is empty although it declares content`);
    return;
  }
  const source = createReadStream(file, { start: part.dataStart, end: part.dataStart + part.compressedSize - 1 });
  const output = part.method === 8 ? source.pipe(createInflateRaw()) : source;
  if (output !== source) source.on('error', (error) => output.destroy(error));
  let size = 0;
  let checksum = 0;
  try {
    for await (const chunk of output as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > part.uncompressedSize) throw new ZipPartError(`its part ${name} expands beyond the size it declares`);
      checksum = crc32(chunk, checksum);
      yield chunk;
    }
  } catch (error) {
    throw error instanceof ZipPartError
      ? error
      : new ZipPartError(`its part ${name} is damaged (its compressed data cannot be decompressed)`);
  } finally {
    source.destroy();
    output.destroy();
  }
  if (size !== part.uncompressedSize || checksum !== part.crc32)
    throw new ZipPartError(`its part ${name} is damaged (its size or checksum does not match)`);
}
