import type { Command } from 'commander';

/** Said once, in `dh --help`, for every command. */
export const EXIT_CODES_HELP = `
Exit codes (every command):
  0  done (validate: the data passed)
  1  the data have errors (validate; warnings too with --strict), or an indicator
     could not be computed (analyze), or a check failed (self-check)
  2  a mistake in the command or an input that could not be read: the message says
     what to change; nothing was written

Every command works offline and never changes its inputs. "dh <command> --help" shows
the command's options and examples.`;

/** Examples per command path (`instruments build`): each runs as written from the repository root (a test runs them). */
export const COMMAND_EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  analyze: ['dh analyze examples/xa --out /tmp/xa-results', 'dh analyze examples/xa --format json,csv,html --out /tmp/xa-results --json'],
  compare: [
    'dh compare examples/xa examples/xb --format html --out /tmp/xa-xb',
    'dh compare examples/xa examples/xb --harmonise --format csv,html --out /tmp/xa-xb-harmonised',
  ],
  demo: ['dh demo', 'dh demo --dir /tmp/dh-demo'],
  diff: [
    'dh diff --activity household-survey',
    'dh diff --activity legal-policy-review --from 0.1.0 --to packages/activities/legal-policy-review/published/0.1.0.json --json',
  ],
  handbook: ['dh handbook --out /tmp/dh-handbook', 'dh handbook --assessment examples/xa --language fr --out /tmp/xa-handbook'],
  'instruments build': [
    'dh instruments build examples/xa --out /tmp/xa-instruments',
    'dh instruments build examples/xa --activity household-survey --languages en,fr --out /tmp/xa-fr',
  ],
  'new country': [
    'dh new country --iso KE --name Kenya --languages en,sw',
    'dh new country --iso XQ --name Testland --synthetic --dir assessments/xq-training --age-min 13 --age-max 17',
  ],
  'self-check': ['dh self-check', 'dh self-check --json'],
  synth: [
    'dh synth household-survey --n 500 --config examples/xa --out /tmp/xa-synthetic',
    'dh synth household-survey --n 200 --inject-errors --out /tmp/with-errors',
  ],
  'versions check': ['dh versions check', 'dh versions check --activity household-survey --json'],
  validate: [
    'dh validate examples/xa',
    'dh validate examples/xa/data/household-survey/child.csv --config examples/xa',
    'dh validate examples/xa --activity household-survey --format html --out /tmp/xa-validation.html',
    'dh validate examples/xa --activity household-survey --json',
  ],
};

/**
 * Commands that read the activity packages of the dh repository, not the installed ones: their
 * examples run in the repository itself, and their `--activity` names no installed list.
 */
export const REPOSITORY_COMMANDS: ReadonlySet<string> = new Set(['diff', 'versions check', 'versions publish']);

/**
 * Help in one style for every command: required options marked, defaults written as
 * `(default: …)`, the installed activities named on `--activity`, examples after the
 * options, and the exit codes once, in `dh --help`.
 */
export function finishHelp(program: Command, installedActivities: readonly string[] = []): void {
  program.addHelpText('after', EXIT_CODES_HELP);
  const visit = (command: Command, path: string): void => {
    for (const option of command.options) {
      if (option.mandatory && !option.description.startsWith('required:')) option.description = `required: ${option.description}`;
      if (option.defaultValue !== undefined && option.defaultValueDescription === undefined && typeof option.defaultValue !== 'boolean')
        option.defaultValueDescription = String(option.defaultValue);
      if (option.long === '--activity' && installedActivities.length > 0 && !REPOSITORY_COMMANDS.has(path))
        option.description = `${option.description}; installed: ${installedActivities.join(', ')}`;
    }
    const examples = COMMAND_EXAMPLES[path];
    if (examples) command.addHelpText('after', `\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}`);
    for (const sub of command.commands) visit(sub, path === '' ? sub.name() : `${path} ${sub.name()}`);
  };
  for (const command of program.commands) visit(command, command.name());
}
