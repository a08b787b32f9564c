import { writeFilesAtomically, type FileToWrite } from '@dh/core';

/** One exported file, relative to the output folder (`/` separators). */
export type ExportFile = FileToWrite;

/** Writes each file atomically (core's one writer: temp file, then rename; regular files only). */
export function writeExportFiles(root: string, files: readonly ExportFile[]): string[] {
  return writeFilesAtomically(root, files);
}
