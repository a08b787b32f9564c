import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkGeneratedFiles, createAjv, describeDrift } from '@dh/core';
import { fixtureActivity } from '../../test/support/fixture-activity.js';
import { useTempDirs, writeFixtureAssessment } from '../../test/support/fixture-assessment.js';
import { analyzeAssessment } from '../analyze/analyze-assessment.js';
import { compareResults } from '../compare/compare-results.js';
import { renderComparison } from '../compare/write-comparison.js';
import { analysisArtefacts } from './analysis-artefacts.js';
import { renderResults } from './write-results.js';
import { comparisonJsonSchema } from '../compare/comparison-schema.js';
import { resultsJsonSchema } from './results-schema.js';

const tempDir = useTempDirs();

describe('published JSON Schemas', () => {
  it('match what the zod schemas generate (regenerate with: npm run generate -w @dh/analysis)', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const drift = checkGeneratedFiles(root, analysisArtefacts(), ['schema']);
    expect(drift, describeDrift(drift, 'npm run generate -w @dh/analysis')).toEqual([]);
  });

  it('accept the JSON that dh analyze and dh compare write, suppressed cells and refusals included', async () => {
    const dir = tempDir();
    writeFixtureAssessment(dir);
    const other = tempDir();
    writeFixtureAssessment(other, { country: 'XB', ageRange: { min: 9, max: 17 } });
    const [a, b] = await Promise.all([dir, other].map((d) => analyzeAssessment(d, { activities: [fixtureActivity()] })));
    if (a?.status !== 'success' || b?.status !== 'success') throw new Error('analysis failed');
    const ajv = createAjv();
    const validResults = ajv.compile(resultsJsonSchema());
    const results = JSON.parse(renderResults(a.results, 'json')) as unknown;
    expect(validResults(results), ajv.errorsText(validResults.errors)).toBe(true);
    expect(a.results.estimates.some((e) => e.flags.includes('suppressed'))).toBe(true);
    const tampered = JSON.parse(renderResults(a.results, 'json')) as { estimates: { flags: string[]; estimate: unknown }[] };
    if (tampered.estimates[0]) tampered.estimates[0].estimate = 'about 10%';
    expect(validResults(tampered)).toBe(false);
    const validComparison = ajv.compile(comparisonJsonSchema());
    const comparison = JSON.parse(renderComparison(compareResults([a.results, b.results]), 'json')) as unknown;
    expect(validComparison(comparison), ajv.errorsText(validComparison.errors)).toBe(true);
  });
});
