import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './edit-distance.js';
import { CaseInsensitiveTargets, type ColumnTarget } from './field-name-candidates.js';
import { seededRandom } from '../../test/seeded-random.js';
import { isMetadataColumn } from './metadata-columns.js';
import { identifierKindOfColumn } from './personal-identifier-names.js';
import { identifierInText } from '../values/personal-identifier-values.js';
import { numberOrText } from '../values/cell-values.js';

describe('did-you-mean suggestions', () => {
  it('counts a swap of neighbours as one slip', () => {
    expect(editDistance('platforms', 'platfroms')).toBe(1);
    expect(editDistance('age', 'aeg')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests only names that are close, ignoring case', () => {
    expect(closestName('Weigth', ['weight', 'psu'])).toBe('weight');
    expect(closestName('region', ['age', 'sex'])).toBeUndefined();
    expect(closestName('ag', ['age', 'sex'])).toBe('age');
  });

  it('stops counting at a limit without changing any distance within it', () => {
    let seed = 3;
    const next = (n: number): number => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
    const word = (): string => Array.from({ length: next(9) }, () => 'abcd'[next(4)]).join('');
    for (let t = 0; t < 5000; t++) {
      const [a, b, limit] = [word(), word(), next(5)];
      const full = editDistance(a, b);
      expect(editDistance(a, b, limit), `${a} ${b} ${limit}`).toBe(full <= limit ? full : limit + 1);
    }
  });

  it('gives no suggestion for a name longer than any field could be near', () => {
    expect(closestName(`weight${'x'.repeat(70)}`, ['weight'])).toBeUndefined();
  });
});

describe('export metadata', () => {
  it.each([
    '_uuid',
    '_submission_time',
    '_index',
    '_parent_index',
    '__version__',
    '_id',
    'start',
    'end',
    'deviceid',
    'meta/instanceID',
    'meta-instanceID',
    'SubmissionDate',
    'KEY',
  ])('tolerates %s', (name) => {
    expect(isMetadataColumn(name)).toBe(true);
  });

  it.each(['age', 'phonenumber', 'email', 'starting_age'])('does not take %s for metadata', (name) => {
    expect(isMetadataColumn(name)).toBe(false);
  });
});

describe('personal identifiers', () => {
  it.each([
    ['child_name', 'names'],
    ['ChildName', 'names'],
    ['surname', 'names'],
    ['respondent-phone', 'phone numbers'],
    ['mobile_number', 'phone numbers'],
    ['e-mail', 'email addresses'],
    ['home_address', 'addresses'],
    ['gps_latitude', 'precise locations'],
  ])('flags a column named %s as holding %s', (name, kind) => {
    expect(identifierKindOfColumn(name)).toBe(kind);
  });

  it.each(['platform_name', 'school_name', 'age', 'instanceName', 'named_platform', 'telling'])('leaves %s alone', (name) => {
    expect(identifierKindOfColumn(name)).toBeUndefined();
  });

  it.each([
    ['call +254 712 345 678', 'a phone number'],
    ['ring 0712-345-678 after 5', 'a phone number'],
    ['(021) 555 0199', 'a phone number'],
    ['mail me at amina.k@example.org', 'an email address'],
  ])('finds an identifier in "%s"', (text, kind) => {
    expect(identifierInText(text)).toBe(kind);
  });

  it.each(['I was 14 in 2021', 'about 3 hours, 2 days a week', 'met at @school', 'grade 10, class 10B'])('finds none in "%s"', (text) => {
    expect(identifierInText(text)).toBeUndefined();
  });
});

describe('numbers in cells', () => {
  it.each([
    ['14', 14],
    ['-3.5', -3.5],
    ['007', 7],
    ['.5', 0.5],
  ])('reads %j as %d', (cell, value) => {
    expect(numberOrText(cell)).toBe(value);
  });

  it.each(['1e3', ' 14', '14 ', '0x0E', '1.2.3', '-', '.', 'fourteen', '1,5', 'Infinity'])('keeps %j as text, for a type error', (cell) => {
    expect(numberOrText(cell)).toBe(cell);
  });
});

describe('column names in another case', () => {
  /** The rule itself: the targets of every name equal to this one but for case, when they all mean the same. */
  function byDefinition(targets: ReadonlyMap<string, ColumnTarget>, name: string): ColumnTarget | undefined {
    const meant = [...targets].filter(([other]) => other.toLowerCase() === name.toLowerCase()).map(([, target]) => JSON.stringify(target));
    return new Set(meant).size === 1 ? (JSON.parse(meant[0] ?? '') as ColumnTarget) : undefined;
  }

  it('finds a name written in another case only where every name it could be means one variable', () => {
    const random = seededRandom(16);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const word = (): string => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(['a', 'A', 'b', 'B', '_'])).join('');
    for (let round = 0; round < 300; round++) {
      const targets = new Map<string, ColumnTarget>();
      for (let k = 0; k < 12; k++)
        targets.set(
          word(),
          random() < 0.5 ? { kind: 'field', field: Math.floor(random() * 3) } : { kind: 'option', field: 0, code: pick(['x', 'y']) },
        );
      const lookup = new CaseInsensitiveTargets(targets);
      for (let q = 0; q < 20; q++) {
        const name = word();
        expect(lookup.get(name), `${name} among ${[...targets.keys()].join(' ')}`).toEqual(byDefinition(targets, name));
      }
    }
    const household = new CaseInsensitiveTargets(
      new Map<string, ColumnTarget>([
        ['age', { kind: 'field', field: 0 }],
        ['Sex', { kind: 'field', field: 1 }],
        ['sex', { kind: 'field', field: 2 }],
      ]),
    );
    expect(household.get('AGE')).toEqual({ kind: 'field', field: 0 });
    expect(household.get('SEX')).toBeUndefined();
  });
});
