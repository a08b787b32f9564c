import { zipPartData } from './zip-part-data.js';
import type { ZipPart } from './zip-local-headers.js';

/**
 * Decompresses every part once, keeping nothing, and checks it against the directory: the
 * declared size (so a bomb that lies about its size stops at the lie) and the checksum. exceljs
 * waits forever on a damaged part instead of failing, so damage must be found here first.
 * Returns why the archive is unsound, or undefined.
 */
export async function verifyZipEntries(file: string, parts: readonly ZipPart[]): Promise<string | undefined> {
  for (const part of parts) {
    try {
      for await (const chunk of zipPartData(file, part)) void chunk;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
  return undefined;
}
