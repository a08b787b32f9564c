import { describe, expect, it } from 'vitest';
import { parseAssessmentConfig, type AssessmentConfigInput, type ConfigProblem } from '@dh/core';
import { activity, LegalSettingsSchema, legalSettings } from '../src/index.js';
import { parsedConfig, REVIEW_CONFIG } from './fixtures.js';

const withReviewers = (reviewers: unknown): AssessmentConfigInput => ({
  ...REVIEW_CONFIG,
  activities: { 'legal-policy-review': { version: '0.1.0', settings: { reviewers } } },
});

function errors(input: AssessmentConfigInput): readonly ConfigProblem[] {
  const result = parseAssessmentConfig(input, [activity]);
  if (result.status === 'success') throw new Error('the config was accepted');
  return result.errors;
}

describe('the review settings', () => {
  it('default to no listed reviewers', () => {
    expect(LegalSettingsSchema.parse({})).toEqual({ reviewers: [] });
    expect(legalSettings()).toEqual({ reviewers: [] });
    expect(legalSettings(parsedConfig({ ...REVIEW_CONFIG, activities: { 'legal-policy-review': { version: '0.1.0' } } }))).toEqual({
      reviewers: [],
    });
  });

  it('read the reviewers an assessment lists', () => {
    expect(legalSettings(parsedConfig(REVIEW_CONFIG)).reviewers).toEqual(['R01', 'LR-02']);
  });

  it('refuse a name where a reviewer code belongs, and a code listed twice', () => {
    expect(errors(withReviewers(['Jane Doe'])).map((e) => e.path)).toEqual(['activities.legal-policy-review.settings.reviewers.0']);
    expect(errors(withReviewers(['R01', 'R01'])).map((e) => e.message)).toEqual(['reviewer code "R01" is listed twice']);
  });

  it('are made by the scaffold from a comma-separated option', () => {
    const country = { iso: 'XB', name: 'Lexland', languages: ['en'] };
    expect(activity.scaffold?.settings({ reviewers: 'R01, LR-02' }, country)).toEqual({ reviewers: ['R01', 'LR-02'] });
    expect(activity.scaffold?.settings({}, country)).toEqual({ reviewers: [] });
    expect(activity.scaffold?.options.map((o) => o.name)).toEqual(['reviewers']);
  });
});
