import { escapeHtml as e } from '@dh/core';
import { configLine } from './format-text.js';
import { issueLocation, type ValidationReport } from './validation-report.js';

/**
 * One self-contained page: styles and the filter script are inline, nothing is fetched (a
 * Content-Security-Policy forbids it), so the report opens offline and leaks nothing.
 * Every value from the data is escaped.
 */
export function formatHtml(report: ValidationReport): string {
  const title = `Validation report${report.activity.id !== undefined ? ` · ${report.activity.id}` : ''}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(title)}</h1>
<p class="verdict ${e(report.status)}">${e(verdictText(report))}</p>
<p class="meta">${e(configLine(report))}</p>
<p class="meta">Generated ${e(report.generatedAt)} by ${e(report.tool.name)} ${e(report.tool.version)}; report format ${e(report.reportVersion)}.</p>
${filesSection(report)}
${summarySection(report)}
${issuesSection(report)}
${skippedSection(report)}
<script>${HTML_REPORT_SCRIPT}</script>
</body>
</html>
`;
}

function verdictText(report: ValidationReport): string {
  const { errors, warnings, rows, files } = report.totals;
  const counts = `${errors.toLocaleString('en')} errors and ${warnings.toLocaleString('en')} warnings in ${rows.toLocaleString('en')} rows of ${files} file${files === 1 ? '' : 's'}`;
  if (report.status === 'unreadable') return `Some input could not be read: ${counts}.`;
  if (report.status === 'failed') return `The data has problems to fix: ${counts}.`;
  return `The data passed validation: ${counts}.`;
}

function filesSection(report: ValidationReport): string {
  const rows = report.files.map(
    (f) =>
      `<tr><td>${e(f.file)}</td><td>${e(f.recordType ?? '–')}</td><td>${e(f.status)}${f.note !== undefined ? ` (${e(f.note)})` : ''}</td><td class="n">${e(f.rows.toLocaleString('en'))}</td></tr>`,
  );
  return `<h2>Files</h2>\n<table><thead><tr><th>file</th><th>record type</th><th>status</th><th>rows</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function summarySection(report: ValidationReport): string {
  if (report.summary.length === 0) return '<h2>Issues</h2>\n<p>No issues found.</p>';
  const rows = report.summary.map(
    (s) =>
      `<tr class="${e(s.severity)}"><td>${e(s.severity)}</td><td><code>${e(s.code)}</code></td><td class="n">${e(s.count.toLocaleString('en'))}</td><td><strong>${e(s.title)}</strong>: ${e(s.description)}<br><span class="hint">Fix: ${e(s.hint)}</span></td></tr>`,
  );
  return `<h2>Issues by code</h2>\n<table><thead><tr><th>severity</th><th>code</th><th>count</th><th>what it means</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function issuesSection(report: ValidationReport): string {
  if (report.issues.length === 0) return '';
  const codes = [...new Set(report.issues.map((i) => i.code))].sort();
  const options = codes.map((c) => `<option value="${e(c)}">${e(c)}</option>`).join('');
  const rows = report.issues.map(
    (i) =>
      `<tr class="${e(i.severity)}" data-code="${e(i.code)}" data-severity="${e(i.severity)}"><td>${e(i.severity)}</td><td><code>${e(i.code)}</code></td><td>${e(issueLocation(i))}</td><td>${e(i.value)}</td><td>${e(i.message)}</td><td class="hint">${e(i.hint)}</td></tr>`,
  );
  return `<h2>Examples</h2>
<p>The first ${e(report.examplesPerCode)} issues of each code, in the order found; the counts above are exact.</p>
<div class="filters">
<label>Search <input id="filter-text" type="search" placeholder="file, column, value, message…"></label>
<label>Code <select id="filter-code"><option value="">all codes</option>${options}</select></label>
<label>Severity <select id="filter-severity"><option value="">all</option><option value="error">errors</option><option value="warning">warnings</option><option value="info">info</option></select></label>
<span id="shown"></span>
</div>
<table id="issues"><thead><tr><th>severity</th><th>code</th><th>where</th><th>value</th><th>what is wrong</th><th>how to fix it</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

function skippedSection(report: ValidationReport): string {
  if (report.skippedChecks.length === 0) return '';
  return `<h2>Checks not run</h2>\n<ul>${report.skippedChecks.map((s) => `<li>${e(s.check)}: ${e(s.reason)}</li>`).join('')}</ul>`;
}

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:80rem;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.n{text-align:right}code{font-size:.9em}.hint{color:#555}
tr.error td:first-child{color:#b00020;font-weight:600}tr.warning td:first-child{color:#8a5a00;font-weight:600}
.verdict{font-size:1.15em;padding:.6rem .8rem;border-radius:4px}.verdict.passed{background:#e6f4ea}.verdict.failed,.verdict.unreadable{background:#fdecea}
.meta{color:#666}.filters{display:flex;gap:1rem;flex-wrap:wrap;align-items:center}input,select{font:inherit}`;

/** The report's one script (filtering the issue table): a page that shows the report allows exactly it by its hash. */
export const HTML_REPORT_SCRIPT = `
(function(){
  var text=document.getElementById('filter-text'),code=document.getElementById('filter-code'),sev=document.getElementById('filter-severity'),shown=document.getElementById('shown');
  if(!text)return;
  var rows=Array.prototype.slice.call(document.querySelectorAll('#issues tbody tr'));
  function apply(){
    var t=text.value.toLowerCase(),c=code.value,s=sev.value,n=0;
    rows.forEach(function(r){var ok=(!c||r.getAttribute('data-code')===c)&&(!s||r.getAttribute('data-severity')===s)&&(!t||r.textContent.toLowerCase().indexOf(t)>=0);r.hidden=!ok;if(ok)n++;});
    shown.textContent=n+' of '+rows.length+' shown';
  }
  [text,code,sev].forEach(function(el){el.addEventListener('input',apply);el.addEventListener('change',apply);});
  apply();
})();`;
