import type { FileHandle } from 'node:fs/promises';
import { shownPartName as shown } from './shown-part-name.js';
import type { ZipEntry } from './zip-central-directory.js';

/** A part as its directory lists it, with where its data starts, as its local header says. */
export interface ZipPart extends ZipEntry {
  readonly dataStart: number;
}

export type ZipParts = { readonly parts: readonly ZipPart[] } | { readonly error: string };

const LOCAL_SIGNATURE = 0x04034b50;
const DESCRIPTOR_SIGNATURE = 0x08074b50;
const LOCAL_HEADER_LENGTH = 30;
const SATURATED = 0xffffffff;
/** Bit 3: sizes and checksum follow the data, in a data descriptor of one of these lengths. */
const USES_DESCRIPTOR = 0x08;
const DESCRIPTOR_LENGTHS = [12, 16, 20, 24];

/**
 * Checks every local header against the directory, and that the parts fill the file from its first
 * byte to the directory with nothing between them. A reader that goes front to back, as exceljs
 * does, trusts local headers: a part the directory does not list (a 3 GB shared-strings table
 * hidden before the listed parts), or a local header that names another part, would make it read
 * data that no check here has seen.
 */
export async function readLocalParts(handle: FileHandle, entries: readonly ZipEntry[], directoryOffset: number): Promise<ZipParts> {
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  const parts: ZipPart[] = [];
  let expected = 0;
  for (const entry of byOffset) {
    if (entry.localHeaderOffset !== expected) return { error: await unlisted(handle, expected, entry.localHeaderOffset) };
    const local = await readLocalHeader(handle, entry);
    if ('error' in local) return local;
    parts.push({ ...entry, dataStart: local.dataStart });
    expected = local.dataStart + entry.compressedSize;
    const next = byOffset[parts.length]?.localHeaderOffset ?? directoryOffset;
    if (local.usesDescriptor) expected += descriptorLength(next - expected);
  }
  if (expected !== directoryOffset) return { error: await unlisted(handle, expected, directoryOffset) };
  return { parts };
}

async function readLocalHeader(
  handle: FileHandle,
  entry: ZipEntry,
): Promise<{ dataStart: number; usesDescriptor: boolean } | { error: string }> {
  const header = await readAt(handle, entry.localHeaderOffset, LOCAL_HEADER_LENGTH);
  if (header.length < LOCAL_HEADER_LENGTH || header.readUInt32LE(0) !== LOCAL_SIGNATURE)
    return { error: `its part ${shown(entry.name)} has no valid local header` };
  const nameLength = header.readUInt16LE(26);
  const name = (await readAt(handle, entry.localHeaderOffset + LOCAL_HEADER_LENGTH, nameLength)).toString('utf8');
  const flags = header.readUInt16LE(6);
  const usesDescriptor = (flags & USES_DESCRIPTOR) !== 0;
  const differs =
    name !== entry.name ||
    header.readUInt16LE(8) !== entry.method ||
    (flags & 1) !== (entry.encrypted ? 1 : 0) ||
    (!usesDescriptor &&
      (!sameSize(header.readUInt32LE(18), entry.compressedSize) || !sameSize(header.readUInt32LE(22), entry.uncompressedSize)));
  if (differs)
    return {
      error: `the local header of its part ${shown(entry.name)} does not match its zip directory${name === entry.name ? '' : ` (it names ${shown(name)})`}`,
    };
  return { dataStart: entry.localHeaderOffset + LOCAL_HEADER_LENGTH + nameLength + header.readUInt16LE(28), usesDescriptor };
}

/** A local size saturated at 2^32 - 1 defers to the zip64 size the directory gives. */
function sameSize(local: number, declared: number): boolean {
  return local === declared || local === SATURATED;
}

/** The descriptor's length, when the gap before the next part is one; else 0, so the gap shows as unlisted bytes. */
function descriptorLength(gap: number): number {
  return DESCRIPTOR_LENGTHS.includes(gap) ? gap : 0;
}

/** Why bytes between `from` and `to` are refused: a hidden part (named when it has a local header) or unexplained bytes. */
async function unlisted(handle: FileHandle, from: number, to: number): Promise<string> {
  if (to < from) return 'two of its parts overlap';
  const header = await readAt(handle, from, LOCAL_HEADER_LENGTH);
  if (header.length === LOCAL_HEADER_LENGTH && header.readUInt32LE(0) === LOCAL_SIGNATURE) {
    const name = (await readAt(handle, from + LOCAL_HEADER_LENGTH, Math.min(header.readUInt16LE(26), 200))).toString('utf8');
    return `it holds a part, ${shown(name)}, that its zip directory does not list (a hidden part can make a program read other data than what was checked)`;
  }
  if (header.length >= 4 && header.readUInt32LE(0) === DESCRIPTOR_SIGNATURE)
    return `the data descriptor at byte ${from} does not fit its part`;
  return `it holds ${(to - from).toLocaleString('en')} bytes at byte ${from.toLocaleString('en')} that its zip directory does not account for`;
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
