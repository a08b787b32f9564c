import { readProblem, type ReadProblem } from './read-problem.js';

/** Turns a file-system error into words a data partner can act on. */
export function ioProblem(file: string, error: unknown): ReadProblem {
  const code = errorCode(error);
  if (code === 'ENOENT') {
    return readProblem({
      code: 'file-not-found',
      file,
      message: `The file ${file} does not exist.`,
      hint: 'Check the path and the file name (including its extension), or run the command from the folder that holds the file.',
    });
  }
  const reason =
    code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : describeError(error);
  return readProblem({
    code: 'file-not-found',
    file,
    message: `The file ${file} could not be read: ${reason}.`,
    // Only the operating system's errors carry a code; anything else is a fault in reading, not in permissions.
    hint:
      code === undefined
        ? "This is not about the file's permissions: save the file again from the program that made it, and if that does not help, report the message (not the data)."
        : 'Point to a data file you can open; close it in other programs and check its permissions.',
  });
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
