import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { activitySnapshot, compareVersions, terminalSafe, type ActivityDefinition, type ActivitySnapshot } from '@dh/core';
import { loadActivities, notInstalled } from '../activities.js';
import { loadAssessment } from '../assessment.js';
import { dataFilesIn } from '../data-files.js';
import { EXIT, UserError } from '../user-error.js';
import { installedActivityDirs } from '../versions/installed-snapshots.js';
import { workingSnapshot } from '../versions/activity-packages.js';
import { readPublished } from '../versions/published-snapshots.js';
import { renderDiff } from '../versions/render-diff.js';
import { planUpgrade, type UpgradePlan } from '../versions/upgrade-plan.js';
import { assessmentTranslations, buildInstruments, type InstrumentsBuildResult } from './instruments.js';

export interface UpgradeFlags {
  readonly activity: string;
  readonly to: string;
  readonly allowMajor?: boolean;
  readonly json?: boolean;
}

/** Where `dh upgrade` finds the installed activities and the published snapshot of the pinned version. */
export interface UpgradeEnvironment {
  readonly loadInstalled: () => Promise<readonly ActivityDefinition[]>;
  readonly publishedSnapshot: (activity: string, version: string) => ActivitySnapshot;
  /** The installed activity's snapshot, with the translations its package ships (as its published ones hold them). */
  readonly installedSnapshot: (activity: ActivityDefinition) => ActivitySnapshot;
}

export interface UpgradeResult {
  readonly plan: UpgradePlan;
  /** False when a blocker stopped it: then nothing was written. */
  readonly applied: boolean;
  readonly config: string;
  readonly instruments?: InstrumentsBuildResult;
}

const defaultEnvironment: UpgradeEnvironment = {
  loadInstalled: loadActivities,
  publishedSnapshot: (activity, version) => {
    const dir = installedActivityDirs().get(activity);
    if (dir === undefined) throw new UserError(`${activity} has no installed package to read published snapshots from.`);
    return readPublished(dir, version);
  },
  installedSnapshot: (activity) => {
    const dir = installedActivityDirs().get(activity.id);
    return dir === undefined
      ? activitySnapshot(activity)
      : workingSnapshot({ name: `@dh/${activity.id}`, dir, version: activity.version, activity });
  },
};

/**
 * `dh upgrade`: moves an assessment to the installed version of one activity. It re-pins
 * assessment.json and rebuilds the activity's instruments with the country's questions, lists,
 * and translations, and reports what needs a person. Nothing is written when something stops it
 * (a country question with nowhere to go, a major change while data exist).
 */
export async function runUpgrade(
  assessmentDir: string | undefined,
  flags: UpgradeFlags,
  environment: UpgradeEnvironment = defaultEnvironment,
  cwd = process.cwd(),
): Promise<UpgradeResult> {
  const installed = await environment.loadInstalled();
  const activity = installed.find((a) => a.id === flags.activity);
  if (activity === undefined)
    throw new UserError(
      notInstalled(
        '--activity',
        flags.activity,
        installed.map((a) => a.id),
      ),
    );
  // Read with the installed settings schemas, but without checking country questions against the
  // installed version's extension points: a point that vanished is this command's to report.
  const sections = installed.map(({ id, settings, checkSettings }) => ({ id, settings, ...(checkSettings && { checkSettings }) }));
  const assessment = loadAssessment(assessmentDir, sections, cwd);
  const pinned = assessment.config.activities[activity.id]?.version;
  if (pinned === undefined)
    throw new UserError(`${assessment.file} does not run ${activity.id}: add it with dh new country, or upgrade an activity it runs.`);
  if (flags.to !== activity.version)
    throw new UserError(
      `--to ${flags.to}: the installed ${activity.id} is ${activity.version}. Install the version you want first (npm install @dh/${activity.id}@${flags.to}), then run dh upgrade again.`,
    );
  if (compareVersions(flags.to, pinned) <= 0)
    throw new UserError(
      `${assessment.file} already pins ${activity.id}@${pinned}; dh upgrade moves to a later version (${flags.to} is not later).`,
    );
  const plan = planUpgrade({
    from: environment.publishedSnapshot(activity.id, pinned),
    to: environment.installedSnapshot(activity),
    config: assessment.config,
    translations: assessmentTranslations(assessment.dir, assessment.config.languages),
    // As dh validate finds them: in data/<id>/, and beside assessment.json when the assessment runs this activity alone.
    dataFiles: [
      ...dataFilesIn(join(assessment.dir, 'data', activity.id)),
      ...(Object.keys(assessment.config.activities).length === 1 ? dataFilesIn(assessment.dir) : []),
    ].map((f) => relative(assessment.dir, f)),
    allowMajor: flags.allowMajor === true,
  });
  if (plan.blockers.length > 0) return { plan, applied: false, config: assessment.file };
  const original = readFileSync(assessment.file, 'utf8');
  writeFileSync(assessment.file, repinned(original, assessment.file, activity.id, pinned, flags.to));
  try {
    const instruments = await buildInstruments({ assessmentDir: assessment.dir, activity: activity.id }, async () => installed, cwd);
    return { plan, applied: true, config: assessment.file, instruments };
  } catch (error) {
    // Nothing half done: the pin goes back to what it was when the instruments cannot be rebuilt.
    writeFileSync(assessment.file, original);
    throw error;
  }
}

