import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { realPathOf } from '@dh/core';
import { DATA_FILE_EXTENSIONS } from '@dh/validate';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { UserError } from './user-error.js';

function writable(folder: string, option: string): void {
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new UserError(`${option}: cannot write in ${folder} (permission denied): choose a folder you can write to.`);
  }
}

/** The nearest existing folder at or above a path. */
function nearestFolder(path: string): string {
  let folder = resolve(path);
  while (!existsSync(folder)) folder = dirname(folder);
  return folder;
}

/**
 * A file a command will write (`--out report.html`): its folder must exist and be writable,
 * and the file must be new or a regular file that is none of the command's inputs. Says
 * which option to change; never an internal error.
 */
/** A path as the user would type it from here: relative below the current folder, absolute elsewhere. */
export function shortPath(path: string): string {
  const near = relative(process.cwd(), path);
  return near === '' ? '.' : near.startsWith('..') || isAbsolute(near) ? path : near;
}

export function checkOutputFile(given: string, cwd: string, option: string, inputs: readonly string[] = []): string {
  const path = resolve(cwd, given);
  const folder = dirname(path);
  if (!existsSync(folder)) throw new UserError(`${option}: the folder ${folder} does not exist: create it first, or choose another path.`);
  if (!statSync(folder).isDirectory()) throw new UserError(`${option}: ${folder} is a file, not a folder: choose another path.`);
  if (existsSync(path)) {
    const info = statSync(path);
    if (info.isDirectory())
      throw new UserError(`${option}: ${path} is a folder: give the name of a file to write, e.g. ${join(given, 'report.html')}.`);
    if (!info.isFile())
      throw new UserError(`${option}: ${path} is a device or other special file: dh writes only regular files or new paths.`);
  }
  const real = realPathOf(path);
  const input = inputs.find((i) => existsSync(i) && realPathOf(i) === real);
  if (input !== undefined)
    throw new UserError(`${option}: ${path} is one of the files being read: writing there would destroy it. Choose another file name.`);
  writable(folder, option);
  return path;
}

/**
 * A folder a command will write into (`--out results`): a folder or a new path (created
 * with its parents), never a file; with `fresh`, a folder that already holds data files is
 * refused unless `force`, so data are never written over (dh synth).
 */
export function checkOutputFolder(
  given: string,
  cwd: string,
  option: string,
  settings: { readonly fresh?: boolean; readonly force?: boolean } = {},
): string {
  const path = resolve(cwd, given);
  if (existsSync(path)) {
    if (!statSync(path).isDirectory()) throw new UserError(`${option}: ${path} is a file, not a folder: give a folder to write into.`);
    const data = readdirSync(path).filter((name) => DATA_FILE_EXTENSIONS.includes(extname(name).toLowerCase()));
    if (settings.fresh === true && settings.force !== true && data.length > 0) {
      throw new UserError(
        `${option}: ${path} already holds files (${data.slice(0, 3).join(', ')}${data.length > 3 ? ', …' : ''}), and dh does not write over them: choose a new or empty folder, or add --force to replace files of the same names.`,
      );
    }
  } else {
    const above = nearestFolder(path);
    if (!statSync(above).isDirectory())
      throw new UserError(`${option}: ${above} is a file, so ${path} cannot be created: choose another path.`);
  }
  writable(nearestFolder(path), option);
  return path;
}
