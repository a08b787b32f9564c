import { countSharedStrings } from './count-shared-strings.js';
import { ZipPartError, zipPartData } from './zip-part-data.js';
import type { ZipPart } from './zip-local-headers.js';

/**
 * Decompresses every part once, keeping nothing, and checks it against the directory: the
 * declared size (so a bomb that lies about its size stops at the lie) and the checksum. exceljs
 * waits forever on a damaged part instead of failing, so damage must be found here first. The
 * shared strings are counted too, so a table of too many is refused before exceljs reads it.
 * Returns why the archive is unsound, or undefined; a ZipPartError thrown by the checks says so.
 */
export async function verifyZipEntries(file: string, parts: readonly ZipPart[]): Promise<ZipPartError | undefined> {
  for (const part of parts) {
    try {
      const data = zipPartData(file, part);
      for await (const chunk of part.name === 'xl/sharedStrings.xml' ? countSharedStrings(data) : data) void chunk;
    } catch (error) {
      return error instanceof ZipPartError ? error : new ZipPartError(String(error));
    }
  }
  return undefined;
}
