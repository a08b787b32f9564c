import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli.js';

// What a research lead sees first: the demo's report and the cross-country comparison of the
// bundled examples, with the chapters and the legal matrix the guides promise.
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'dh-demo-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface MatrixCell {
  item: string;
  country: string;
  comparable: boolean;
  status: string | null;
  text: string | null;
  detail: string | null;
  version: string | null;
}

const headings = (html: string): string[] => [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1] ?? '');

describe('dh compare on the bundled examples', () => {
  it('shows the legal matrix: every provision for both countries, its status in words, citation and checklist version', () => {
    const out = join(scratch, 'comparison');
    const run = runCli(['compare', 'examples/xa', 'examples/xb', '--format', 'json,csv,html', '--out', out], { cwd: repo });
    expect(run.status, run.stderr).toBe(0);
    const comparison = JSON.parse(readFileSync(join(out, 'comparison.json'), 'utf8')) as {
      matrices: { activity: string; items: { code: string; label: string }[]; cells: MatrixCell[] }[];
    };
    const legal = comparison.matrices.find((m) => m.activity === 'legal-policy-review');
    expect(legal, 'no legal matrix in comparison.json').toBeDefined();
    expect(legal?.items.length).toBeGreaterThanOrEqual(14);
    expect(legal?.cells).toHaveLength((legal?.items.length ?? 0) * 2);
    expect(new Set(legal?.cells.map((c) => c.country))).toEqual(new Set(['XA', 'XB']));
    for (const cell of legal?.cells ?? []) {
      expect(cell.comparable).toBe(true);
      expect(cell.version).toBe('0.1.0');
      expect(['yes', 'partial', 'no', 'unclear', null]).toContain(cell.status);
      if (cell.status === 'yes' || cell.status === 'partial') expect(cell.detail, `${cell.country} ${cell.item}`).toBeTruthy();
    }
    const html = readFileSync(join(out, 'comparison.html'), 'utf8');
    expect(headings(html)).toContain('Legal and policy scorecard: provisions on OCSEA in national law and policy');
    const firstItem = legal?.items[0];
    const xa = legal?.cells.find((c) => c.country === 'XA' && c.item === firstItem?.code);
    // Status in words beside its mark, never colour alone.
    expect(html).toMatch(new RegExp(`<td>${firstItem?.label}</td><td class="status status-${xa?.status}">[●◐○?] ${xa?.text}`));
    expect(html).toContain('version 0.1.0');
    const csv = Papa.parse<Record<string, string>>(readFileSync(join(out, 'comparison.csv'), 'utf8'), { header: true }).data;
    const legalRows = csv.filter((r) => r['activity'] === 'legal-policy-review');
    expect(legalRows).toHaveLength(legal?.cells.length ?? -1);
    expect(legalRows.every((r) => r['instrument_version'] === '0.1.0')).toBe(true);
  });
});

describe('dh demo', () => {
  it('writes a report with a chapter per activity, the frontline shares flagged, and compares with the examples', () => {
    const run = runCli(['demo', '--dir', join(scratch, 'demo')]);
    expect(run.status, run.stderr).toBe(0);
    const [assessment = ''] = readdirSync(join(scratch, 'demo/assessments'));
    const report = readFileSync(join(scratch, 'demo/assessments', assessment, 'results/report.html'), 'utf8');
    const chapters = headings(report);
    expect(chapters).toContain('Survey of frontline social-support workers');
    expect(chapters).toContain('Legal and policy review');
    // The theme tables of all four interview activities, and both statistics chapters.
    for (const study of [
      'Access-to-justice interviews',
      'Interviews with duty-bearers',
      'Interviews with law-enforcement and justice officials',
      'Survivor conversations',
    ]) {
      expect(chapters).toContain(study);
      expect(report).toContain(`<h3>${study}: themes raised, by respondent type</h3>`);
      expect(report).toContain(`<h3>${study}: themes raised in the same interview</h3>`);
    }
    expect(chapters).toContain('Law-enforcement data: crime and referral statistics');
    expect(chapters).toContain('Helpline, hotline and industry data: statistics from outside law enforcement');
    const frontline = report.slice(report.indexOf('<h2>Survey of frontline social-support workers</h2>'));
    const chapter = frontline.slice(0, frontline.indexOf('<h2>', 10));
    // The purposive-sample caveat on every table and every chart, in its caption and the chart's own title.
    const caveat = 'Purposive sample, not representative of all frontline workers.';
    const figures = [...chapter.matchAll(/<figure>(.*?)<\/figure>/gs)].map((m) => m[1] ?? '');
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(figure).toMatch(new RegExp(`<svg[^>]*aria-label="[^"]*${caveat}"`));
      expect(figure).toMatch(new RegExp(`<figcaption>[^<]*${caveat}`));
    }
    expect(chapter.match(/<table>/g)?.length).toBe(chapter.match(new RegExp(`<p class="notice">${caveat}</p>`, 'g'))?.length);
    const results = Papa.parse<Record<string, string>>(
      readFileSync(join(scratch, 'demo/assessments', assessment, 'results/results.csv'), 'utf8'),
      { header: true, skipEmptyLines: true },
    ).data;
    const frontlineRows = results.filter((r) => r['activity'] === 'frontline-worker-survey');
    expect(frontlineRows.length).toBeGreaterThan(0);
    expect(frontlineRows.every((r) => r['caveat'] === caveat && r['not_representative'] === 'true')).toBe(true);
    expect(run.stdout).toContain(`Survey of frontline social-support workers: ${caveat}`);
    const legal = report.slice(report.indexOf('<h2>Legal and policy review</h2>'));
    expect(legal.slice(0, legal.indexOf('<h2>', 10))).toMatch(/Children Act \(synthetic\)/);
    const comparison = JSON.parse(readFileSync(join(scratch, 'demo/comparison/comparison.json'), 'utf8')) as {
      countries: { country: string }[];
      matrices: { activity: string }[];
    };
    expect(comparison.countries.map((c) => c.country)).toEqual(['XD', 'XA', 'XB']);
    expect(comparison.matrices.map((m) => m.activity)).toContain('legal-policy-review');
  });
});
