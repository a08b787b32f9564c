import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { checkLanguageTag, findAssessmentDir, type ActivityDefinition, type AssessmentConfig, type Translations } from '@dh/core';
import { activityArtefacts, unfilledExtensionLists, withExtensionLabels, writeExportFiles, type ExportFile } from '@dh/exporters';
import { loadActivities, notInstalled } from '../activities.js';
import { loadAssessment, refuseConflictingPins, type Assessment } from '../assessment.js';
import { checkOutputFolder } from '../output-paths.js';
import { EXIT, UserError } from '../user-error.js';

export interface InstrumentsBuildOptions {
  /** An assessment folder (or its assessment.json); by default the one the working folder is in. */
  readonly assessmentDir?: string;
  readonly activity?: string;
  readonly out?: string;
  /** Comma-separated BCP 47 tags; overrides the assessment's languages. */
  readonly languages?: string;
}

export interface InstrumentsBuildResult {
  readonly outDir: string;
  readonly config: string | null;
  readonly languages: readonly string[];
  readonly activities: readonly {
    readonly id: string;
    readonly version: string;
    /** Relative to `outDir`. */
    readonly files: readonly string[];
    /** Per language, how many texts are still shown in English. */
    readonly untranslated: Readonly<Record<string, number>>;
  }[];
  readonly warnings: readonly string[];
}

/**
 * `dh instruments build`: for every installed activity the assessment runs (or the one
 * named), its instruments' exports, chosen by kind, in every language. Inputs are only read;
 * every output is checked before the first file is written, and written inside the
 * assessment (its instruments/ folder) unless --out says otherwise.
 */
export async function buildInstruments(
  options: InstrumentsBuildOptions,
  loadInstalled: () => Promise<readonly ActivityDefinition[]>,
  cwd = process.cwd(),
): Promise<InstrumentsBuildResult> {
  const installed = await loadInstalled();
  const assessment = findAssessment(options, installed, cwd);
  if (assessment) refuseConflictingPins(installed, assessment.config);
  const languages = chooseLanguages(options.languages, assessment?.config);
  const warnings: string[] = [];
  const activities = chooseActivities(options.activity, installed, assessment?.config, warnings);
  const translations = readTranslations(assessment, languages);
  const outDir = checkOutputFolder(options.out ?? join(assessment?.dir ?? cwd, 'instruments'), cwd, '--out');
  const files: ExportFile[] = [];
  const summaries: InstrumentsBuildResult['activities'][number][] = [];
  for (const activity of activities) {
    const lists = assessment?.config.extensionLists ?? {};
    // build(config) applies the country's lists itself (ActivityDefinition.build): never apply them twice.
    const built = activity.build(assessment?.config);
    const unfilled = assessment ? unfilledExtensionLists(built, activity.build(), lists) : [];
    for (const name of unfilled)
      warnings.push(`${activity.id}: extension list "${name}" still holds example codes; fill extensionLists.${name} in assessment.json`);
    const studyTitle = assessment ? `Disrupting Harm in ${assessment.config.name}` : undefined;
    const artefacts = await activityArtefacts({
      activity,
      built,
      languages,
      translations,
      ...(studyTitle !== undefined && { studyTitle }),
    });
    refuseBrokenForms(activity.id, artefacts.xlsformProblems);
    files.push(...artefacts.files);
    const untranslated = Object.fromEntries(Object.entries(artefacts.untranslated).map(([language, keys]) => [language, keys.length]));
    summaries.push({ id: activity.id, version: activity.version, files: artefacts.files.map((f) => f.path), untranslated });
  }
  refuseOverwritingInputs(outDir, files, assessment);
  writeExportFiles(outDir, files);
  return { outDir, config: assessment?.file ?? null, languages, activities: summaries, warnings };
}

/** The assessment named, else the one the working folder is in; none only when --out says where the published defaults go. */
function findAssessment(options: InstrumentsBuildOptions, installed: readonly ActivityDefinition[], cwd: string): Assessment | undefined {
  if (options.assessmentDir !== undefined) return loadAssessment(options.assessmentDir, installed, cwd);
  const dir = findAssessmentDir(cwd);
  if (dir !== undefined) return loadAssessment(dir, installed, cwd);
  if (options.out !== undefined) return undefined;
  throw new UserError(
    `no assessment.json in ${cwd} or above it: name the assessment (dh instruments build examples/xa), or give --out <folder> to build the published defaults there.`,
  );
}

function chooseLanguages(flag: string | undefined, config: AssessmentConfig | undefined): string[] {
  if (flag === undefined) return [...(config?.languages ?? ['en'])];
  const tags = flag
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  if (tags.length === 0) throw new UserError('--languages needs at least one language tag, e.g. --languages en,sw');
  const canonical = tags.map((tag) => {
    const check = checkLanguageTag(tag);
    if (!check.valid || check.canonical === undefined)
      throw new UserError(`--languages: "${tag}" is ${check.reason ?? 'not a language tag'}; use BCP 47 tags such as en, sw, fr, pt-MZ.`);
    return check.canonical;
  });
  return [...new Set(canonical)];
}

