import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Debian's LibreOffice (`soffice`), or the one DH_SOFFICE names. */
export const SOFFICE_PATH = [process.env['DH_SOFFICE'], '/usr/bin/soffice', '/usr/bin/libreoffice'].find(
  (path): path is string => path !== undefined && path !== '' && existsSync(path),
);

/**
 * Whether the LibreOffice tests run. Where LibreOffice is absent they are skipped with a message,
 * unless DH_REQUIRE_LIBREOFFICE is set (`.ci/run` sets it after installing LibreOffice): then they fail.
 */
export function officeTestsRun(what: string): boolean {
  if (SOFFICE_PATH !== undefined) return true;
  if (process.env['DH_REQUIRE_LIBREOFFICE'] !== undefined)
    throw new Error(
      `${what} needs LibreOffice and DH_REQUIRE_LIBREOFFICE is set: install Debian's libreoffice-writer-nogui and libreoffice-calc-nogui`,
    );
  console.warn(`skipped: ${what} needs LibreOffice (/usr/bin/soffice; apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)`);
  return false;
}

/**
 * Opens `file` in LibreOffice, headless, and saves it as `filter` (e.g. `txt:Text`, or
 * `xlsx:Calc MS Excel 2007 XML`) into `outDir`, as a person does with File › Save as.
 * Returns the path written; throws with LibreOffice's output when it wrote nothing.
 */
export function convertWithLibreOffice(file: string, filter: string, outDir: string): string {
  return convertAllWithLibreOffice([file], filter, outDir)[0] as string;
}

/**
 * As `convertWithLibreOffice`, for several files in one start of LibreOffice (files of one name in
 * two folders would overwrite each other: give them distinct names). Each call has a profile of its
 * own, so calls in parallel test files do not share LibreOffice's lock.
 */
export function convertAllWithLibreOffice(files: readonly string[], filter: string, outDir: string): string[] {
  if (SOFFICE_PATH === undefined) throw new Error('LibreOffice is not installed');
  const extension = filter.split(':')[0] ?? '';
  const written = files.map((file) => join(outDir, `${basename(file, extname(file))}.${extension}`));
  if (new Set(written).size !== written.length) throw new Error(`two of ${files.join(', ')} would be saved under one name`);
  const existing = written.find((path) => existsSync(path));
  if (existing !== undefined) throw new Error(`${existing} exists already: give LibreOffice a folder of its own`);
  const profile = mkdtempSync(join(tmpdir(), 'dh-soffice-profile-'));
  try {
    const run = spawnSync(
      SOFFICE_PATH,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        filter,
        '--outdir',
        outDir,
        ...files,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const missing = files.filter((_, i) => !existsSync(written[i] as string));
    if (run.status !== 0 || missing.length > 0)
      throw new Error(
        `LibreOffice did not save ${missing.join(', ') || files.join(', ')} as ${filter} (exit ${run.status}):\n${run.stdout}\n${run.stderr}`,
      );
    return written;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
