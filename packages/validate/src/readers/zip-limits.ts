import type { ZipEntry } from './zip-central-directory.js';

/** More than any real survey export; a workbook this big should be CSV anyway. */
export const MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024;
/** Workbook XML compresses 5–20 times; a part that claims 100 times more is built to explode. */
export const MAX_COMPRESSION_RATIO = 100;
/** Small parts (styles, a tiny sheet) may compress extremely well without harm. */
const RATIO_CHECK_FLOOR = 16 * 1024 * 1024;
/**
 * exceljs keeps the whole shared-strings table in memory (each string as an object, about three
 * times the XML's size: a 944 MB table took 2.7 GB and 81 s). A survey's distinct texts (ids,
 * timestamps, free text) fill a few tens of MB; past these limits, CSV is the way.
 */
export const MAX_SHARED_STRINGS_BYTES = 100 * 1024 * 1024;
export const MAX_SHARED_STRINGS = 2_000_000;
/**
 * A workbook has tens of parts, a REFI-QDA project one per source besides project.qde (a few
 * hundred transcripts). Every part is located, decompressed and checked one at a time, so a
 * .qdpx of 300,000 empty parts took 26 s and 340 MB, and was then accepted.
 */
export const MAX_ZIP_ENTRIES = 10_000;
/** The other parts exceljs holds whole (relationships, workbook, styles) are kilobytes in real workbooks. */
const MAX_HELD_PART_BYTES = 16 * 1024 * 1024;
const HELD_PARTS = new Set(['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml']);

export type ZipVerdict = { readonly ok: true } | { readonly ok: false; readonly tooLarge: boolean; readonly reason: string };

/** Judges the declared sizes before anything is decompressed. */
export function judgeZipEntries(entries: readonly ZipEntry[], fileSize: number): ZipVerdict {
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > MAX_UNCOMPRESSED_BYTES)
    return tooLarge(`it would expand to ${megabytes(total)}, over the ${megabytes(MAX_UNCOMPRESSED_BYTES)} limit`);
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_CHECK_FLOOR && ratio > MAX_COMPRESSION_RATIO) {
      return tooLarge(`its part ${entry.name} would expand ${Math.round(ratio)} times, to ${megabytes(entry.uncompressedSize)}`);
    }
  }
  return judgeHeldParts(entries) ?? judgeLayout(entries, fileSize);
}

/** Parts read whole into memory, judged by the size they declare (decompression stops there anyway). */
function judgeHeldParts(entries: readonly ZipEntry[]): ZipVerdict | undefined {
  for (const entry of entries) {
    if (entry.name === 'xl/sharedStrings.xml' && entry.uncompressedSize > MAX_SHARED_STRINGS_BYTES) {
      return tooLarge(
        `its shared-strings table (xl/sharedStrings.xml) would expand to ${megabytes(entry.uncompressedSize)}, over the ${megabytes(MAX_SHARED_STRINGS_BYTES)} that can be held in memory`,
      );
    }
    if (HELD_PARTS.has(entry.name) && entry.uncompressedSize > MAX_HELD_PART_BYTES) {
      return tooLarge(
        `its part ${entry.name} would expand to ${megabytes(entry.uncompressedSize)}, over the ${megabytes(MAX_HELD_PART_BYTES)} that can be held in memory`,
      );
    }
  }
  return undefined;
}

/** Entries must lie inside the file and not overlap: overlapping entries are another way to build a bomb. */
function judgeLayout(entries: readonly ZipEntry[], fileSize: number): ZipVerdict {
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  for (let index = 0; index < byOffset.length; index++) {
    const entry = byOffset[index];
    if (!entry) continue;
    const end = entry.localHeaderOffset + entry.compressedSize;
    const next = byOffset[index + 1];
    if (end > fileSize || (next && end > next.localHeaderOffset)) {
      return { ok: false, tooLarge: false, reason: `its part ${entry.name} lies outside the file or overlaps another part` };
    }
  }
  return { ok: true };
}

function tooLarge(reason: string): ZipVerdict {
  return { ok: false, tooLarge: true, reason };
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024)).toLocaleString('en')} MB`;
}
