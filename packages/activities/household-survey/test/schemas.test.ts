import { describe, expect, it } from 'vitest';
import { compileRecordValidator, evaluate, recordJsonSchema } from '@dh/core';
import { activity } from '../src/index.js';
import { GOOD_CHILD, recordType } from './fixtures.js';

const built = activity.build();
const child = recordType(built, 'child');
const validate = compileRecordValidator(recordJsonSchema(child));

describe('the published child record schema', () => {
  it('accepts a hand-written good interview', () => {
    expect(validate(GOOD_CHILD), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts a refusal with nothing after consent', () => {
    const refusal = Object.fromEntries(Object.keys(GOOD_CHILD).map((k) => [k, null]));
    Object.assign(refusal, {
      child_id: 'H00013-C1',
      household_id: 'H00013',
      line_number: 1,
      stratum: 'region_b_urban',
      psu: 'EA0007',
      interview_date: '2021-02-15',
      interviewer_id: 'INT02',
      interview_language: 'en',
      caregiver_consent: 'no',
    });
    expect(validate(refusal), JSON.stringify(validate.errors)).toBe(true);
  });

  it('agrees with the skip logic: every answered question of the good record was asked, every asked one answered', () => {
    const misfits = child.fields.filter((f) => {
      const asked = f.relevant === undefined || evaluate(f.relevant, GOOD_CHILD);
      const answered = GOOD_CHILD[f.name] !== null && GOOD_CHILD[f.name] !== undefined;
      return asked !== answered;
    });
    expect(misfits.map((f) => f.name)).toEqual([]);
  });

  it.each([
    ['an age above the survey range', { age: 18 }, 'maximum'],
    ['an age written in words', { age: 'fourteen' }, 'type'],
    ['an unknown answer code', { ocsea_threatened: 'maybe' }, 'enum'],
    ['a platform not in the list', { ocsea_sexual_comments_platform: ['social_network', 'myspace'] }, 'enum'],
    ['one platform code instead of a list', { ocsea_sexual_comments_platform: 'social_network' }, 'type'],
    ['no child code', { child_id: null }, 'type'],
    ['a date in another format', { interview_date: '14/02/2021' }, 'format'],
    ['a negative weight', { weight: -3 }, 'minimum'],
    ['a column that is not a variable', { child_name: 'Amina' }, 'additionalProperties'],
  ])('rejects %s', (_what, change, keyword) => {
    expect(validate({ ...GOOD_CHILD, ...change })).toBe(false);
    expect(validate.errors?.map((e) => e.keyword)).toContain(keyword);
  });

  it('rejects a record without the weight column', () => {
    const { weight: _weight, ...withoutWeight } = GOOD_CHILD;
    expect(validate(withoutWeight)).toBe(false);
    expect(validate.errors?.map((e) => e.params)).toContainEqual({ missingProperty: 'weight' });
  });

  it('publishes the instrument version and key with each schema', () => {
    for (const rt of built.recordTypes) {
      const schema = recordJsonSchema(rt);
      expect(schema['x-dh-instrument']).toMatch(/@0\.1\.0$/);
      expect(schema['x-dh-key']).toEqual(rt.key);
    }
  });
});
