import { ISSUE_CATALOGUE, type IssueCategory } from '../issues/catalogue.js';

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

/** The docs page of every issue code, generated from the catalogue (the catalogue is the documentation). */
export function issueCodesMarkdown(): string {
  const lines = [
    '# Issue codes',
    '',
    '<!-- Generated from packages/core/src/issues/catalogue.ts by `npm run generate -w @dh/core`. Do not edit. -->',
    '',
    'Every problem `dh validate` reports has one of these codes. **Errors** make `dh validate` exit 1;',
    '**warnings** do not, unless `--strict` is given.',
    '',
  ];
  for (const [category, title] of Object.entries(CATEGORY_TITLES)) {
    const entries = ISSUE_CATALOGUE.filter((d) => d.category === category);
    if (entries.length === 0) continue;
    lines.push(`## ${title}`, '');
    for (const d of entries) {
      lines.push(`### \`${d.code}\` (${d.severity}): ${d.title}`, '', d.description, '', `- Message: ${d.message.replace(/\{(\w+)\}/g, '‹$1›')}`, `- How to fix: ${d.hint}`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
