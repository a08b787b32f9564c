import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { q } from '../expression/builders.js';
import { codeOf, codesOf, defineRecordType, freeText, recordList } from './define-record-type.js';
import { recordJsonSchema } from './json-schema.js';
import { recordTypeScript } from './typescript-types.js';
import { compileRecordValidator } from './validator.js';

const respondentTypes = recordList('respondent_type', [
  ['child', 'Child victim'],
  ['caregiver', 'Caregiver'],
  ['professional', 'Justice professional'],
]);
const themes = recordList('theme', [
  ['training_gap', 'Lack of training'],
  ['slow_evidence', 'Evidence from platforms is slow to obtain'],
]);
const yesNo = recordList('yes_no', [
  ['yes', 'Yes'],
  ['no', 'No'],
]);

const log = defineRecordType({
  name: 'interview_log',
  title: 'Interview log: one row per interview',
  key: ['interview_code'],
  instrument: { id: 'fixture_log', version: '1.0.0' },
  lists: [respondentTypes, themes, yesNo],
  schema: z.strictObject({
    interview_code: z
      .string()
      .regex(/^[A-Z0-9-]+$/)
      .meta({ description: 'Anonymous interview code' }),
    respondent_type: codeOf(respondentTypes).meta({ description: 'Respondent type' }),
    duration_minutes: z.int().min(1).max(600).nullable().meta({ description: 'Length in minutes' }),
    interview_date: z.iso.date(),
    assent: codeOf(yesNo),
    themes_raised: codesOf(themes).nullable(),
    excerpt: freeText(300).nullable(),
  }),
  relevant: { assent: q('respondent_type').eq('child') },
});

describe('record types declared directly (zod)', () => {
  it("become field definitions like a questionnaire's", () => {
    const field = (name: string) => log.fields.find((f) => f.name === name);
    expect(log.fields.map((f) => f.name)).toEqual([
      'interview_code',
      'respondent_type',
      'duration_minutes',
      'interview_date',
      'assent',
      'themes_raised',
      'excerpt',
    ]);
    expect(field('respondent_type')).toMatchObject({
      valueType: 'code',
      required: true,
      listName: 'respondent_type',
      label: { key: 'records.interview_log.respondent_type.label', en: 'Respondent type' },
    });
    expect(field('respondent_type')?.codes?.map((c) => c.label.en)).toEqual(['Child victim', 'Caregiver', 'Justice professional']);
    expect(field('duration_minutes')).toMatchObject({ valueType: 'integer', required: false, minimum: 1, maximum: 600 });
    expect(field('interview_date')?.valueType).toBe('date');
    expect(field('themes_raised')?.valueType).toBe('codes');
    expect(field('excerpt')).toMatchObject({ valueType: 'string', freeText: true, maxLength: 300 });
    expect(field('assent')?.relevant).toEqual(q('respondent_type').eq('child'));
  });

  it('go through the same JSON Schema → ajv → TypeScript pipeline', async () => {
    const validate = compileRecordValidator(recordJsonSchema(log));
    const good = {
      interview_code: 'AJ-01',
      respondent_type: 'child',
      duration_minutes: 45,
      interview_date: '2021-03-01',
      assent: 'yes',
      themes_raised: ['training_gap'],
      excerpt: null,
    };
    expect(validate(good), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...good, respondent_type: 'judge' })).toBe(false);
    expect(validate({ ...good, excerpt: 'x'.repeat(301) })).toBe(false);
    expect(validate({ ...good, duration_minutes: 0 })).toBe(false);
    const ts = await recordTypeScript(recordJsonSchema(log), 'InterviewLogRecord');
    expect(ts).toMatch(/respondent_type: "child" \| "caregiver" \| "professional"/);
  });

  it('refuses a field type a record cannot hold, or a list it does not know, naming the field', () => {
    const bad = () =>
      defineRecordType({
        name: 'bad',
        title: 'Bad',
        key: ['id'],
        instrument: { id: 'x', version: '1.0.0' },
        lists: [],
        schema: z.strictObject({ id: z.string(), flags: z.array(z.string()), kind: codeOf(yesNo) }),
      });
    expect(bad).toThrow(/field "flags" has a type a record cannot hold/);
    expect(bad).toThrow(/field "kind" holds codes of list "yes_no", which is not among the record type's lists/);
  });
});
