import { describe, expect, it } from 'vitest';
import { parseAssessmentConfig, type AssessmentConfigInput } from '@dh/core';
import { activity, FrontlineSettingsSchema, frontlineSettings } from '../src/index.js';
import { FRONTLINE_CONFIG, parsedConfig } from './fixtures.js';

const warnings = (input: AssessmentConfigInput): string[] => {
  const result = parseAssessmentConfig(input, [activity]);
  if (result.status !== 'success') throw new Error(JSON.stringify(result.errors));
  return result.warnings.map((w) => `${w.path}: ${w.message}`);
};

const withTarget = (targetSampleSize: unknown): AssessmentConfigInput => ({
  ...FRONTLINE_CONFIG,
  activities: { 'frontline-worker-survey': { version: '0.1.0', settings: { targetSampleSize } } },
});

describe('the frontline survey settings', () => {
  it('default to a planned sample of 50 workers', () => {
    expect(FrontlineSettingsSchema.parse({})).toEqual({ targetSampleSize: 50 });
    expect(frontlineSettings()).toEqual({ targetSampleSize: 50 });
    expect(frontlineSettings(parsedConfig(FRONTLINE_CONFIG))).toEqual({ targetSampleSize: 60 });
  });

  it('ask for no design variables', () => {
    expect(Object.keys(FrontlineSettingsSchema.shape)).toEqual(['targetSampleSize']);
  });

  it('warn when the planned sample is under the suppression threshold, or the country has no region list', () => {
    expect(warnings(FRONTLINE_CONFIG)).toEqual([]);
    expect(warnings(withTarget(20))).toEqual([
      'activities.frontline-worker-survey.settings.targetSampleSize: the planned 20 respondents are fewer than thresholds.suppressBelow (25): every share of the survey would be suppressed',
    ]);
    const { extensionLists: _lists, ...noRegions } = FRONTLINE_CONFIG;
    expect(warnings(noRegions)).toEqual([
      'extensionLists.region: no region list: the frontline-worker questionnaire asks the region from example regions (region_a, region_b) until one is given',
    ]);
  });

  it('refuse a planned sample that is not a positive whole number', () => {
    for (const bad of [0, 12.5, 'fifty']) expect(parseAssessmentConfig(withTarget(bad), [activity]).status, String(bad)).toBe('failure');
  });

  it('are made by the scaffold from its option', () => {
    const country = { iso: 'XD', name: 'Servania', languages: ['en'] };
    expect(activity.scaffold?.settings({ 'target-sample-size': 40 }, country)).toEqual({ targetSampleSize: 40 });
    expect(activity.scaffold?.settings({}, country)).toEqual({ targetSampleSize: 50 });
  });
});
