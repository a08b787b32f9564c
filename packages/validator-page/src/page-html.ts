import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { escapeHtml as e } from '@dh/core';
import { HTML_REPORT_SCRIPT } from '@dh/validate';
import type { PageSettings } from './browser/messages.js';

/** The compiled scripts and what they carry, beside this module once built (dist/browser/), or in dist/ when run from source. */
function bundled(name: 'page.js' | 'worker.js' | 'activities.json'): string {
  for (const candidate of [new URL(`./browser/${name}`, import.meta.url), new URL(`../dist/browser/${name}`, import.meta.url)])
    if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
  throw new Error(`@dh/validator-page is not built (no browser/${name}): run npm run build`);
}

/**
 * Script text made safe inside a `<script>` element: `</script` would end the element and `<!--`
 * would change how the rest is parsed. Both only ever occur inside strings and regular
 * expressions of the compiled code, where `<\/` and `<\x21` mean the same characters (also in
 * a regular expression with the `u` flag, which refuses `\!`).
 */
export function scriptText(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\x21--');
}

/** JSON made safe inside a `<script type="application/json">` element. */
function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The Content-Security-Policy of the page: nothing may be fetched or sent (`default-src 'none'`:
 * no connections, images, fonts or frames from anywhere); only the page's own script and the
 * report's filter script run, by their hashes; the worker is the page's own code from a blob.
 * Nothing is evaluated from text (no `'unsafe-eval'`): the cell checks are compiled ahead of time,
 * and zod is told not to generate parsers (browser/no-code-generation.ts).
 */
export function contentSecurityPolicy(pageScript: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(pageScript)} ${sha256(HTML_REPORT_SCRIPT)}`,
    'worker-src blob:',
    "style-src 'unsafe-inline'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The activities (id and version) the page's worker was compiled with. */
export function bundledActivities(): readonly { readonly id: string; readonly version: string }[] {
  return JSON.parse(bundled('activities.json')) as { id: string; version: string }[];
}

/**
 * The whole page: one HTML file that needs nothing else, opened by double-clicking it. Refuses an
 * activity version the worker was not compiled with (the page would check other rules).
 */
export function renderValidatorPage(settings: PageSettings): string {
  const carried = bundledActivities();
  for (const wanted of settings.activities) {
    const found = carried.find((a) => a.id === wanted.id);
    if (found?.version !== wanted.version)
      throw new Error(
        `the validator page carries ${found ? `${wanted.id} ${found.version}` : `no ${wanted.id}`}, not ${wanted.id} ${wanted.version}: rebuild @dh/validator-page with that version`,
      );
  }
  const pageScript = scriptText(bundled('page.js'));
  const country = `${settings.config.name} (${settings.config.country})`;
  const options = settings.activities.map((a) => `<option value="${e(a.id)}">${e(a.title)} (${e(a.id)} ${e(a.version)})</option>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(contentSecurityPolicy(pageScript))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="dh ${e(settings.toolVersion)}">
<title>Check your data · ${e(country)}</title>
<style>${STYLE}</style>
</head>
<body data-state="idle">
<header>
<h1>Check your data before you hand it over</h1>
<p class="meta">${e(country)} · checks of dh ${e(settings.toolVersion)} · ${e(settings.activities.map((a) => `${a.id} ${a.version}`).join(', '))}</p>
</header>
<section class="privacy" aria-labelledby="privacy-heading">
<h2 id="privacy-heading">Your files stay on this computer</h2>
<p>This page works without an internet connection and cannot use one: its security policy forbids every connection, so the files you choose are read here, in this browser, and are never sent anywhere. Nothing is uploaded or saved; closing the page forgets them.</p>
</section>
<section aria-labelledby="activity-heading">
<h2 id="activity-heading">1. Which data are these?</h2>
<p><label for="activity">Activity</label>
<select id="activity"><option value="">Tell from the files' headers</option>${options}</select></p>
<p><label><input type="checkbox" id="strict"> Treat warnings as errors (as <code>dh validate --strict</code>)</label></p>
</section>
<section aria-labelledby="files-heading">
<h2 id="files-heading">2. Choose the files</h2>
<div id="drop" class="drop">
<p>Drop the exported files here, or <label for="files" class="pick">choose files</label>.</p>
<input type="file" id="files" multiple accept=".csv,.tsv,.tab,.txt,.xlsx,.xlsm,.json,.ndjson,.jsonl,.qdpx">
<p class="hint">CSV, Excel (.xlsx), JSON, NDJSON or a REFI-QDA project (.qdpx): every file of one activity together, as exported. In a workbook, the first sheet is read.</p>
</div>
</section>
<section id="progress-area" hidden aria-labelledby="progress-heading">
<h2 id="progress-heading">Checking</h2>
<progress id="progress"></progress>
<p id="status" role="status" aria-live="polite"></p>
</section>
<section id="result" hidden aria-labelledby="result-heading">
<h2 id="result-heading">3. Result</h2>
<p id="summary" class="summary"></p>
<p id="downloads">Save the report: <a id="download-html" download="validation-report.html">HTML</a> · <a id="download-csv" download="validation-report.csv">CSV</a> · <a id="download-json" download="validation-report.json">JSON</a></p>
<iframe id="report" title="Validation report" sandbox="allow-scripts"></iframe>
</section>
<script type="application/json" id="dh-settings">${jsonText(settings)}</script>
<script type="text/plain" id="dh-worker">${scriptText(bundled('worker.js'))}</script>
<script>${pageScript}</script>
</body>
</html>
`;
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:60rem;margin:1.5rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:1.6rem}
.meta{color:#444;font-size:.9rem;margin-top:0}
.privacy{border-left:4px solid #1f5f99;background:#eef4fa;padding:.4rem 1rem}
.drop{border:2px dashed #555;border-radius:6px;padding:1rem 1.2rem;background:#fafafa}
.drop.over{background:#e8f0e8;border-color:#2d6a2d}
.pick{text-decoration:underline;cursor:pointer;color:#1f5f99}
.hint{color:#444;font-size:.9rem}
progress{width:100%}
.summary{font-weight:600;padding:.5rem .8rem;border-radius:4px}
.summary.passed{background:#e6f2e6;border:1px solid #2d6a2d}
.summary.failed,.summary.refused{background:#fbeaea;border:1px solid #a12626}
iframe{width:100%;height:40rem;border:1px solid #999}
select{font-size:1rem;max-width:100%}
`;