/**
 * The config text with the pin alone changed: every other byte (line endings, indentation, a BOM,
 * how numbers and lists are written) stays as the country wrote it. The result is parsed again and
 * must differ from the original in that one value, or nothing is written.
 */
export function repinned(text: string, file: string, activity: string, from: string, to: string): string {
  const parse = (t: string): { activities?: Record<string, { version?: string }> } => JSON.parse(t.replace(/^\uFEFF/, '')) as never;
  const start = text.search(/"activities"\s*:\s*\{/);
  const key = start === -1 ? -1 : text.indexOf(`"${activity}"`, start);
  const pin = key === -1 ? null : new RegExp(`("version"\\s*:\\s*)"${from.replace(/[.+]/g, '\\$&')}"`).exec(text.slice(key));
  const changed =
    pin === null ? undefined : `${text.slice(0, key + pin.index)}${pin[1] ?? ''}"${to}"${text.slice(key + pin.index + pin[0].length)}`;
  const expected = parse(text);
  const entry = expected.activities?.[activity];
  if (entry !== undefined) entry.version = to;
  if (changed === undefined || JSON.stringify(parse(changed)) !== JSON.stringify(expected))
    throw new UserError(
      `${file}: could not change the pin of ${activity} from ${from} to ${to} on its own; set "version": "${to}" under activities.${activity} by hand, then run dh instruments build.`,
    );
  return changed;
}

/** The report a person reads: what changed, what was done, what needs them. */
export function renderUpgrade(result: UpgradeResult, cwd = process.cwd()): string[] {
  const { plan } = result;
  const lines = renderDiff(plan, { from: plan.from, to: plan.to });
  const needs: string[] = [];
  for (const c of plan.conflicts)
    needs.push(
      c.kind === 'moved'
        ? `  conflict: country question ${c.question} (at ${c.at}) moves from ${c.was} to ${c.now}: check it still reads right there.`
        : `  conflict: country question ${c.question} (at ${c.at}) has nowhere to go: ${plan.to} has no extension point "${c.at}".`,
    );
  for (const c of plan.extensionCodes)
    needs.push(
      c.status === 'now in core'
        ? `  extension list ${c.list}: "${c.code}" is now a core code; remove it from extensionLists.${c.list} in assessment.json.`
        : `  extension list ${c.list}: now fixed, without the country's "${c.code}".`,
    );
  const untranslated = plan.translations.filter((t) => t.untranslated.length > 0);
  const toCheck = plan.translations.filter((t) => t.toCheck.length > 0);
  if (untranslated.length > 0) {
    needs.push(`  ${untranslated.length} text(s) to translate (shown in English until translated):`);
    for (const t of untranslated)
      needs.push(`    ${t.key} [${t.untranslated.join(', ')}] ${t.status === 'new' ? 'new' : 'source changed'}: "${t.source}"`);
  }
  if (toCheck.length > 0) {
    needs.push(`  ${toCheck.length} translation(s) made for an earlier English source, to check:`);
    for (const t of toCheck) needs.push(`    ${t.key} [${t.toCheck.join(', ')}]: was "${t.was ?? ''}", now "${t.source}"`);
  }
  lines.push('', needs.length > 0 ? 'Needs a person:' : 'Needs a person: nothing.', ...needs);
  if (!result.applied) {
    lines.push('', 'Not upgraded; nothing was written:', ...plan.blockers.map((b) => `  ${b}`));
    return lines.map((l) => terminalSafe(l));
  }
  lines.push('', `Upgraded: ${relative(cwd, result.config) || result.config} pins ${plan.activity}@${plan.to} (was ${plan.from}).`);
  const built = result.instruments?.activities.find((a) => a.id === plan.activity);
  if (result.instruments !== undefined && built !== undefined)
    lines.push(
      `Rebuilt ${built.files.length} instrument files into ${relative(cwd, result.instruments.outDir) || result.instruments.outDir}.`,
    );
  return lines.map((l) => terminalSafe(l));
}

export function registerUpgrade(program: Command): void {
  program
    .command('upgrade [assessment-dir]')
    .description(
      "move an assessment to the installed version of an activity: re-pin it, rebuild the instruments with the country's questions and translations, and report what needs a person",
    )
    .requiredOption('--activity <id>', 'the activity to upgrade')
    .requiredOption('--to <version>', 'the version to move to (the one installed)')
    .option('--allow-major', 'upgrade across a major change although data of the activity exist in data/<activity>/')
    .option('--json', 'print the plan and what was done as JSON')
    .action(async (assessmentDir: string | undefined, flags: UpgradeFlags) => {
      const result = await runUpgrade(assessmentDir, flags);
      if (flags.json) console.log(JSON.stringify({ ...result.plan, level: result.plan.level ?? null, applied: result.applied }, null, 2));
      else console.log(renderUpgrade(result).join('\n'));
      if (!result.applied) process.exitCode = EXIT.dataErrors;
    });
}