function chooseActivities(
  requested: string | undefined,
  installed: readonly ActivityDefinition[],
  config: AssessmentConfig | undefined,
  warnings: string[],
): ActivityDefinition[] {
  const ids = installed.map((a) => a.id);
  if (requested !== undefined) {
    const activity = installed.find((a) => a.id === requested);
    if (!activity) throw new UserError(notInstalled('--activity', requested, ids));
    if (config && !config.activities[activity.id])
      throw new UserError(
        `--activity: the assessment does not run "${requested}": add it to "activities" in assessment.json, or build another activity.`,
      );
    return [activity];
  }
  if (!config) return [...installed];
  const runs = Object.keys(config.activities);
  for (const id of runs.filter((id) => !installed.some((a) => a.id === id)))
    warnings.push(`${id}: the assessment runs it, but its package is not installed with this dh; skipped`);
  const chosen = installed.filter((a) => runs.includes(a.id));
  for (const a of chosen) {
    const pinned = config.activities[a.id]?.version;
    if (pinned !== undefined && pinned !== a.version)
      warnings.push(`${a.id}: the assessment pins ${pinned}, building with the installed ${a.version} (same compatibility line)`);
  }
  return chosen;
}

function readTranslations(assessment: Assessment | undefined, languages: readonly string[]): Record<string, Translations> {
  const own = assessment ? assessmentTranslations(assessment.dir, languages) : {};
  return Object.fromEntries(
    languages
      .filter((l) => l !== 'en')
      .map((language) => [language, withExtensionLabels(own[language] ?? {}, assessment?.config.extensionLists ?? {}, language)]),
  );
}

/** An assessment's own translations/<lang>.json for each language but English (empty where a file is missing). */
export function assessmentTranslations(dir: string, languages: readonly string[]): Record<string, Translations> {
  const out: Record<string, Translations> = {};
  for (const language of languages.filter((l) => l !== 'en')) {
    const file = join(dir, 'translations', `${language}.json`);
    out[language] = existsSync(file) ? readTranslationFile(file) : {};
  }
  return out;
}

/** An assessment's translations/<lang>.json: key → text, refused with the reason when it is not. */
export function readTranslationFile(file: string): Translations {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UserError(`Could not read ${file}: ${(error as Error).message}.`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new UserError(`${file} must be a JSON object of key → translated text.`);
  const notText = Object.entries(json).find(([, value]) => typeof value !== 'string');
  if (notText) throw new UserError(`${file}: the translation of "${notText[0]}" must be text, not ${JSON.stringify(notText[1])}.`);
  return json as Translations;
}

function refuseBrokenForms(activityId: string, problems: Readonly<Record<string, readonly { message: string }[]>>): void {
  const lines = Object.entries(problems).flatMap(([instrument, list]) => list.map((p) => `  ${activityId}/${instrument}: ${p.message}`));
  if (lines.length > 0)
    throw new UserError(['The XLSForms would not convert (check the extension lists in assessment.json); nothing was written:', ...lines]);
}

function refuseOverwritingInputs(outDir: string, files: readonly ExportFile[], assessment: Assessment | undefined): void {
  if (!assessment) return;
  if (outDir === assessment.dir)
    throw new UserError(
      `--out must not be the assessment folder itself (${outDir}): choose a folder inside it, such as its instruments/ folder.`,
    );
  const inputs = new Set([join(assessment.dir, 'assessment.json'), join(assessment.dir, 'translations')]);
  const clash = files
    .map((f) => join(outDir, f.path))
    .find((path) => inputs.has(path) || path.startsWith(`${join(assessment.dir, 'translations')}/`));
  if (clash) throw new UserError(`Building into ${outDir} would overwrite the input ${clash}; choose another --out folder.`);
}

function printResult(result: InstrumentsBuildResult): void {
  console.log(
    `Wrote instruments into ${result.outDir} (languages: ${result.languages.join(', ')}; config: ${result.config ?? 'none: the published defaults'})`,
  );
  for (const activity of result.activities) {
    console.log(`\n${activity.id} ${activity.version}: ${activity.files.length} files`);
    for (const file of activity.files) console.log(`  ${file}`);
    const counts = Object.entries(activity.untranslated).filter(([language]) => language !== 'en');
    if (counts.length > 0)
      console.log(`  untranslated texts (shown in English): ${counts.map(([language, n]) => `${language} ${n}`).join(', ')}`);
  }
  if (result.activities.length === 0) console.log('No activity to build: none of the installed activities runs in this assessment.');
  for (const warning of result.warnings) console.log(`warning: ${warning}`);
}

export function registerInstruments(program: Command): void {
  const instruments = program.command('instruments').description('instrument files for field teams, archives and data tools');
  instruments
    .command('build [assessment-dir]')
    .description(
      'build XLSForms (all languages in one workbook), codebooks (Markdown, HTML, DDI-Codebook XML), Table Schemas and datapackage.json',
    )
    .option('--activity <id>', 'build one activity only (default: every installed activity the assessment runs)')
    .option('--out <dir>', 'output folder (default: the instruments/ folder of the assessment)')
    .option('--languages <tags>', 'BCP 47 tags, comma-separated, the first being the default (default: the assessment languages, or en)')
    .option('--json', 'print what was written as JSON')
    .action(async (assessmentDir: string | undefined, flags: { activity?: string; out?: string; languages?: string; json?: boolean }) => {
      const options: InstrumentsBuildOptions = {
        ...(assessmentDir !== undefined && { assessmentDir }),
        ...(flags.activity !== undefined && { activity: flags.activity }),
        ...(flags.out !== undefined && { out: flags.out }),
        ...(flags.languages !== undefined && { languages: flags.languages }),
      };
      const result = await buildInstruments(options, installedActivities);
      if (flags.json) console.log(JSON.stringify(result, null, 2));
      else printResult(result);
      process.exitCode = EXIT.ok;
    });
}

async function installedActivities(): Promise<ActivityDefinition[]> {
  try {
    return await loadActivities();
  } catch (error) {
    throw new UserError(
      `Could not load the installed activity packages: ${(error as Error).message}. Build the workspace (npm run build) or reinstall dh.`,
    );
  }
}
