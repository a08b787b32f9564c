import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { crc32, createInflateRaw } from 'node:zlib';
import type { ZipEntry } from './zip-central-directory.js';

const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_LENGTH = 30;

/**
 * Decompresses every part once, keeping nothing, and checks it against the directory: the
 * declared size (so a bomb that lies about its size stops at the lie) and the checksum. exceljs
 * waits forever on a damaged part instead of failing, so damage must be found here first.
 * Returns why the archive is unsound, or undefined.
 */
export async function verifyZipEntries(file: string, handle: FileHandle, entries: readonly ZipEntry[]): Promise<string | undefined> {
  for (const entry of entries) {
    if (entry.method !== 0 && entry.method !== 8) return `its part ${entry.name} uses a compression method Excel does not write (${entry.method})`;
    const dataStart = await localDataStart(handle, entry);
    if (dataStart === undefined) return `its part ${entry.name} has no valid local header`;
    const problem = await checkEntryData(file, entry, dataStart);
    if (problem !== undefined) return `its part ${entry.name} ${problem}`;
  }
  return undefined;
}

async function localDataStart(handle: FileHandle, entry: ZipEntry): Promise<number | undefined> {
  const header = Buffer.alloc(LOCAL_HEADER_LENGTH);
  const { bytesRead } = await handle.read(header, 0, LOCAL_HEADER_LENGTH, entry.localHeaderOffset);
  if (bytesRead < LOCAL_HEADER_LENGTH || header.readUInt32LE(0) !== LOCAL_SIGNATURE) return undefined;
  return entry.localHeaderOffset + LOCAL_HEADER_LENGTH + header.readUInt16LE(26) + header.readUInt16LE(28);
}

async function checkEntryData(file: string, entry: ZipEntry, dataStart: number): Promise<string | undefined> {
  if (entry.compressedSize === 0) return entry.uncompressedSize === 0 ? undefined : 'is empty although it declares content';
  const source = createReadStream(file, { start: dataStart, end: dataStart + entry.compressedSize - 1 });
  const output = entry.method === 8 ? source.pipe(createInflateRaw()) : source;
  if (output !== source) source.on('error', (error) => output.destroy(error));
  let size = 0;
  let checksum = 0;
  try {
    for await (const chunk of output as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > entry.uncompressedSize) return 'expands beyond the size it declares';
      checksum = crc32(chunk, checksum);
    }
  } catch {
    return 'is damaged (its compressed data cannot be decompressed)';
  } finally {
    source.destroy();
    output.destroy();
  }
  if (size !== entry.uncompressedSize || checksum !== entry.crc32) return 'is damaged (its size or checksum does not match)';
  return undefined;
}
