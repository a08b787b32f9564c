import { recordTypesOf, type RecordType } from '@dh/core';
import { describe, expect, it } from 'vitest';
import { smallInstrument } from '../../test/core-fixtures.js';
import { fixtureInstrument } from '../../test/fixture-instrument.js';
import { dataPackage } from './data-package.js';
import { tableSchema } from './table-schema.js';

const [child, sibling] = recordTypesOf(fixtureInstrument) as [RecordType, RecordType];
const field = (schema: ReturnType<typeof tableSchema>, name: string) => schema.fields.find((f) => f.name === name);

describe('tableSchema', () => {
  const schema = tableSchema(child);

  it('has one field per variable of the record type, in order, and the record key as primary key', () => {
    expect(schema.fields.map((f) => f.name)).toEqual(child.fields.map((f) => f.name));
    expect(schema.primaryKey).toEqual(['child_id']);
    expect(tableSchema(sibling).primaryKey).toEqual(['child_id', 'sibling_line']);
    expect(schema).toMatchObject({ name: 'child', version: '2.3.4', missingValues: [''] });
  });

  it('types each field as the data arrive: numbers, dates, codes, and select_multiple as a space-separated list', () => {
    expect(Object.fromEntries(schema.fields.map((f) => [f.name, f.type]))).toMatchObject({
      child_id: 'string',
      age: 'integer',
      hours_online: 'number',
      interview_date: 'date',
      region: 'string',
      asked_images_who: 'list',
      any_experience: 'integer',
    });
    expect(field(schema, 'asked_images_who')).toMatchObject({ delimiter: ' ', itemType: 'string' });
  });

  it("declares bounds, allowed codes with labels, and don't know / refused as labelled missing values", () => {
    expect(field(schema, 'age')?.constraints).toEqual({ minimum: 12, maximum: 17 });
    const asked = field(schema, 'asked_images');
    expect(asked?.constraints).toEqual({ enum: ['yes', 'no'] });
    expect(asked?.categories).toEqual([
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ]);
    expect(asked?.missingValues).toEqual([
      { value: '', label: 'not asked or not answered' },
      { value: 'dont_know', label: "Don't know" },
      { value: 'refused', label: 'Prefer not to say' },
    ]);
    expect(field(schema, 'region')?.categories?.map((c) => c.value)).toEqual(['region_a', 'region_b']);
  });

  it('requires a value only where every record must have one, and says "required when asked" in words', () => {
    expect(field(schema, 'child_id')?.constraints).toEqual({ required: true });
    expect(field(schema, 'assent')?.constraints?.required).toBeUndefined();
    expect(field(schema, 'age')?.constraints?.required).toBeUndefined();
    expect(field(schema, 'age')?.description).toBe('Asked when assent is "yes". Required when asked.');
    expect(field(schema, 'told_whom')?.description).toBe('Asked when told_anyone is "yes". Self-completed by the respondent.');
  });

  it('turns record links into foreign keys', () => {
    const links = [{ from: { recordType: 'sibling', fields: ['child_id'] }, to: { recordType: 'child', fields: ['child_id'] } }];
    expect(tableSchema(sibling, links).foreignKeys).toEqual([
      { fields: ['child_id'], reference: { resource: 'child', fields: ['child_id'] } },
    ]);
    expect(tableSchema(child, links).foreignKeys).toBeUndefined();
  });
});

describe('dataPackage', () => {
  const members = recordTypesOf(smallInstrument);

  it('lists one CSV resource per record type with its schema and the dataset version', () => {
    const descriptor = dataPackage({
      name: 'mini',
      version: '1.2.0',
      resources: members.map((r) => ({
        name: r.name,
        path: `data/${r.name}.csv`,
        schema: `tableschema/${r.name}.json`,
        instrument: 'mini@1.2.0',
      })),
    });
    expect(descriptor).toMatchObject({ $schema: 'https://datapackage.org/profiles/2.0/datapackage.json', name: 'mini', version: '1.2.0' });
    expect(descriptor.resources).toEqual([
      {
        name: 'respondent',
        type: 'table',
        path: 'data/respondent.csv',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: 'tableschema/respondent.json',
        'dh:instrument': 'mini@1.2.0',
      },
      {
        name: 'member',
        type: 'table',
        path: 'data/member.csv',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: 'tableschema/member.json',
        'dh:instrument': 'mini@1.2.0',
      },
    ]);
  });

  it('embeds a schema given inline', () => {
    const schema = tableSchema(members[0] as RecordType);
    expect(
      dataPackage({ name: 'mini', version: '1.2.0', resources: [{ name: 'respondent', path: 'r.csv', schema }] }).resources[0]?.schema,
    ).toBe(schema);
  });

  it('refuses names, versions and duplicate resources the Data Package spec does not allow', () => {
    expect(() => dataPackage({ name: 'Mini Survey', version: '1.0.0', resources: [] })).toThrow(/lower-case/);
    expect(() => dataPackage({ name: 'mini', version: 'v1', resources: [] })).toThrow(/not a semantic version/);
    const twice = { name: 'member', path: 'm.csv', schema: 'm.json' };
    expect(() => dataPackage({ name: 'mini', version: '1.0.0', resources: [twice, twice] })).toThrow(/"member" twice/);
  });
});
