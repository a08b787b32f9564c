import { escapeHtml as h, htmlDocument } from '@dh/core';
import type { Block, PrintableDocument } from './document-model.js';

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;margin:0 auto;max-width:50rem;padding:1rem 1.5rem}
h1{font-size:1.6rem}h2{border-bottom:2px solid #1b4f72;padding-bottom:.2rem;margin-top:2rem}
.note{color:#555;font-style:italic}li>ul{margin:.2rem 0 .6rem}
table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f2f2f2}
@media print{h2{break-after:avoid}li{break-inside:avoid}}
`;

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level + 1}>${h(b.text)}</h${b.level + 1}>`;
    case 'paragraph':
      return `<p${b.note ? ' class="note"' : ''}>${h(b.text)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const items = b.items.map(
        (item) =>
          `<li>${h(item.text)}${item.children?.length ? `<ul>${item.children.map((c) => `<li>${h(c)}</li>`).join('')}</ul>` : ''}</li>`,
      );
      return `<${tag}>${items.join('')}</${tag}>`;
    }
    case 'table':
      return `<table><thead><tr>${b.header.map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${h(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  }
}

/** The document as one self-contained, printable HTML page. */
export function documentHtml(doc: PrintableDocument): string {
  return htmlDocument({
    title: doc.title,
    lang: doc.lang,
    style: STYLE,
    body: [`<h1>${h(doc.title)}</h1>`, ...doc.blocks.map(block)].join('\n'),
  });
}
