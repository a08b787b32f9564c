import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { DATA_FILE_EXTENSIONS } from '@dh/validate';

/** Files the scaffold writes into an assessment folder: never partner data. */
const ASSESSMENT_FILES = new Set(['assessment.json', 'project.json']);

/**
 * The data files directly in a folder: what `dh validate` reads there and `dh upgrade` counts
 * as collected data (the assessment's own files, READMEs, hidden and Office lock files left out).
 */
export const dataFilesIn = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter(
          (e) =>
            e.isFile() &&
            !e.name.startsWith('.') &&
            !e.name.startsWith('~$') &&
            !ASSESSMENT_FILES.has(e.name) &&
            DATA_FILE_EXTENSIONS.includes(extname(e.name).toLowerCase()),
        )
        .map((e) => join(dir, e.name))
        .sort()
    : [];
