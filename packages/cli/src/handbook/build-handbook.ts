import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, posix, relative } from 'node:path';
import {
  activitySnapshot,
  assessmentConfigJsonSchema,
  escapeHtml as e,
  issueCodesMarkdown,
  IssueCatalogue,
  writeFilesAtomically,
  type ActivityDefinition,
  type ActivitySnapshot,
  type AssessmentConfig,
  type Translations,
} from '@dh/core';
import { comparisonJsonSchema, resultsJsonSchema } from '@dh/analysis';
import { activityPages, activityPath, changelogOf } from './activity-pages.js';
import { HANDBOOK_CSS, pageHtml, relativeLink, SEARCH_JS, searchIndexJs, type HandbookPage } from './layout.js';
import { renderMarkdown } from './markdown.js';
import { schemaTable } from './schema-table.js';

export interface HandbookInput {
  readonly activities: readonly ActivityDefinition[];
  /** An assessment the handbook is built for: its pinned versions are named. */
  readonly config?: AssessmentConfig;
  /** A language shown beside English on instrument pages, with its translations. */
  readonly language?: { readonly tag: string; readonly translations: Translations };
  /** Each activity's installed package folder (published snapshots, CHANGELOG.md). */
  readonly packageDirs: ReadonlyMap<string, string>;
  /** The published snapshots of a package folder, oldest first. */
  readonly published: (dir: string) => readonly ActivitySnapshot[];
  /** The dh repository, when built there: its role guides become pages. */
  readonly repository?: string;
  /** The typedoc API reference's index.html, when built. */
  readonly apiIndex?: string;
}

/** The role guides (their Markdown in the repository, their page in the site) and their titles. */
const GUIDES: readonly (readonly [string, string, string])[] = [
  ['docs/research-leads.md', 'research-leads', 'For research leads'],
  ['docs/data-partners.md', 'data-partners', 'For local data partners'],
  ['docs/methodologists.md', 'methodologists', 'For methodologists'],
  ['docs/qualitative-teams.md', 'qualitative-teams', 'For qualitative teams'],
  ['docs/statistics-teams.md', 'statistics-teams', 'For statistics teams'],
  ['packages/activities/legal-policy-review/README.md', 'legal-reviewers', 'For legal reviewers (the legal and policy review)'],
  ['packages/activities/frontline-worker-survey/README.md', 'frontline-survey-teams', 'For frontline-worker survey teams'],
  ['docs/methodology.md', 'methodology', 'The methodology dh encodes'],
  ['docs/architecture.md', 'architecture', 'Architecture'],
  ['docs/formats.md', 'formats', 'Formats dh reads and writes'],
  ['docs/glossary.md', 'glossary', 'Glossary'],
];
type Guide = (typeof GUIDES)[number];
const guidePath = (guide: Guide): string => `guides/${guide[1]}.html`;

/** Every page of the handbook, generated from the activities themselves (nothing is copied by hand). */
export async function handbookPages(input: HandbookInput): Promise<HandbookPage[]> {
  const pages: HandbookPage[] = [];
  for (const activity of input.activities) {
    const dir = input.packageDirs.get(activity.id);
    const changelog = changelogOf(dir);
    const pinned = input.config?.activities[activity.id]?.version;
    pages.push(
      ...(await activityPages({
        activity,
        published: dir === undefined ? [] : input.published(dir),
        working: activitySnapshot(activity),
        ...(pinned !== undefined && { pinned }),
        ...(input.config !== undefined && { config: input.config }),
        ...(input.language && { language: input.language }),
        ...(changelog !== undefined && { changelog }),
      })),
    );
  }
  pages.push(
    {
      path: 'reference/assessment-config.html',
      title: 'assessment.json reference',
      body: `<h1>assessment.json reference</h1><p>Every field of a country's assessment.json, from its JSON Schema (the same schema editors use through <code>$schema</code>).</p>${schemaTable(assessmentConfigJsonSchema(input.activities))}`,
    },
    {
      path: 'reference/issue-codes.html',
      title: 'Issue codes',
      body: renderMarkdown(issueCodesMarkdown(IssueCatalogue.of(input.activities)), (href) => (href.startsWith('#') ? href : undefined)),
    },
    {
      path: 'reference/results.html',
      title: 'Results and comparison formats',
      body: `<h1>Results and comparison formats</h1><p><code>dh analyze</code> writes <code>results/results.json</code> (also CSV and HTML); <code>dh compare</code> writes <code>comparison.json</code>. Every field, from their JSON Schemas:</p><h2 id="results">results.json</h2>${schemaTable(resultsJsonSchema())}<h2 id="comparison">comparison.json</h2>${schemaTable(comparisonJsonSchema())}`,
    },
  );
  const repository = input.repository;
  const guides = repository === undefined ? [] : GUIDES.filter(([file]) => existsSync(join(repository, file)));
  for (const guide of guides) {
    const path = guidePath(guide);
    const source = readFileSync(join(repository ?? '', guide[0]), 'utf8');
    pages.push({
      path,
      title: guide[2],
      body: renderMarkdown(source, (href) => guideLink(path, guide[0], href, guides, repository ?? '')),
    });
  }
  pages.unshift(startPage(input, guides));
  return pages;
}

