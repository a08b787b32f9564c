import { basename, dirname } from 'node:path';
import { writeFilesAtomically } from '@dh/core';

/** Writes a report atomically (core's one writer), so an interrupted run never leaves half a report. */
export async function writeReportFile(path: string, content: string): Promise<void> {
  writeFilesAtomically(dirname(path), [{ path: basename(path), content }]);
}
