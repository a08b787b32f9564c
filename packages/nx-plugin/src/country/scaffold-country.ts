import { posix } from 'node:path';
import { parseAssessmentConfig, type ActivityDefinition, type AssessmentConfig, type BuiltActivity } from '@dh/core';
import { activityExportTexts } from '@dh/exporters';
import { assessmentConfigFor } from './assessment-config-for.js';
import type { NormalizedCountryOptions } from './country-options.js';
import { renderTemplate } from './render-template.js';
import type { ScaffoldTree } from './scaffold-tree.js';
import { readCountryTemplates } from './templates.js';
import { instrumentFilesFor } from './instrument-files.js';

export type ScaffoldResult =
  | { readonly status: 'success'; readonly directory: string; readonly files: readonly string[] }
  | { readonly status: 'failure'; readonly errors: readonly string[] };

/**
 * Renders a complete country assessment into a tree: the one scaffolding function behind
 * `nx g @dh/nx-plugin:country`, `plop country` and `dh new country`. It refuses to touch
 * an existing assessment.
 */
export async function scaffoldCountry(
  tree: ScaffoldTree,
  options: NormalizedCountryOptions,
  activities: readonly ActivityDefinition[],
): Promise<ScaffoldResult> {
  const dir = options.directory;
  if (tree.isFile(dir))
    return {
      status: 'failure',
      errors: [`--dir ${dir} is a file: give a folder for the assessment (a new one, e.g. assessments/${options.iso.toLowerCase()}).`],
    };
  if (tree.exists(posix.join(dir, 'assessment.json')) || tree.children(dir).length > 0) {
    return {
      status: 'failure',
      errors: [
        `An assessment already exists at ${dir} (the folder is not empty). dh never overwrites one: choose another --dir, or move that folder away yourself.`,
      ],
    };
  }
  const chosen = activities.filter((a) => options.activities.includes(a.id));
  const configInput = assessmentConfigFor(options, chosen, posix.relative(dir, 'node_modules/@dh/cli/schema/assessment.schema.json'));
  const parsed = parseAssessmentConfig(configInput, activities);
  if (parsed.status === 'failure')
    return { status: 'failure', errors: parsed.errors.map((e) => `assessment.json ${e.path}: ${e.message}`) };

  const built = new Map(chosen.map((a) => [a.id, a.build(parsed.config)] as const));
  const files = new Map<string, string | Uint8Array>();
  files.set('assessment.json', `${JSON.stringify(configInput, null, 2)}\n`);
  for (const { path, content } of renderTemplates(tree, options, chosen, built, parsed.config)) files.set(path, content);
  for (const language of options.languages) files.set(`translations/${language}.json`, translationFile(language, [...built.values()]));
  for (const file of await instrumentFilesFor(parsed.config, chosen, built)) files.set(file.path, file.content);

  // Nx's tree takes strings or Buffers; workbooks arrive as plain bytes.
  for (const [path, content] of files) tree.write(posix.join(dir, path), typeof content === 'string' ? content : Buffer.from(content));
  return { status: 'success', directory: dir, files: [...files.keys()].sort() };
}

/**
 * The Nx project of an assessment, named after its folder (`assessments/ke` → `assessment-ke`,
 * `examples/xa` → `assessment-examples-xa`), so two assessments of one country never share one.
 */
export function projectName(dir: string): string {
  return `assessment-${dir
    .replace(/^assessments\//, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .toLowerCase()}`;
}

/** A word for a POSIX shell, single-quoted: nothing in it can run as a command. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

function renderTemplates(
  tree: ScaffoldTree,
  options: NormalizedCountryOptions,
  activities: readonly ActivityDefinition[],
  built: ReadonlyMap<string, BuiltActivity>,
  config: AssessmentConfig,
): { path: string; content: string }[] {
  const dir = options.directory;
  // Inside the dh repository the targets run its build (and build it first); anywhere else, the
  // dh installed beside the assessment (npm install @dh/cli), as a country team's own repository has it.
  const inRepository = tree.exists('packages/cli/package.json') && tree.exists('packages/nx-plugin/package.json');
  const buildCli = '{ "projects": ["@dh/cli"], "target": "build" }';
  const common: Record<string, string> = {
    name: options.name,
    iso: options.iso,
    isoLower: options.iso.toLowerCase(),
    dir,
    project: projectName(dir),
    cli: shellQuote(inRepository ? 'packages/cli/dist/bin.js' : 'node_modules/@dh/cli/bin/dh.js'),
    dependsOn: inRepository ? `[${buildCli}]` : '[]',
    dependsOnValidate: inRepository ? `["validate", ${buildCli}]` : '["validate"]',
    dirArg: shellQuote(dir),
    setup: inRepository ? 'after `npm ci && npm run build`' : 'after `npm install` has installed dh (`npm install @dh/cli`)',
    nxSchema: posix.relative(dir, 'node_modules/nx/schemas/project-schema.json'),
    languages: options.languages.join(', '),
    fieldwork: options.fieldwork
      ? `${options.fieldwork.start} to ${options.fieldwork.end}`
      : 'not recorded yet (add "fieldwork" to assessment.json)',
    syntheticNotice: options.synthetic
      ? '> **Fictional country, synthetic data.** Nothing here describes a real country or real children.\n\n'
      : '',
    activityChecklist: activities
      .map(
        (a) => `- [ ] **${a.title}** (\`${a.id}\`, version ${a.version}, [handbook](handbook/activities/${a.id}.html)): ${a.description}`,
      )
      .join('\n'),
    activityParameters: activities
      .filter((a) => a.comparability.length > 0)
      .map((a) => `- ${a.title}: ${a.comparability.map((key) => `${key.title.toLowerCase()} ${key.value(config)}`).join('; ')}`)
      .join('\n'),
  };
  const out: { path: string; content: string }[] = [];
  for (const template of readCountryTemplates()) {
    if (!template.path.includes('__activity__')) {
      out.push({ path: template.path, content: renderTemplate(template.template, common, template.path) });
      continue;
    }
    for (const activity of activities) {
      const recordTypes = built.get(activity.id)?.recordTypes ?? [];
      const values = {
        ...common,
        activity: activity.id,
        activityTitle: activity.title,
        recordTable: recordTypes.map((r) => `| \`${r.name}.csv\` | ${r.name} | ${r.title.en} | ${r.key.join(', ')} |`).join('\n'),
      };
      out.push({
        path: template.path.replaceAll('__activity__', activity.id),
        content: renderTemplate(template.template, values, template.path),
      });
    }
  }
  return out;
}

/** Every key of every instrument; English filled, other languages empty (= untranslated, English used until filled). */
function translationFile(language: string, built: readonly BuiltActivity[]): string {
  const entries: Record<string, string> = {
    $comment:
      language === 'en'
        ? 'English source texts, keyed as in the instruments.'
        : `Translations into ${language}. An empty value is untranslated: fill it in; English is used until then.`,
  };
  for (const activity of built) for (const text of activityExportTexts(activity)) entries[text.key] = language === 'en' ? text.en : '';
  return `${JSON.stringify(entries, null, 2)}\n`;
}
