import { describe, expect, it } from 'vitest';
import { q, type Disaggregation } from '@dh/core';
import { fixtureActivity, FIXTURE_INDICATORS } from '../../test/support/fixture-activity.js';
import { useTempDirs, writeFixtureAssessment } from '../../test/support/fixture-assessment.js';
import { analyzeAssessment } from '../analyze/analyze-assessment.js';
import { renderResults } from '../results/write-results.js';
import { barChartSvg } from './bar-chart-svg.js';

const tempDir = useTempDirs();

describe('the HTML report', () => {
  it('is self-contained and escapes every text, labels from contracts included', async () => {
    const dir = tempDir();
    writeFixtureAssessment(dir, { name: 'X<land> & "Co"' });
    const hostile: Disaggregation = {
      id: 'sex',
      title: 'Sex',
      levels: [{ code: 'girl', label: '<img src=x onerror=alert(1)>', when: q('sex').eq('girl') }],
    };
    const activity = fixtureActivity({
      indicators: FIXTURE_INDICATORS.map((i) => ({ ...i, title: `${i.title} <script>alert(1)</script>` })),
    });
    const built = activity.build();
    const patched = { ...activity, build: () => ({ ...built, disaggregations: [hostile, ...built.disaggregations.slice(1)] }) };
    const outcome = await analyzeAssessment(dir, { activities: [patched] });
    if (outcome.status !== 'success') throw new Error(outcome.message);
    const html = renderResults(outcome.results, 'html');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('X&lt;land&gt; &amp; &quot;Co&quot;');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain("default-src 'none'");
  });

  it('captions every chart, and draws the panels of one indicator on one scale', async () => {
    const dir = tempDir();
    writeFixtureAssessment(dir);
    const outcome = await analyzeAssessment(dir, { activities: [fixtureActivity()] });
    if (outcome.status !== 'success') throw new Error(outcome.message);
    const html = renderResults(outcome.results, 'html');
    const articles = html.split('<article').slice(1);
    let panels = 0;
    for (const article of articles) {
      const figures = article.split('<figure>').slice(1);
      for (const figure of figures)
        expect(figure).toMatch(/<\/svg><figcaption>.+, by .+\. Bars: estimates; whiskers: 95% confidence interval/);
      const scales = figures.map((f) => [...f.matchAll(/class="tick">([^<]*)</g)].map((m) => m[1]).join(' '));
      expect(new Set(scales).size, article.slice(0, 80)).toBeLessThanOrEqual(1);
      panels += figures.length;
    }
    expect(panels).toBeGreaterThan(4);
  });

  it('draws each level as a bar with its interval as a whisker, and a suppressed level as words', () => {
    const base = {
      activity: 'a',
      indicator: 'i',
      disaggregation: 'sex',
      se: 0.01,
      ciMethod: 'logit' as const,
      df: 30,
      n: 100,
      weightedN: 1000,
      deff: 1.1,
      nationalCount: null,
      nationalCountLow: null,
      nationalCountHigh: null,
      notes: [],
    };
    const svg = barChartSvg(
      'By sex',
      [
        { ...base, level: 'boy', levelLabel: 'Boys', estimate: 0.2, ciLow: 0.15, ciHigh: 0.26, flags: [] },
        { ...base, level: 'girl', levelLabel: 'Girls', estimate: null, ciLow: null, ciHigh: null, n: null, flags: ['suppressed'] },
      ],
      'proportion',
    );
    expect(svg.match(/<rect/g)).toHaveLength(1);
    expect(svg).toMatch(/class="whisker"/);
    expect(svg).toContain('20.0%');
    expect(svg).toContain('* suppressed (too few cases)');
  });
});
