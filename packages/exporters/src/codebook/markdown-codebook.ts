import type { Instrument } from '@dh/core';
import { escapeMarkdown as md } from '@dh/core';
import { variableFacts } from './variable-facts.js';
import { codebookOf, missingWords, type CodebookOptions, type CodebookRecordType, type CodebookVariable } from './codebook-model.js';
import type { CodebookWords } from './codebook-texts.js';

/**
 * The codebook as Markdown: per record type an overview table, then one section per
 * variable with its question, type, codes, universe, constraint and flags.
 */
export function markdownCodebook(instrument: Instrument, options: CodebookOptions = {}): string {
  const codebook = codebookOf(instrument, options.recordTypes, options.translator);
  const w = codebook.words;
  const lines = [
    `# ${md(w.codebook)}: ${md(codebook.title)}`,
    '',
    `${md(w.instrument)} \`${codebook.instrumentId}\`, ${md(w.version)} ${md(codebook.version)}. ${md(w.generated)}`,
    '',
  ];
  for (const recordType of codebook.recordTypes) lines.push(...recordTypeSection(recordType, w));
  return `${lines.join('\n').trimEnd()}\n`;
}

function recordTypeSection(recordType: CodebookRecordType, w: CodebookWords): string[] {
  const lines = [
    `## ${md(w.recordType)} \`${recordType.name}\`: ${md(recordType.title)}`,
    '',
    `${md(w.key)}: ${recordType.key.map((k) => `\`${k}\``).join(', ')}. ${recordType.variables.length} ${md(w.variables)}.`,
    '',
    `| ${[w.variable, w.question, w.type, w.universe, w.selfCompleted].map(md).join(' | ')} |`,
    '| --- | --- | --- | --- | --- |',
    ...recordType.variables.map(
      (v) =>
        `| [\`${v.name}\`](#${anchor(v)}) | ${md(v.question ?? v.label ?? '')} | ${md(v.typeText)} | ${md(v.universe)} | ${md(v.selfCompleted ? w.yes : w.no)} |`,
    ),
    '',
  ];
  for (const variable of recordType.variables) lines.push(...variableSection(variable, w));
  return lines;
}

/** An explicit anchor per variable: renderers derive heading ids differently. */
const anchor = (v: CodebookVariable): string => `${v.recordType}-${v.name}`.toLowerCase().replace(/[^a-z0-9_-]/g, '-');

/** A code span that survives a backtick inside it. */
const mdCode = (c: string): string => (c.includes('`') ? `\`\` ${c} \`\`` : `\`${c}\``);

function variableSection(v: CodebookVariable, w: CodebookWords): string[] {
  const facts = variableFacts(v, { text: md, code: mdCode, flag: (t) => `**${md(t)}**` }, w);
  const lines = [`### <a id="${anchor(v)}"></a>\`${v.name}\``, '', ...facts.map(([k, value]) => `- **${k}:** ${value}`), ''];
  if (v.codes.length > 0) {
    lines.push(
      `${md(v.extensionList ? w.extensionCodes : w.codes)}:`,
      '',
      `| ${[w.code, w.label, w.missing].map(md).join(' | ')} |`,
      '| --- | --- | --- |',
      ...v.codes.map((c) => `| \`${c.code}\` | ${md(c.label)} | ${c.missing ? md(missingWords(c.missing, w)) : ''} |`),
      '',
    );
  }
  return lines;
}
