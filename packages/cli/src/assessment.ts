import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import {
  configProblemLines,
  terminalSafe,
  findAssessmentDir,
  pinConflict,
  readAssessmentConfig,
  type ActivityDefinition,
  type ActivitySections,
  type AssessmentConfig,
  type ConfigProblem,
} from '@dh/core';
import { UserError } from './user-error.js';

/** An assessment a command works on: its folder, its config file, the checked config and any warnings. */
export interface Assessment {
  readonly dir: string;
  readonly file: string;
  readonly config: AssessmentConfig;
  readonly warnings: readonly ConfigProblem[];
}

/**
 * The one way every command finds and reads an assessment: the folder or its
 * assessment.json as given, or (with nothing given) the nearest assessment at or above the
 * working folder. Every problem of the config is reported at once, in one wording; a
 * missing assessment is a clear refusal, never a silent fallback.
 */
export function loadAssessment(
  given: string | undefined,
  activities: ActivitySections,
  cwd: string,
  option = 'the assessment folder',
): Assessment {
  const dir = given !== undefined ? assessmentDirOf(resolve(cwd, given), option) : findAssessmentDir(cwd);
  if (dir === undefined) {
    throw new UserError(
      `no assessment.json in ${cwd} or above it: run this inside an assessment folder, or name one (${option}), e.g. examples/xa. Create an assessment with: dh new country --iso KE --name Kenya`,
    );
  }
  const read = readAssessmentConfig(dir, activities);
  if (read.status === 'failure')
    throw new UserError([
      `${read.file} is not a valid assessment config:`,
      ...configProblemLines(read.file, read.errors),
      'Fix it, then run the command again.',
    ]);
  // Said on every command that reads the config: a threshold below its floor is never silent.
  for (const w of read.warnings) process.stderr.write(`${terminalSafe(`warning: ${read.file}: ${w.path}: ${w.message}`)}\n`);
  return { dir, file: read.file, config: read.config, warnings: read.warnings };
}

/** A path given as an assessment: its folder, whether the folder or its assessment.json was named. */
function assessmentDirOf(path: string, option: string): string {
  if (!existsSync(path))
    throw new UserError(
      `${option}: ${path} does not exist; give an assessment folder (holding assessment.json) or the assessment.json itself.`,
    );
  if (statSync(path).isDirectory()) {
    if (existsSync(resolve(path, 'assessment.json'))) return path;
    throw new UserError(
      `${option}: ${path} is not an assessment folder: it has no assessment.json. Give the folder that holds assessment.json, or create one with: dh new country`,
    );
  }
  if (basename(path) === 'assessment.json' || path.endsWith('.json')) return dirname(path);
  throw new UserError(`${option}: ${path} is a file, not an assessment folder or an assessment.json.`);
}

/** The one rule on version pins for every command: refuse an installed activity of another compatibility line. */
export function refuseConflictingPins(activities: readonly ActivityDefinition[], config: AssessmentConfig): void {
  const conflicts = activities
    .filter((a) => config.activities[a.id] !== undefined)
    .map((a) => pinConflict(a, config.activities[a.id]?.version))
    .filter((c) => c !== undefined);
  if (conflicts.length > 0) throw new UserError(conflicts.map((c) => c.charAt(0).toUpperCase() + c.slice(1)));
}