/** Links between guides and to their images stay; links to other repository files become text. */
function guideLink(from: string, source: string, href: string, guides: readonly Guide[], repository: string): string | undefined {
  if (/^https?:\/\//.test(href)) return href;
  if (href.startsWith('#')) return href;
  const [file = '', anchor] = href.split('#');
  const target = posix.normalize(posix.join(posix.dirname(source), file));
  const withAnchor = (path: string): string => relativeLink(from, path) + (anchor ? `#${anchor}` : '');
  if (target === 'docs/reference/issue-codes.md') return withAnchor('reference/issue-codes.html');
  const guide = guides.find(([g]) => g === target);
  if (guide !== undefined) return withAnchor(guidePath(guide));
  if (target.startsWith('docs/images/') && existsSync(join(repository, target)))
    return relativeLink(from, `guides/images/${basename(target)}`);
  return undefined;
}

function startPage(input: HandbookInput, guides: readonly Guide[]): HandbookPage {
  const path = 'index.html';
  const link = (to: string, text: string): string => `<a href="${e(relativeLink(path, to))}">${e(text)}</a>`;
  const activities = input.activities.map(
    (a) =>
      `<li>${link(activityPath(a.id), a.title)} (<code>${e(a.id)}</code> ${e(a.version)}${
        input.config?.activities[a.id] ? e(`; pinned ${input.config.activities[a.id]?.version ?? ''}`) : ''
      })</li>`,
  );
  const body = [
    `<h1>The Disrupting Harm methodology handbook</h1>`,
    `<p>Every activity, instrument, question, code list, rule, indicator and reporting rule, generated from the code that runs them${
      input.config ? e(`, for ${input.config.name} (${input.config.country})`) : ''
    }. Search any page with the box above; everything works offline, from this folder.</p>`,
    `<h2 id="activities">Activities</h2><ul>${activities.join('')}</ul>`,
    `<h2 id="reference">Reference</h2><ul><li>${link('reference/assessment-config.html', 'assessment.json reference')}</li><li>${link('reference/issue-codes.html', 'Issue codes')}</li><li>${link('reference/results.html', 'Results and comparison formats')}</li></ul>`,
    guides.length > 0 ? `<h2 id="guides">Guides</h2><ul>${guides.map((g) => `<li>${link(guidePath(g), g[2])}</li>`).join('')}</ul>` : '',
    input.apiIndex !== undefined
      ? `<h2 id="developers">For developers</h2><p><a href="${e(input.apiIndex)}">The API reference (typedoc)</a></p>`
      : '',
  ];
  return { path, title: 'Handbook', body: body.join('\n') };
}

/** Writes the site into `outDir` (pages, assets, search index, guide images); returns the pages written. */
export async function buildHandbook(input: HandbookInput, outDir: string): Promise<HandbookPage[]> {
  const api = input.apiIndex !== undefined ? posix.join(...relative(outDir, input.apiIndex).split(/[\\/]/)) : undefined;
  const pages = await handbookPages({ ...input, ...(api !== undefined && { apiIndex: api }) });
  const siteTitle = 'Disrupting Harm handbook';
  writeFilesAtomically(outDir, [
    ...pages.map((p) => ({ path: p.path, content: pageHtml(p, siteTitle) })),
    { path: 'assets/handbook.css', content: HANDBOOK_CSS },
    { path: 'assets/search.js', content: SEARCH_JS },
    { path: 'assets/search-index.js', content: searchIndexJs(pages) },
  ]);
  const images = input.repository === undefined ? undefined : join(input.repository, 'docs/images');
  if (images !== undefined && existsSync(images)) {
    mkdirSync(join(outDir, 'guides/images'), { recursive: true });
    for (const file of readdirSync(images)) copyFileSync(join(images, file), join(outDir, 'guides/images', file));
  }
  return pages;
}
