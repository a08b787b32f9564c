import { describe, expect, it } from 'vitest';
import type { FieldDefinition, RecordType, ValueType } from '@dh/core';
import { seededRandom } from '../../test/seeded-random.js';
import { compileFieldValidators, meaningfulErrors } from './field-validators.js';
import { valueProblems } from './value-problems.js';

const CODES = ['yes', 'no', 'dont_know', '-98', '1', '10', 'Yes', 'yes '];

function field(name: string, valueType: ValueType, extra: Partial<FieldDefinition> = {}): FieldDefinition {
  return { name, valueType, required: false, extensionList: false, selfCompleted: false, freeText: false, path: [], ...extra };
}

/** Every field type, with and without the bounds, lengths, patterns and lists the schemas carry. */
const FIELDS: readonly FieldDefinition[] = [
  field('age', 'integer', { minimum: 12, maximum: 17 }),
  field('count', 'integer', { required: true }),
  field('hours', 'integer', { minimum: 0 }),
  field('weight', 'number', { required: true }),
  field('share', 'number', { minimum: 0, maximum: 1 }),
  field('when', 'date'),
  field('note', 'string'),
  field('excerpt', 'string', { maxLength: 5 }),
  field('ward', 'string', { pattern: { regex: '^[A-Z]{2}-\\d{3}$', description: 'two capitals, a dash, three digits' } }),
  field('answer', 'code', { codes: ['yes', 'no', 'dont_know', '-98'].map((code) => ({ code, label: { key: code, en: code } })) }),
  field('many', 'code', { codes: Array.from({ length: 30 }, (_, i) => ({ code: `c${i}`, label: { key: `c${i}`, en: `${i}` } })) }),
  field('devices', 'codes', { codes: ['yes', 'no', '1', '10'].map((code) => ({ code, label: { key: code, en: code } })) }),
];

const recordType: RecordType = {
  name: 'probe',
  title: { key: 'probe', en: 'Probe' },
  instrumentId: 'probe',
  instrumentVersion: '1.0.0',
  key: [],
  fields: FIELDS,
};

/** Text a tablet, a spreadsheet or a careless hand writes: numbers of every shape, dates, codes, odd spaces and characters. */
function randomCell(rand: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(rand() * 10))).join('');
  const shapes: (() => string)[] = [
    () => String(Math.floor(rand() * 40) - 10),
    () => (rand() * 30 - 5).toFixed(Math.floor(rand() * 4)),
    () => pick(['-', '.', '-.', '.5', '-0', '00012', '12.', '1e3', ' 14', '14 ', '0x0E', '+3', '1,5', 'NaN', 'Infinity', '--1', '1.2.3']),
    () => digits(1 + Math.floor(rand() * 400)),
    () => `${pick(['19', '20', '00', '99'])}${digits(2)}-${digits(2)}-${digits(2)}`,
    () =>
      pick([
        '2024-02-29',
        '2023-02-29',
        '2000-02-29',
        '1900-02-29',
        '2021-04-31',
        '2021-12-31',
        '2021-13-01',
        '2021-1-01',
        '2021-01-01T00:00',
        '2O21-01-01',
        '２０２１-01-01',
        '2021-0a-01',
        '2021-01-3!',
        '2021/01/01',
        '+2021-01-01',
        '0000-01-01',
      ]),
    () => pick(CODES),
    () => Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(CODES)).join(pick([' ', '  ', ','])),
    () => `${pick(['', ' '])}${pick(CODES)}${pick(['', ' '])}`,
    () => `c${Math.floor(rand() * 40)}`,
    () => `${pick(['AB', 'ab', 'XYZ', 'Q'])}-${digits(Math.floor(rand() * 5))}`,
    () => pick(['a', 'abcde', 'abcdef', '😀😀😀😀😀', '😀😀😀😀😀😀', 'é', '\u0000', '\uD83D', 'tab\there', 'line\nbreak']),
  ];
  return pick(shapes)();
}

describe('compiled cell checks', () => {
  const validators = compileFieldValidators(recordType);

  it('compile a check for every field type the record schemas use', () => {
    expect(validators.map((v, i) => [FIELDS[i]?.name, v.check !== undefined])).toEqual(FIELDS.map((f) => [f.name, true]));
  });

  it('give the same verdict as ajv on random values of every field type', () => {
    const rand = seededRandom(20261201);
    const disagreements: string[] = [];
    for (let round = 0; round < 4000; round++) {
      const cell = randomCell(rand);
      if (cell === '') continue;
      validators.forEach((validator, i) => {
        const byAjv = validator.validate(validator.coerce(cell)) as boolean;
        if (validator.check?.(cell) !== byAjv) disagreements.push(`${FIELDS[i]?.name ?? ''}: ${JSON.stringify(cell)} (ajv says ${byAjv})`);
      });
    }
    expect(disagreements).toEqual([]);
  });

  it("explain a refused value as ajv's errors do, problem by problem and in order, on random values of every field type", () => {
    const rand = seededRandom(20261202);
    const disagreements: string[] = [];
    let explained = 0;
    for (let round = 0; round < 4000; round++) {
      const cell = randomCell(rand);
      if (cell === '') continue;
      validators.forEach((validator, i) => {
        const value = validator.coerce(cell);
        validator.validate(value);
        const byAjv = valueProblems(cell, value, meaningfulErrors(validator.validate.errors));
        const compiled = validator.explain?.(cell);
        if (byAjv.length > 0) explained++;
        if (JSON.stringify(compiled) !== JSON.stringify(byAjv))
          disagreements.push(
            `${FIELDS[i]?.name ?? ''}: ${JSON.stringify(cell)}: ${JSON.stringify(compiled)}, ajv ${JSON.stringify(byAjv)}`,
          );
      });
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
    // Refused values of every kind came up: wrong types, out of range, unknown codes, bad formats.
    expect(explained).toBeGreaterThan(4000);
  });

  it('accept and refuse the values a partner file holds', () => {
    const verdicts = (name: string, cells: readonly string[]) => {
      const validator = validators[FIELDS.findIndex((f) => f.name === name)];
      return cells.map((cell) => validator?.check?.(cell));
    };
    expect(verdicts('age', ['12', '17', '11', '18', '14.5', 'fourteen'])).toEqual([true, true, false, false, false, false]);
    expect(verdicts('when', ['2024-02-29', '2023-02-29', '2021-04-31', '21-04-01'])).toEqual([true, false, false, false]);
    expect(verdicts('devices', ['yes no', 'yes  10', 'yes maybe', ' no '])).toEqual([true, true, false, true]);
    expect(verdicts('excerpt', ['😀😀😀😀😀', 'abcdef'])).toEqual([true, false]);
  });
});
