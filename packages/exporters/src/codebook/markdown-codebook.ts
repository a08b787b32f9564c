import type { Instrument } from '@dh/core';
import { escapeMarkdown as md } from '@dh/core';
import { variableFacts } from './variable-facts.js';
import { codebookOf, type CodebookOptions, MISSING_WORDS, type CodebookRecordType, type CodebookVariable } from './codebook-model.js';

/**
 * The codebook as Markdown: per record type an overview table, then one section per
 * variable with its question, type, codes, universe, constraint and flags.
 */
export function markdownCodebook(instrument: Instrument, options: CodebookOptions = {}): string {
  const codebook = codebookOf(instrument, options.recordTypes);
  const lines = [
    `# Codebook: ${md(codebook.title)}`,
    '',
    `Instrument \`${codebook.instrumentId}\`, version ${md(codebook.version)}. Generated from the instrument definition: do not edit by hand.`,
    '',
  ];
  for (const recordType of codebook.recordTypes) lines.push(...recordTypeSection(recordType));
  return `${lines.join('\n').trimEnd()}\n`;
}

function recordTypeSection(recordType: CodebookRecordType): string[] {
  const lines = [
    `## Record type \`${recordType.name}\`: ${md(recordType.title)}`,
    '',
    `Key: ${recordType.key.map((k) => `\`${k}\``).join(', ')}. ${recordType.variables.length} variables.`,
    '',
    '| Variable | Question | Type | Universe | Self-completed |',
    '| --- | --- | --- | --- | --- |',
    ...recordType.variables.map(
      (v) =>
        `| [\`${v.name}\`](#${anchor(v)}) | ${md(v.question ?? v.label ?? '')} | ${md(v.typeText)} | ${md(v.universe)} | ${v.selfCompleted ? 'yes' : 'no'} |`,
    ),
    '',
  ];
  for (const variable of recordType.variables) lines.push(...variableSection(variable));
  return lines;
}

/** An explicit anchor per variable: renderers derive heading ids differently. */
const anchor = (v: CodebookVariable): string => `${v.recordType}-${v.name}`.toLowerCase().replace(/[^a-z0-9_-]/g, '-');

/** A code span that survives a backtick inside it. */
const mdCode = (c: string): string => (c.includes('`') ? `\`\` ${c} \`\`` : `\`${c}\``);

function variableSection(v: CodebookVariable): string[] {
  const facts = variableFacts(v, { text: md, code: mdCode, flag: (t) => `**${md(t)}**` });
  const lines = [`### <a id="${anchor(v)}"></a>\`${v.name}\``, '', ...facts.map(([k, value]) => `- **${k}:** ${value}`), ''];
  if (v.codes.length > 0) {
    lines.push(
      v.extensionList ? 'Codes (an extension list: each country fills its own):' : 'Codes:',
      '',
      '| Code | Label | Missing |',
      '| --- | --- | --- |',
      ...v.codes.map((c) => `| \`${c.code}\` | ${md(c.label)} | ${c.missing ? `missing: ${MISSING_WORDS[c.missing]}` : ''} |`),
      '',
    );
  }
  return lines;
}
