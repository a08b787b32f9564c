import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { readXlsxParts } from './check-xlsx-zip.js';
import { countSharedStrings } from './count-shared-strings.js';
import { ZipPartError, zipPartData } from './zip-part-data.js';
import type { ZipPart } from './zip-local-headers.js';

/**
 * The parts exceljs needs before a sheet, in the order it needs them (relationships and workbook
 * name the sheets, styles tell dates from numbers, shared strings hold the text).
 */
const LEADING_PARTS = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml'];
/** The sheets, as exceljs recognises them. */
const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
/** A workbook of numbers and inline strings has no shared strings; exceljs still needs to have read some. */
const NO_SHARED_STRINGS = Buffer.from('<sst/>');
/** An end-of-directory record listing nothing: where exceljs's unzipper stops. */
const END_OF_ARCHIVE = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);

/**
 * The workbook as a zip stream made for exceljs's streaming reader: only the parts it reads, in the
 * order it needs them, each stored uncompressed after being decompressed here. exceljs 4.4.0 copies
 * every sheet it meets before the shared strings to a temp file (Excel writes sheets first), which
 * left plaintext copies of the data behind after Ctrl-C; in this order it never does. Only parts
 * the directory lists are read, located by the directory and proved sound again (the file may have
 * changed since it was opened), and none can expand beyond the size it declares.
 */
export function workbookPartStream(file: string, onBytes: () => void = () => undefined): Readable {
  return Readable.from(watched(workbookPartBytes(file), onBytes), { objectMode: false });
}

/**
 * Tells of each chunk as the stream's reader takes it. A 'data' listener would do the same but
 * starts the stream flowing at once: every byte that flowed before exceljs piped the stream into
 * its unzipper was lost, and now and then a sound workbook was reported unreadable.
 */
async function* watched(chunks: AsyncIterable<Buffer>, onBytes: () => void): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    onBytes();
    yield chunk;
  }
}

async function* workbookPartBytes(file: string): AsyncGenerator<Buffer> {
  const parts = await soundParts(file);
  const byName = new Map(parts.map((part) => [part.name, part]));
  for (const name of LEADING_PARTS) {
    const part = byName.get(name);
    if (part !== undefined)
      yield* storedEntry(part, name === 'xl/sharedStrings.xml' ? countSharedStrings(zipPartData(file, part)) : zipPartData(file, part));
    else if (name === 'xl/sharedStrings.xml')
      yield* storedEntry({ name, crc32: crc32(NO_SHARED_STRINGS), uncompressedSize: NO_SHARED_STRINGS.length }, once(NO_SHARED_STRINGS));
  }
  for (const part of parts) {
    if (SHEET.test(part.name)) yield* storedEntry(part, zipPartData(file, part));
  }
  yield END_OF_ARCHIVE;
}

async function soundParts(file: string): Promise<readonly ZipPart[]> {
  const handle = await open(file, 'r');
  try {
    const found = await readXlsxParts(handle, (await handle.stat()).size);
    if (!('parts' in found)) throw new ZipPartError(found.reason, found.tooLarge);
    return found.parts;
  } finally {
    await handle.close();
  }
}

async function* storedEntry(
  part: Pick<ZipPart, 'name' | 'crc32' | 'uncompressedSize'>,
  data: AsyncIterable<Buffer>,
): AsyncGenerator<Buffer> {
  const name = Buffer.from(part.name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  // UTF-8 name, stored, sizes known up front.
  header.writeUInt16LE(0x0800, 6);
  header.writeUInt32LE(part.crc32, 14);
  header.writeUInt32LE(part.uncompressedSize, 18);
  header.writeUInt32LE(part.uncompressedSize, 22);
  header.writeUInt16LE(name.length, 26);
  yield Buffer.concat([header, name]);
  yield* data;
}

async function* once(bytes: Buffer): AsyncGenerator<Buffer> {
  yield bytes;
}
