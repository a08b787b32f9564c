import type { Instrument } from '@dh/core';
import { escapeHtml as h } from '@dh/core';
import { variableFacts } from './variable-facts.js';
import { codebookOf, missingWords, type CodebookOptions, type CodebookRecordType, type CodebookVariable } from './codebook-model.js';
import type { CodebookWords } from './codebook-texts.js';

/** Inline styles: the page must open offline, from a USB stick, with nothing fetched. */
const STYLE = `
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; line-height: 1.45; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #ccc; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
code { background: #f5f5f5; padding: 0 0.2rem; }
section.variable { border-top: 1px solid #ddd; padding-top: 0.5rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
.missing { color: #8a4b00; }
.flag { background: #fff3cd; border-radius: 0.2rem; padding: 0 0.3rem; }
@media print { section.variable { break-inside: avoid; } }
`;

/** The codebook as one self-contained HTML page (no scripts, no external resources; all text escaped). */
export function htmlCodebook(instrument: Instrument, options: CodebookOptions = {}): string {
  const codebook = codebookOf(instrument, options.recordTypes, options.translator);
  const w = codebook.words;
  const title = `${w.codebook}: ${codebook.title}`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${h(codebook.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${h(title)}</h1>`,
    `<p>${h(w.instrument)} <code>${h(codebook.instrumentId)}</code>, ${h(w.version)} ${h(codebook.version)}. ${h(w.generated)}</p>`,
    '<nav><ul>',
    ...codebook.recordTypes.map(
      (r) => `<li><a href="#record-${h(r.name)}">${h(r.name)}</a>: ${h(r.title)} (${r.variables.length} ${h(w.variables)})</li>`,
    ),
    '</ul></nav>',
    ...codebook.recordTypes.flatMap((r) => recordTypeSection(r, w)),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function recordTypeSection(recordType: CodebookRecordType, w: CodebookWords): string[] {
  return [
    `<h2 id="record-${h(recordType.name)}">${h(w.recordType)} <code>${h(recordType.name)}</code>: ${h(recordType.title)}</h2>`,
    `<p>${h(w.key)}: ${recordType.key.map((k) => `<code>${h(k)}</code>`).join(', ')}.</p>`,
    `<table><thead><tr>${[w.variable, w.question, w.type, w.universe, w.selfCompleted].map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>`,
    ...recordType.variables.map(
      (v) =>
        `<tr><td><a href="#${id(v)}"><code>${h(v.name)}</code></a></td><td>${h(v.question ?? v.label ?? '')}</td><td>${h(v.typeText)}</td><td>${h(v.universe)}</td><td>${h(v.selfCompleted ? w.yes : w.no)}</td></tr>`,
    ),
    '</tbody></table>',
    ...recordType.variables.map((v) => variableSection(v, w)),
  ];
}

const id = (v: CodebookVariable): string => `var-${v.recordType}-${v.name}`;

function variableSection(v: CodebookVariable, w: CodebookWords): string {
  const facts = variableFacts(v, { text: h, code: (c) => `<code>${h(c)}</code>`, flag: (t) => `<span class="flag">${h(t)}</span>` }, w);
  const codes =
    v.codes.length === 0
      ? ''
      : [
          `<p>${h(v.extensionList ? w.extensionCodes : w.codes)}:</p>`,
          `<table><thead><tr>${[w.code, w.label, w.missing].map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>`,
          ...v.codes.map(
            (c) =>
              `<tr${c.missing ? ' class="missing"' : ''}><td><code>${h(c.code)}</code></td><td>${h(c.label)}</td><td>${c.missing ? h(missingWords(c.missing, w)) : ''}</td></tr>`,
          ),
          '</tbody></table>',
        ].join('\n');
  return [
    `<section class="variable" id="${id(v)}">`,
    `<h3><code>${h(v.name)}</code></h3>`,
    '<dl>',
    ...facts.map(([k, value]) => `<dt>${k}</dt><dd>${value}</dd>`),
    '</dl>',
    codes,
    '</section>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
