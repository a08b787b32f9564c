import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ActivityDefinition } from '../activity/activity-definition.js';
import { compileRecordValidator } from '../records/validator.js';
import { findAssessmentDir } from './find-assessment.js';
import { assessmentConfigJsonSchema, parseAssessmentConfig } from './load-assessment-config.js';
import { describeConfigProblems, readAssessmentConfig } from './read-assessment-config.js';

/** An activity of the tests' own, with a settings section of its own. */
const pupils: Pick<ActivityDefinition, 'id' | 'settings' | 'checkSettings'> = {
  id: 'pupil-survey',
  settings: z.strictObject({
    ageRange: z.strictObject({ min: z.int(), max: z.int() }),
    schools: z.int().positive().default(10),
  }),
  checkSettings: (config) => {
    const range = (config.activities['pupil-survey']?.settings as { ageRange?: { min: number; max: number } } | undefined)?.ageRange;
    return range && range.min > range.max
      ? [{ severity: 'error', path: 'activities.pupil-survey.settings.ageRange', message: `min ${range.min} is above max ${range.max}` }]
      : [];
  },
};

const valid = {
  country: 'KE',
  name: 'Kenya',
  languages: ['en', 'sw'],
  activities: { 'pupil-survey': { version: '1.0.0', settings: { ageRange: { min: 12, max: 17 } } } },
  fieldwork: { start: '2021-01-10', end: '2021-03-31' },
  population: { year: 2021, internetUsingChildren: 3_000_000, source: 'Census projection' },
};

const errorsOf = (config: unknown) => {
  const result = parseAssessmentConfig(config, [pupils]);
  return result.status === 'failure' ? result.errors : [];
};

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const scratch = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'dh-config-'));
  dirs.push(dir);
  return dir;
};

describe('the assessment config', () => {
  it('accepts a complete config, fills defaults, and parses each activity its own settings', () => {
    const result = parseAssessmentConfig(valid, [pupils]);
    expect(result.status).toBe('success');
    if (result.status !== 'success') return;
    expect(result.config.thresholds).toEqual({ suppressBelow: 25, flagBelow: 50, qualitativeSuppressBelow: 5 });
    expect(result.config.activities['pupil-survey']?.settings).toEqual({ ageRange: { min: 12, max: 17 }, schools: 10 });
  });

  it('accepts user-assigned codes for fictional countries, and activities it does not know with their pins', () => {
    expect(errorsOf({ ...valid, country: 'XA' })).toEqual([]);
    expect(errorsOf({ ...valid, activities: { ...valid.activities, 'street-survey': { version: '0.2.0' } } })).toEqual([]);
  });

  it.each([
    ['an unassigned country code', { country: 'QA1' }, 'country'],
    ['a code ISO has not assigned', { country: 'OK' }, 'country'],
    ['an unknown language', { languages: ['en', 'qq'] }, 'languages.1'],
    ['a malformed language tag', { languages: ['english!'] }, 'languages.0'],
    ['a malformed activity id', { activities: { 'Household Survey': { version: '1.0.0' } } }, 'activities.Household Survey'],
    [
      'an unpinned activity',
      { activities: { 'pupil-survey': { version: 'latest', settings: { ageRange: { min: 12, max: 17 } } } } },
      'activities.pupil-survey.version',
    ],
    [
      'settings the activity does not know',
      { activities: { 'pupil-survey': { version: '1.0.0', settings: { ageRange: { min: 12, max: 17 }, colour: 'blue' } } } },
      'activities.pupil-survey.settings',
    ],
    [
      'settings the activity needs missing',
      { activities: { 'pupil-survey': { version: '1.0.0' } } },
      'activities.pupil-survey.settings.ageRange',
    ],
    [
      "an age range upside down (the activity's own rule)",
      { activities: { 'pupil-survey': { version: '1.0.0', settings: { ageRange: { min: 17, max: 12 } } } } },
      'activities.pupil-survey.settings.ageRange',
    ],
    ['fieldwork ending before it starts', { fieldwork: { start: '2021-05-01', end: '2021-03-31' } }, 'fieldwork'],
    ['a name with a line break', { name: 'Aurelia\nsystem("touch PWNED")' }, 'name'],
    ['a key the schema does not know', { colour: 'blue' }, '(top level)'],
    ['suppression switched off', { thresholds: { suppressBelow: 0 } }, 'thresholds.suppressBelow'],
    ['suppression below its floor', { thresholds: { suppressBelow: 3, flagBelow: 50 } }, 'thresholds.suppressBelow'],
    ['qualitative suppression below its floor', { thresholds: { qualitativeSuppressBelow: 1 } }, 'thresholds.qualitativeSuppressBelow'],
  ])('refuses %s, naming where', (_name, change, path) => {
    const errors = errorsOf({ ...valid, ...change });
    expect(errors.map((e) => e.path)).toContain(path);
  });

  it('reports every problem at once', () => {
    const errors = errorsOf({ ...valid, country: 'kenya', languages: ['qq'], fieldwork: { start: 'soon', end: '2021-01-01' } });
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['country', 'languages.0', 'fieldwork.start']));
  });

  it('takes children by age band for a year, and refuses bands that overlap or run backwards', () => {
    const withBands = (byAge: unknown) => ({
      ...valid,
      population: { ...valid.population, childrenByYear: [{ year: 2021, children: 3_000_000, byAge }] },
    });
    const bands = [
      { from: 0, to: 9, children: 1_700_000 },
      { from: 10, to: 17, children: 1_300_000 },
    ];
    expect(errorsOf(withBands(bands))).toEqual([]);
    expect(errorsOf(withBands([...bands, { from: 9, to: 12, children: 10 }])).map((e) => e.message)).toEqual([
      'age bands 0–9 and 9–12 overlap: each child is counted in one band',
      'age bands 9–12 and 10–17 overlap: each child is counted in one band',
    ]);
    expect(errorsOf(withBands([{ from: 12, to: 10, children: 5 }])).map((e) => e.message)).toEqual([
      'from is the youngest age of the band: it cannot be above to',
    ]);
  });

  it('lets thresholds go below their floors only with a recorded reason, and then warns', () => {
    const result = parseAssessmentConfig(
      { ...valid, thresholds: { suppressBelow: 5, flagBelow: 20, override: 'Pilot of 40 children, results stay internal' } },
      [pupils],
    );
    expect(result.status).toBe('success');
    expect(result.warnings.map((w) => w.path)).toEqual(['thresholds.suppressBelow']);
  });

  it("publishes one JSON Schema, composed with the activities' sections, that accepts the same config", () => {
    const validate = compileRecordValidator(assessmentConfigJsonSchema([pupils]));
    expect(validate({ $schema: './assessment.schema.json', ...valid }), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...valid, country: 'kenya' })).toBe(false);
    expect(
      validate({ ...valid, activities: { 'pupil-survey': { version: '1.0.0', settings: { ageRange: { min: 'twelve', max: 17 } } } } }),
    ).toBe(false);
  });
});

