import { escapeMarkdown as md } from '@dh/core';
import type { Block, PrintableDocument } from './document-model.js';

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level + 1)} ${md(b.text)}`;
    case 'paragraph':
      return b.note ? `_${md(b.text)}_` : md(b.text);
    case 'list':
      return b.items
        .map((item, i) =>
          [
            `${b.ordered ? `${i + 1}.` : '-'} ${md(item.text)}`,
            ...(item.children ?? []).map((c) => `${b.ordered ? '   ' : '  '}- ${md(c)}`),
          ].join('\n'),
        )
        .join('\n');
    case 'table':
      return [
        `| ${b.header.map(md).join(' | ')} |`,
        `|${b.header.map(() => '---').join('|')}|`,
        ...b.rows.map((r) => `| ${r.map(md).join(' | ')} |`),
      ].join('\n');
  }
}

/** The document as Markdown, every text escaped so data or translations cannot inject markup. */
export function documentMarkdown(doc: PrintableDocument): string {
  return `${[`# ${md(doc.title)}`, ...doc.blocks.map(block)].join('\n\n')}\n`;
}
