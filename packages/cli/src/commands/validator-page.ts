import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import { terminalSafe, writeFilesAtomically } from '@dh/core';
import { renderValidatorPage } from '@dh/validator-page';
import { loadActivities, notInstalled } from '../activities.js';
import { loadAssessment, refuseConflictingPins } from '../assessment.js';
import { checkOutputFile, shortPath } from '../output-paths.js';
import { UserError } from '../user-error.js';

const { version: toolVersion } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

interface ValidatorPageOptions {
  readonly activity?: string[];
  readonly out?: string;
  readonly examples: string;
}

/**
 * `dh validator-page`: writes the offline validator page of an assessment, one HTML file with its
 * activities, pinned versions, answer lists and thresholds built in, for partners to check data
 * with nothing installed. Returns the exit code.
 */
export async function runValidatorPage(given: string | undefined, options: ValidatorPageOptions, cwd: string): Promise<number> {
  const installed = await loadActivities();
  const assessment = loadAssessment(given, installed, cwd);
  refuseConflictingPins(installed, assessment.config);
  const running = installed.filter((a) => assessment.config.activities[a.id] !== undefined);
  const wanted = options.activity ?? running.map((a) => a.id);
  for (const id of wanted) {
    if (!installed.some((a) => a.id === id))
      throw new UserError(
        notInstalled(
          '--activity',
          id,
          installed.map((a) => a.id),
        ),
      );
    if (!running.some((a) => a.id === id))
      throw new UserError(`--activity ${id}: ${assessment.file} does not run ${id}; it runs ${running.map((a) => a.id).join(', ')}.`);
  }
  if (wanted.length === 0) throw new UserError(`${assessment.file} runs no activity: there is nothing for a page to check.`);
  const examples = Number(options.examples);
  if (!/^\d+$/.test(options.examples.trim()) || examples < 1)
    throw new UserError(`--examples must be a whole number of at least 1, not "${options.examples}".`);
  const target = checkOutputFile(options.out ?? join(assessment.dir, 'validator.html'), cwd, '--out');
  for (const definition of running.filter((a) => wanted.includes(a.id))) {
    try {
      definition.build(assessment.config);
    } catch (error) {
      throw new UserError(`${definition.id} could not be set up with ${assessment.file}: ${(error as Error).message}`);
    }
  }
  let html: string;
  try {
    html = renderValidatorPage({
      toolVersion,
      config: assessment.config,
      configLabel: `assessment.json of ${assessment.config.name}, built into this page`,
      activities: running.filter((a) => wanted.includes(a.id)).map((a) => ({ id: a.id, version: a.version, title: a.title })),
      examplesPerCode: examples,
    });
  } catch (error) {
    throw new UserError(`the validator page cannot be made: ${(error as Error).message}.`);
  }
  writeFilesAtomically(dirname(target), [{ path: basename(target), content: html }]);
  process.stdout.write(
    `${terminalSafe(`Wrote ${shortPath(target)}: the offline validator page for ${assessment.config.name} (${wanted.join(', ')}).`)}\n` +
      'Send it to the data partner: they open it in a browser, choose their files and see the report, with no internet and nothing installed.\n',
  );
  return 0;
}

export function registerValidatorPage(program: Command): void {
  program
    .command('validator-page')
    .description(
      'write the offline validator page: one HTML file in which a partner checks data as dh validate does, with nothing installed',
    )
    .argument('[assessment]', 'assessment folder or its assessment.json (default: the one the working folder is in)')
    .option('--activity <id...>', 'the activities the page checks (default: every activity the assessment runs)')
    .option('--out <file>', 'where to write the page (default: validator.html in the assessment folder)')
    .option('--examples <n>', 'issues listed per issue code in its reports; the counts are always exact', '20')
    .action(async (assessment: string | undefined, flags: ValidatorPageOptions) => {
      process.exitCode = await runValidatorPage(assessment, flags, process.cwd());
    });
}
