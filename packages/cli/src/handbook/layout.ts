import { posix } from 'node:path';
import { escapeHtml as e } from '@dh/core';

/** One page of the handbook: its path in the site (`/` separators), title, and body HTML. */
export interface HandbookPage {
  readonly path: string;
  readonly title: string;
  readonly body: string;
}

/** From one page to another path of the site, as a relative link (file:// has no site root). */
export function relativeLink(from: string, to: string): string {
  const link = posix.relative(posix.dirname(from), to);
  return link === '' ? posix.basename(to) : link;
}

/** A whole page: header with the way home and the search box, the body, every asset from the site itself. */
export function pageHtml(page: HandbookPage, siteTitle: string): string {
  const to = (path: string): string => e(relativeLink(page.path, path));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(page.title)} · ${e(siteTitle)}</title>
<link rel="stylesheet" href="${to('assets/handbook.css')}">
</head>
<body data-root="${to('index.html').replace(/index\.html$/, '')}">
<header>
<a class="home" href="${to('index.html')}">${e(siteTitle)}</a>
<form role="search" class="search" onsubmit="return false">
<label for="search">Search the handbook</label>
<input id="search" type="search" autocomplete="off" aria-controls="search-results">
<ul id="search-results" aria-live="polite"></ul>
</form>
</header>
<main>
${page.body}
</main>
<script src="${to('assets/search-index.js')}"></script>
<script src="${to('assets/search.js')}"></script>
</body>
</html>
`;
}

export const HANDBOOK_CSS = `body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#1a1a1a;background:#fff}
header{background:#0b3d5c;color:#fff;padding:.75rem 1.5rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
header a.home{color:#fff;font-weight:bold;text-decoration:none;font-size:1.1rem}
.search{position:relative;margin-left:auto}
.search label{margin-right:.5rem}
.search input{padding:.3rem;min-width:16rem}
#search-results{position:absolute;right:0;background:#fff;color:#1a1a1a;list-style:none;margin:0;padding:0;min-width:22rem;max-height:24rem;overflow:auto;box-shadow:0 2px 8px rgba(0,0,0,.3);z-index:2}
#search-results li a{display:block;padding:.4rem .6rem;color:#0b3d5c}
main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem 3rem}
a{color:#0b5cad}
table{border-collapse:collapse;margin:1rem 0;width:100%}
th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#e8eef3}
code{background:#f2f2f2;padding:0 .2rem}
pre{background:#f2f2f2;padding:.75rem;overflow:auto}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dl.facts dt{font-weight:bold}
.note{border-left:4px solid #0b3d5c;padding:.25rem .75rem;background:#f5f8fa}
img{max-width:100%}
`;

/** Search over the prebuilt index, in the page: no request leaves the file. */
export const SEARCH_JS = `(function () {
  var input = document.getElementById('search');
  var list = document.getElementById('search-results');
  var root = document.body.getAttribute('data-root') || '';
  var index = window.DH_HANDBOOK_INDEX || [];
  function show(query) {
    while (list.firstChild) list.removeChild(list.firstChild);
    var words = query.toLowerCase().split(/\\s+/).filter(Boolean);
    if (words.length === 0) return;
    var found = index.filter(function (entry) {
      var text = (entry.title + ' ' + entry.text).toLowerCase();
      return words.every(function (w) { return text.indexOf(w) !== -1; });
    }).slice(0, 25);
    found.forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = root + entry.path;
      link.textContent = entry.title;
      item.appendChild(link);
      list.appendChild(item);
    });
    if (found.length === 0) {
      var none = document.createElement('li');
      none.textContent = 'Nothing found';
      list.appendChild(none);
    }
  }
  input.addEventListener('input', function () { show(input.value); });
})();
`;

/** The search index as a script (a JSON file cannot be read from file://): each page's title and words. */
export function searchIndexJs(pages: readonly HandbookPage[]): string {
  // Each distinct word of a page once: every question of a long codebook is found, in an index of a few hundred kB.
  const entries = pages.map((p) => ({
    path: p.path,
    title: p.title,
    text: [...new Set(textOf(p.body).toLowerCase().split(' '))].join(' '),
  }));
  return `window.DH_HANDBOOK_INDEX = ${JSON.stringify(entries).replace(/</g, '\\u003c')};\n`;
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
