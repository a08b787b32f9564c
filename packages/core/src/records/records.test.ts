import { describe, expect, it } from 'vitest';
import { smallInstrument } from '../../test/small-instrument.js';
import { compileRecordValidator } from './validator.js';
import { recordJsonSchema } from './json-schema.js';
import { recordTypesOf } from './record-type.js';
import { recordTypeScript } from './typescript-types.js';

const [respondent, member] = recordTypesOf(smallInstrument);
if (!respondent || !member) throw new Error('the small instrument yields two record types');

const good = { respondent_id: 'R001', consent: 'yes', age: 14, online: 'yes', platforms: ['platform_a'], platform_count: 1, comment: null };

describe('instrument → zod → JSON Schema → ajv', () => {
  const validate = compileRecordValidator(recordJsonSchema(respondent));

  it('splits a roster into its own record type with its own key', () => {
    expect(respondent.name).toBe('respondent');
    expect(member.name).toBe('member');
    expect(member.key).toEqual(['member_respondent_id', 'member_line']);
    expect(member.fields.map((f) => f.name)).toEqual(['member_respondent_id', 'member_line', 'member_age']);
  });

  it('publishes a draft 2020-12 schema naming its record type and instrument version', () => {
    const schema = recordJsonSchema(respondent);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['x-dh-instrument']).toBe('mini@1.2.0');
    expect(schema.additionalProperties).toBe(false);
  });

  it('accepts good records, including empty answers to conditional questions', () => {
    expect(validate(good), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...good, consent: 'no', age: null, online: null, platforms: null, platform_count: null })).toBe(true);
  });

  it.each([
    ['a code not in the list', { consent: 'maybe' }, 'enum'],
    ['an age out of range', { age: 19 }, 'maximum'],
    ['a decimal age', { age: 14.5 }, 'type'],
    ['text where a number belongs', { age: 'fourteen' }, 'type'],
    ['an unknown platform', { platforms: ['platform_z'] }, 'enum'],
    ['no id (always required)', { respondent_id: null }, 'type'],
    ['an unknown column', { nickname: 'Jo' }, 'additionalProperties'],
  ])('rejects %s', (_name, change, keyword) => {
    expect(validate({ ...good, ...change })).toBe(false);
    expect(validate.errors?.map((e) => e.keyword)).toContain(keyword);
  });

  it('derives TypeScript types from the published schema', async () => {
    const ts = await recordTypeScript(recordJsonSchema(respondent), 'RespondentRecord');
    expect(ts).toContain('export interface RespondentRecord');
    expect(ts).toMatch(/age: number \| null/);
    expect(ts).toMatch(/platforms: \("platform_a" \| "platform_b"\)\[\] \| null/);
  });
});
