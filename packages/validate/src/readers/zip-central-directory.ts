import type { FileHandle } from 'node:fs/promises';
import { MAX_ZIP_ENTRIES } from './zip-limits.js';

/** One file inside a zip, as its central directory declares it. */
export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
  /** 0 stored, 8 deflated: the only two methods xlsx writers use. */
  readonly method: number;
  readonly crc32: number;
}

/** `offset` is where the directory starts: the parts must fill the file up to there. `tooLarge` when refused for its size. */
export type ZipDirectory =
  { readonly entries: readonly ZipEntry[]; readonly offset: number } | { readonly error: string; readonly tooLarge?: true };

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const ENTRY_SIGNATURE = 0x02014b50;
const EOCD_LENGTH = 22;
const MAX_COMMENT = 0xffff;
/** An xlsx has tens of entries; a directory this big is an attack, not a workbook. */
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;

/**
 * Reads a zip's central directory from the end of the file, before any decompression, so that
 * the sizes it declares can be checked (zip bombs) and a file that is no zip at all is recognised.
 */
export async function readZipDirectory(handle: FileHandle, fileSize: number): Promise<ZipDirectory> {
  const tailLength = Math.min(fileSize, EOCD_LENGTH + MAX_COMMENT + 20);
  const tail = await readAt(handle, fileSize - tailLength, tailLength);
  const eocd = findSignatureFromEnd(tail, EOCD_SIGNATURE, EOCD_LENGTH);
  if (eocd < 0) return { error: 'it has no zip directory (the file is not a zip, or was cut short while copying)' };
  let count = tail.readUInt16LE(eocd + 10);
  let size = tail.readUInt32LE(eocd + 12);
  let offset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const zip64 = await readZip64End(handle, tail, eocd);
    if ('error' in zip64) return zip64;
    ({ count, size, offset } = zip64);
  }
  // Judged on the count the directory declares, before a single entry of it is read.
  if (count > MAX_ZIP_ENTRIES) {
    return {
      error: `its zip directory lists ${count.toLocaleString('en')} parts, over the limit of ${MAX_ZIP_ENTRIES.toLocaleString('en')} (a real file holds far fewer)`,
      tooLarge: true,
    };
  }
  if (size > MAX_DIRECTORY_BYTES) return { error: `its zip directory is ${size} bytes long, far more than a workbook needs` };
  if (offset + size > fileSize) return { error: 'its zip directory points past the end of the file' };
  const parsed = parseEntries(await readAt(handle, offset, size), count);
  return 'error' in parsed ? parsed : { entries: parsed.entries, offset };
}

async function readZip64End(
  handle: FileHandle,
  tail: Buffer,
  eocd: number,
): Promise<{ count: number; size: number; offset: number } | { error: string }> {
  const locator = eocd - 20;
  if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) return { error: 'its zip64 directory locator is missing' };
  const record = await readAt(handle, safeNumber(tail.readBigUInt64LE(locator + 8)), 56);
  if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) return { error: 'its zip64 directory record is damaged' };
  return {
    count: safeNumber(record.readBigUInt64LE(32)),
    size: safeNumber(record.readBigUInt64LE(40)),
    offset: safeNumber(record.readBigUInt64LE(48)),
  };
}

function parseEntries(directory: Buffer, count: number): { entries: ZipEntry[] } | { error: string } {
  const entries: ZipEntry[] = [];
  let position = 0;
  for (let index = 0; index < count; index++) {
    if (position + 46 > directory.length || directory.readUInt32LE(position) !== ENTRY_SIGNATURE) {
      return { error: 'its zip directory is damaged' };
    }
    const nameLength = directory.readUInt16LE(position + 28);
    const extraLength = directory.readUInt16LE(position + 30);
    const commentLength = directory.readUInt16LE(position + 32);
    const name = directory.toString('utf8', position + 46, position + 46 + nameLength);
    const extra = directory.subarray(position + 46 + nameLength, position + 46 + nameLength + extraLength);
    entries.push(entryFrom(directory, position, name, extra));
    position += 46 + nameLength + extraLength + commentLength;
  }
  return { entries };
}

function entryFrom(directory: Buffer, position: number, name: string, extra: Buffer): ZipEntry {
  const sizes = {
    uncompressedSize: directory.readUInt32LE(position + 24),
    compressedSize: directory.readUInt32LE(position + 20),
    localHeaderOffset: directory.readUInt32LE(position + 42),
  };
  const zip64 = zip64Extra(extra);
  // Zip64 stores, in this order, only the fields whose 32-bit slot is saturated.
  let cursor = 0;
  for (const field of ['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const) {
    if (sizes[field] === 0xffffffff && zip64 && cursor + 8 <= zip64.length) {
      sizes[field] = safeNumber(zip64.readBigUInt64LE(cursor));
      cursor += 8;
    }
  }
  return {
    name,
    ...sizes,
    encrypted: (directory.readUInt16LE(position + 8) & 1) === 1,
    method: directory.readUInt16LE(position + 10),
    crc32: directory.readUInt32LE(position + 16),
  };
}

function zip64Extra(extra: Buffer): Buffer | undefined {
  let position = 0;
  while (position + 4 <= extra.length) {
    const id = extra.readUInt16LE(position);
    const length = extra.readUInt16LE(position + 2);
    if (id === 0x0001) return extra.subarray(position + 4, position + 4 + length);
    position += 4 + length;
  }
  return undefined;
}

function findSignatureFromEnd(buffer: Buffer, signature: number, minLength: number): number {
  for (let position = buffer.length - minLength; position >= 0; position--) {
    if (buffer.readUInt32LE(position) === signature) return position;
  }
  return -1;
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** Sizes beyond 2^53 cannot be real here; saturating keeps every later comparison meaningful. */
function safeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}