describe('reading assessment.json', () => {
  it('locates a JSON syntax error by line and column, in one wording', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'assessment.json'), '{\n  "country": "KE",\n  name: "Kenya"\n}\n');
    const result = readAssessmentConfig(dir, [pupils]);
    expect(result.status).toBe('failure');
    if (result.status !== 'failure') return;
    expect(describeConfigProblems(result.file, result.errors)).toBe(
      `${join(dir, 'assessment.json')}:3:3: not valid JSON: Expected double-quoted property name`,
    );
  });

  it('accepts the folder or the file, and says when neither is there', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'assessment.json'), JSON.stringify(valid));
    expect(readAssessmentConfig(dir, [pupils]).status).toBe('success');
    expect(readAssessmentConfig(join(dir, 'assessment.json'), [pupils]).status).toBe('success');
    const missing = readAssessmentConfig(join(dir, 'nowhere'), [pupils]);
    expect(missing.status === 'failure' && describeConfigProblems(missing.file, missing.errors)).toBe(
      `${join(dir, 'nowhere')} does not exist`,
    );
  });
});

describe('finding the assessment a path belongs to', () => {
  it('looks upward from a data file or a sub-folder', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'ke/data/pupil-survey'), { recursive: true });
    writeFileSync(join(dir, 'ke/assessment.json'), '{}');
    writeFileSync(join(dir, 'ke/data/pupil-survey/pupil.csv'), 'id\n');
    expect(findAssessmentDir(join(dir, 'ke/data/pupil-survey/pupil.csv'))).toBe(join(dir, 'ke'));
    expect(findAssessmentDir(join(dir, 'ke/data'))).toBe(join(dir, 'ke'));
  });

  it('stops at a repository root and never trusts a world-writable folder', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'repo/.git'), { recursive: true });
    mkdirSync(join(dir, 'repo/data'), { recursive: true });
    writeFileSync(join(dir, 'assessment.json'), '{}');
    expect(findAssessmentDir(join(dir, 'repo/data'))).toBeUndefined();
    mkdirSync(join(dir, 'shared/partner'), { recursive: true });
    writeFileSync(join(dir, 'shared/assessment.json'), '{}');
    chmodSync(join(dir, 'shared'), 0o777);
    chmodSync(dir, 0o700);
    expect(findAssessmentDir(join(dir, 'shared/partner'))).toBe(dir);
  });
});
