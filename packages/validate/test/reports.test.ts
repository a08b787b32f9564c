import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAjv } from '@dh/core';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  COLOUR_STYLE,
  CSV_REPORT_COLUMNS,
  formatCsv,
  formatHtml,
  formatJson,
  formatText,
  REPORT_SCHEMA_ID,
  REPORT_VERSION,
  wantsColour,
  writeReportFile,
  type ValidationReport,
} from '../src/index.js';
import { baselineDataset, validateFiles, withCell, type Dataset } from './baseline-dataset.js';
import { scratchFolder } from './fixture-files.js';

const schema = JSON.parse(readFileSync(new URL('../schema/validation-report.schema.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

/** Values a hostile or careless export could hold, each written as an unknown code so it lands in the report. */
const NASTY = [
  '=HYPERLINK("http://x.invalid","click")',
  '+254712',
  '-1+2',
  '@SUM(A1:A9)',
  '\tindented',
  '<script>alert("x")</script>',
  'a "quoted", comma\nand a line',
];

async function reportOf(dataset: Dataset, strict = false): Promise<ValidationReport> {
  const result = await validateFiles(dataset);
  return buildReport(result, {
    toolVersion: '1.2.3',
    activityId: 'test-activity',
    activityVersion: '1.0.0',
    strict,
    generatedAt: new Date('2021-03-01T12:00:00Z'),
  });
}

function nastyDataset(): Dataset {
  const dataset = withCell(baselineDataset(), 'household.csv', 0, 'stratum', NASTY[0] ?? '');
  NASTY.slice(1).forEach((value, i) => dataset['member.csv']?.rows.push(['H1', String(10 + i), value]));
  return dataset;
}

describe('the JSON report', () => {
  it('is valid against the published, versioned schema, clean or not', async () => {
    const validate = createAjv().compile(schema);
    for (const report of [
      await reportOf(baselineDataset()),
      await reportOf(nastyDataset()),
      await reportOf(withCell(baselineDataset(), 'child.csv', 0, 'about/hours', '13'), true),
    ]) {
      const json = JSON.parse(formatJson(report)) as unknown;
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    }
    expect(schema['$id']).toBe(REPORT_SCHEMA_ID);
    expect(REPORT_VERSION).toMatch(/^1\.\d+\.\d+$/);
  });

  it('gives each issue its place, its message and how to fix it', async () => {
    const report = await reportOf(withCell(baselineDataset(), 'child.csv', 0, 'about/age', '18'));
    expect(report).toMatchObject({ status: 'failed', exitCode: 1, totals: { errors: 1, warnings: 0, rows: 17, files: 4 } });
    expect(report.summary).toEqual([expect.objectContaining({ code: 'out-of-range', count: 1, title: 'Out of range', category: 'value' })]);
    expect(report.issues[0]).toMatchObject({
      code: 'out-of-range',
      row: 2,
      rowUnit: 'row',
      field: 'age',
      value: '18',
      message: '18 is outside 12–17',
      hint: 'Check the value against the questionnaire; correct it or leave it empty.',
    });
  });
});

describe('the CSV report', () => {
  it('lists one issue a row under a fixed header, quoting as RFC 4180 requires', async () => {
    const text = formatCsv(await reportOf(nastyDataset()));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_REPORT_COLUMNS.join(','));
    const rows = parseCsv(text.slice(1));
    expect(rows.slice(1).every((row) => row.length === CSV_REPORT_COLUMNS.length)).toBe(true);
    expect(rows.slice(1)).toHaveLength((await reportOf(nastyDataset())).issues.length);
    expect(rows.map((row) => row[CSV_REPORT_COLUMNS.indexOf('value')])).toContain('a "quoted", comma\nand a line');
  });

  it.each(NASTY.slice(0, 5))('keeps %j as text in a spreadsheet (leading apostrophe)', async (value) => {
    const text = formatCsv(await reportOf(nastyDataset()));
    const cells = parseCsv(text.slice(1));
    const valueColumn = CSV_REPORT_COLUMNS.indexOf('value');
    const cell = cells.map((row) => row[valueColumn]).find((c) => c?.slice(1) === value);
    expect(cell).toBe(`'${value}`);
    for (const row of cells) for (const c of row) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('the HTML report', () => {
  it('is one offline page: inline style and script, nothing fetched', async () => {
    const html = formatHtml(await reportOf(nastyDataset()));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`default-src 'none'`);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/\b(src|href)\s*=/i);
    expect(html).toContain('id="filter-text"');
    expect(html).toContain('<option value="unknown-code">');
  });

  it('escapes every value from the data', async () => {
    const html = formatHtml(await reportOf(nastyDataset()));
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });
});

describe('the terminal report', () => {
  it('shows counts by code, then examples with where, what and how to fix', async () => {
    const text = formatText(await reportOf(withCell(baselineDataset(), 'child.csv', 1, 'about/sex', 'femal')));
    expect(text).toMatch(/error\s+unknown-code\s+1\s+Unknown answer code/);
    expect(text).toMatch(/child\.csv, row 3, column sex: "femal" is not a code of list "sex"; did you mean "female"\?/);
    expect(text).toContain('fix: Use one of the list');
    expect(text).toContain('Result: 1 error, 0 warnings. The data has errors (exit code 1).');
    expect(text).not.toContain('\u001b[');
  });

  it('colours only when asked to', async () => {
    const report = await reportOf(withCell(baselineDataset(), 'child.csv', 1, 'about/sex', 'femal'));
    expect(formatText(report, { style: COLOUR_STYLE })).toContain('\u001b[31m');
    expect(wantsColour({ isTTY: true }, {})).toBe(true);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour({ isTTY: false }, {})).toBe(false);
    expect(wantsColour({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });

  it('says when strict mode turns warnings into a failure', async () => {
    const text = formatText(await reportOf(withCell(baselineDataset(), 'child.csv', 0, 'about/hours', '13'), true));
    expect(text).toContain('The data has warnings, and --strict treats them as errors (exit code 1).');
  });
});

describe('writing a report file', () => {
  it('replaces the target whole and leaves no temporary file behind', async () => {
    const folder = scratchFolder();
    try {
      const target = join(folder.dir, 'report.json');
      await writeReportFile(target, 'first');
      await writeReportFile(target, 'second');
      expect(readFileSync(target, 'utf8')).toBe('second');
      expect(readdirSync(folder.dir)).toEqual(['report.json']);
      mkdirSync(join(folder.dir, 'a-folder'));
      await expect(writeReportFile(join(folder.dir, 'a-folder'), 'x')).rejects.toThrow(
        /is a folder: dh writes only regular files or new paths/,
      );
      await expect(writeReportFile('/dev/null', 'x')).rejects.toThrow(/is a device or other special file/);
      expect(readdirSync(folder.dir).sort()).toEqual(['a-folder', 'report.json']);
    } finally {
      folder.remove();
    }
  });
});

/** A small RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}
