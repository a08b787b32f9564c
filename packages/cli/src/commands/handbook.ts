import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { checkLanguageTag, type ActivityDefinition, type AssessmentConfig, type Translations } from '@dh/core';
import { loadActivities } from '../activities.js';
import { loadAssessment } from '../assessment.js';
import { buildHandbook } from '../handbook/build-handbook.js';
import { checkOutputFolder } from '../output-paths.js';
import { UserError } from '../user-error.js';
import { findRepository } from '../versions/activity-packages.js';
import { installedActivityDirs } from '../versions/installed-snapshots.js';
import { publishedVersions, readPublished } from '../versions/published-snapshots.js';
import { readTranslationFile } from './instruments.js';

export interface HandbookFlags {
  readonly out?: string;
  readonly assessment?: string;
  readonly language?: string;
}

export interface HandbookResult {
  readonly outDir: string;
  readonly pages: number;
  readonly activities: readonly string[];
}

/**
 * `dh handbook`: the methodology handbook as an offline site, generated from the installed
 * activities (for an assessment: its pinned versions and a language beside English). In the dh
 * repository the role guides and the API reference are part of it.
 */
export async function runHandbook(
  flags: HandbookFlags,
  installed: () => Promise<readonly ActivityDefinition[]> = loadActivities,
  cwd = process.cwd(),
): Promise<HandbookResult> {
  const all = await installed();
  const assessment = flags.assessment !== undefined ? loadAssessment(flags.assessment, all, cwd) : undefined;
  const activities = assessment ? all.filter((a) => assessment.config.activities[a.id] !== undefined) : all;
  const outDir = checkOutputFolder(flags.out ?? join(assessment?.dir ?? cwd, 'handbook'), cwd, '--out');
  const language = chooseLanguage(flags.language, assessment?.config, assessment?.dir);
  const repository = repositoryOf(cwd);
  const api = repository === undefined ? undefined : join(repository, 'docs/api/index.html');
  const pages = await buildHandbook(
    {
      activities,
      packageDirs: installedActivityDirs(),
      published: (dir) => publishedVersions(dir).map((v) => readPublished(dir, v)),
      ...(assessment && { config: assessment.config }),
      ...(language && { language }),
      ...(repository !== undefined && { repository }),
      ...(api !== undefined && existsSync(api) && { apiIndex: api }),
    },
    outDir,
  );
  return { outDir: relative(cwd, outDir) || '.', pages: pages.length, activities: activities.map((a) => a.id) };
}

/** The dh repository the command runs in (its guides are pages of the handbook), if it runs in one. */
function repositoryOf(cwd: string): string | undefined {
  try {
    const root = findRepository(undefined, cwd);
    return existsSync(join(root, 'packages/cli/src/handbook')) && existsSync(join(root, 'docs/methodology.md')) ? root : undefined;
  } catch {
    return undefined;
  }
}

/** The language shown beside English: the one named, else the assessment's second; its translations from the assessment. */
function chooseLanguage(
  given: string | undefined,
  config: AssessmentConfig | undefined,
  dir: string | undefined,
): { tag: string; translations: Translations } | undefined {
  const tag = given ?? config?.languages.find((l) => l !== 'en');
  if (tag === undefined || tag === 'en') return undefined;
  if (!checkLanguageTag(tag).valid) throw new UserError(`--language: "${tag}" is not a language tag (e.g. fr, sw, pt-MZ).`);
  if (dir === undefined)
    throw new UserError(`--language ${tag}: name the assessment (--assessment) whose translations/${tag}.json is shown beside English.`);
  // A language not yet translated shows "(not translated)" beside every text.
  const file = join(dir, 'translations', `${tag}.json`);
  return { tag, translations: existsSync(file) ? readTranslationFile(file) : {} };
}

export function registerHandbook(program: Command): void {
  program
    .command('handbook')
    .description(
      'build the methodology handbook: an offline site of every activity, instrument, question, rule and indicator, generated from the installed activities',
    )
    .option('--out <folder>', 'where to write it (default: handbook/ in the assessment, or in the current folder)')
    .option('--assessment <folder>', 'an assessment: the handbook names its pinned versions and shows its second language beside English')
    .option('--language <tag>', 'the language shown beside English (default: the assessment’s second language)')
    .action(async (flags: HandbookFlags) => {
      const result = await runHandbook(flags);
      console.log(
        `Wrote the handbook (${result.pages} pages, ${result.activities.length} activities) into ${result.outDir}; open ${result.outDir}/index.html`,
      );
    });
}
