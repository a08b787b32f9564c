import { MAX_SHARED_STRINGS } from './zip-limits.js';
import { ZipPartError } from './zip-part-data.js';

const OPENING = Buffer.from('<si');
/** Bytes that may follow `<si` in an opening tag: `>`, `/`, or white space before attributes. */
const TAG_ENDS = new Set([0x3e, 0x2f, 0x20, 0x09, 0x0a, 0x0d]);

/**
 * Passes the shared-strings table on while counting its strings (`<si>` elements; exceljs keeps one
 * entry per element it closes, so no more than there are openings), and stops past MAX_SHARED_STRINGS.
 * A table of tiny strings is small in bytes but large in memory: 6.9 million took 740 MB and 26 s.
 */
export async function* countSharedStrings(data: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let count = 0;
  // The last bytes of a chunk, where an opening cut in two begins.
  let carried = Buffer.alloc(0);
  for await (const chunk of data) {
    count += openings(Buffer.concat([carried, chunk.subarray(0, OPENING.length)]), carried.length) + openings(chunk, chunk.length);
    if (count > MAX_SHARED_STRINGS) {
      throw new ZipPartError(
        `its shared-strings table holds more than ${MAX_SHARED_STRINGS.toLocaleString('en')} strings, more than can be held in memory`,
        true,
      );
    }
    carried = Buffer.from(chunk.subarray(Math.max(0, chunk.length - OPENING.length)));
    yield chunk;
  }
}

/** Openings that start before `startsBefore` and whose next byte is in `bytes` (the rest waits for the next chunk). */
function openings(bytes: Buffer, startsBefore: number): number {
  let count = 0;
  for (let at = bytes.indexOf(OPENING); at !== -1 && at < startsBefore; at = bytes.indexOf(OPENING, at + 1)) {
    const next = bytes[at + OPENING.length];
    if (next !== undefined && TAG_ENDS.has(next)) count++;
  }
  return count;
}
