import { CORE_ISSUES, IssueCatalogue, type IssueCategory, type IssueDefinition } from '../issues/catalogue.js';

const CATEGORY_TITLES: Record<IssueCategory, string> = {
  file: 'Reading the file',
  header: 'Columns',
  value: 'Values',
  'skip-logic': 'Skip logic and constraints',
  rule: 'Cross-field rules',
  'record-links': 'Ids and links between records',
  design: 'Survey design',
  'data-protection': 'Data protection',
  config: 'Assessment config',
};

function entry(d: IssueDefinition): string[] {
  return [
    `### \`${d.code}\` (${d.severity}): ${d.title}`,
    '',
    d.description,
    '',
    `- Message: ${d.message.replace(/\{(\w+)\}/g, '‹$1›')}`,
    `- How to fix: ${d.hint}`,
    '',
  ];
}

/**
 * The docs page of every issue code, generated from the catalogue (the catalogue is the
 * documentation): core's codes by category, then each activity's own codes under its id.
 */
export function issueCodesMarkdown(catalogue: IssueCatalogue = IssueCatalogue.core, generatedBy = 'npm run generate -w @dh/cli'): string {
  const lines = [
    '# Issue codes',
    '',
    `<!-- Generated from the issue catalogue (core and every installed activity) by \`${generatedBy}\`. Do not edit. -->`,
    '',
    'Every problem `dh validate` reports has one of these codes. **Errors** make `dh validate` exit 1;',
    '**warnings** do not, unless `--strict` is given. Codes with a `/` belong to one activity.',
    '',
  ];
  const core = new Set<string>(CORE_ISSUES.map((d) => d.code));
  for (const [category, title] of Object.entries(CATEGORY_TITLES)) {
    const entries = catalogue.definitions.filter((d) => core.has(d.code) && d.category === category);
    if (entries.length === 0) continue;
    lines.push(`## ${title}`, '');
    for (const d of entries) lines.push(...entry(d));
  }
  const own = catalogue.definitions.filter((d) => !core.has(d.code));
  const activities = [...new Set(own.map((d) => d.code.slice(0, d.code.indexOf('/'))))].sort();
  for (const activity of activities) {
    lines.push(`## Codes of ${activity}`, '');
    for (const d of own.filter((x) => x.code.startsWith(`${activity}/`))) lines.push(...entry(d));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
