import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { q, tableColumn, type BuiltActivity, type RecordTable } from '@dh/core';
import { describe, expect, it } from 'vitest';
import { activityRefusalIssue, exitCodeOf, validateDataset } from '../src/index.js';
import { baselineDataset, countOf, validateFiles, withCell, withTable, type Table } from './baseline-dataset.js';
import { csv, scratchFolder } from './fixture-files.js';
import { testActivity } from './test-activity.js';

const base = baselineDataset();

/** The child table with platforms exported as one 0/1 column per option, named `about/platforms<sep><code>`. */
function withOptionColumns(separator: string, cells: (platforms: string) => string[] = oneHot): Table {
  const child = structuredClone(base['child.csv']) as Table;
  const at = child.header.indexOf('about/platforms');
  child.header.splice(at, 1, ...['chat_app', 'video_site', 'game'].map((code) => `about/platforms${separator}${code}`));
  for (const row of child.rows) row.splice(at, 1, ...cells(row[at] ?? ''));
  return child;
}

function oneHot(platforms: string): string[] {
  const chosen = platforms.split(' ');
  return ['chat_app', 'video_site', 'game'].map((code) => (platforms === '' ? '' : chosen.includes(code) ? '1' : '0'));
}

describe('ODK and Kobo export shapes', () => {
  it.each(['/', '.', '_'])('reads select_multiple answers exported as 0/1 columns named platforms%scode', async (separator) => {
    const result = await validateFiles({ ...base, 'child.csv': withOptionColumns(separator) });
    expect(result.counts).toEqual([]);
  });

  it('checks answers rebuilt from 0/1 columns like any other (skip logic included)', async () => {
    const table = withOptionColumns('/', (platforms) => (platforms === '' ? ['1', '0', '0'] : oneHot(platforms)));
    const result = await validateFiles({ ...base, 'child.csv': table });
    // Child 2 said they do not use the internet, child 4 gave no consent: a platform is out of place for both.
    expect(result.issues.filter((i) => i.code === 'answered-not-relevant').map((i) => [i.row, i.field])).toEqual([
      [3, 'platforms'],
      [5, 'platforms'],
    ]);
  });

  it('reports a 0/1 column holding anything else, naming that column', async () => {
    const table = withOptionColumns('/');
    const at = table.header.indexOf('about/platforms/game');
    (table.rows[0] as string[])[at] = 'yes please';
    const result = await validateFiles({ ...base, 'child.csv': table });
    expect(result.issues.find((i) => i.code === 'type-error')).toMatchObject({
      row: 2,
      field: 'about/platforms/game',
      value: 'yes please',
      message: '"yes please" is not 1 (selected) or 0 (not selected)',
    });
  });

  it.each([
    ['bare names', (name: string) => name.split('/').pop() ?? name],
    ['ODK Central dashes', (name: string) => name.replace('/', '-')],
    ['dots', (name: string) => name.replace('/', '.')],
  ])('recognises group prefixes written as %s', async (_label, rename) => {
    const result = await validateFiles(
      withTable(
        base,
        'child.csv',
        (t) => void (t.header = t.header.map((h) => (h.startsWith('about/') || h.startsWith('sensitive/') ? rename(h) : h))),
      ),
    );
    expect(result.counts).toEqual([]);
  });

  it('tolerates the metadata columns of ODK Central and KoboToolbox', async () => {
    const metadata = [
      '_id',
      '_uuid',
      '_submission_time',
      '_index',
      '_parent_index',
      '__version__',
      'start',
      'end',
      'deviceid',
      'meta/instanceID',
      'meta-instanceID',
      'KEY',
      'SubmissionDate',
      'formhub/uuid',
      '_validation_status',
    ];
    const result = await validateFiles(
      withTable(base, 'member.csv', (t) => {
        t.header.push(...metadata);
        for (const row of t.rows) row.push(...metadata.map(() => 'x'));
      }),
    );
    expect(result.counts).toEqual([]);
  });

  it('suggests the variable meant by a misspelt column and names a column that may hold identities', async () => {
    const result = await validateFiles(
      withTable(base, 'household.csv', (t) => {
        t.header.push('weigth', 'respondent_phone');
        for (const row of t.rows) row.push('1', '');
      }),
    );
    expect(result.issues.map((i) => i.message)).toEqual(
      expect.arrayContaining([
        'Column "weigth" is not a variable of household; did you mean "weight"?',
        'Column "respondent_phone" looks like it holds phone numbers',
      ]),
    );
  });
});

describe('recognising record types', () => {
  it('recognises each file by its header, whatever its name and column order', async () => {
    const shuffled = withTable(base, 'child.csv', (t) => {
      const order = t.header.map((_h, i) => i).reverse();
      t.header = order.map((i) => t.header[i] ?? '');
      t.rows = t.rows.map((row) => order.map((i) => row[i] ?? ''));
    });
    const { 'child.csv': child, ...rest } = shuffled;
    const result = await validateFiles({ ...rest, 'export (3).csv': child as Table });
    expect(result.files.map((f) => [basename(f.file), f.recordType])).toContainEqual(['export (3).csv', 'child']);
    expect(result.counts).toEqual([]);
  });

  it('reads a file as the record type it is told to, reporting what its header lacks', async () => {
    const folder = scratchFolder();
    try {
      const file = folder.write('odd.csv', csv(['hh_id', 'weight'], [['H1', '1']]));
      const result = await validateDataset({ activity: testActivity, files: [file], recordType: 'household' });
      expect(result.files[0]).toMatchObject({ recordType: 'household', status: 'checked' });
      expect(result.issues.filter((i) => i.code === 'missing-column').map((i) => i.field)).toEqual([
        'stratum',
        'psu',
        'outcome',
        'n_children',
      ]);
    } finally {
      folder.remove();
    }
  });

  it('reads JSON exports with nested groups, and NDJSON, like CSV', async () => {
    const child = base['child.csv'] as Table;
    const records = child.rows.map((row) => nest(child.header, row));
    const { 'child.csv': _dropped, ...others } = base;
    const asJson = await validateFiles(others, { 'child.json': JSON.stringify(records, null, 2) });
    const asNdjson = await validateFiles(others, { 'child.ndjson': records.map((r) => JSON.stringify(r)).join('\n') });
    expect(asJson.counts).toEqual([]);
    expect(asNdjson.counts).toEqual([]);
    expect(asNdjson.files.find((f) => f.recordType === 'child')).toMatchObject({ format: 'ndjson', rowUnit: 'line', rows: 4 });
  });
});

/** `{"about": {"age": "14"}}` from `about/age`, as Kobo's JSON export nests groups. */
function nest(header: readonly string[], row: readonly string[]): Record<string, unknown> {
  const record: Record<string, Record<string, string> | string> = {};
  header.forEach((name, i) => {
    const [group, field] = name.includes('/') && !name.startsWith('meta/') ? name.split('/') : [undefined, name];
    if (row[i] === '') return;
    if (group !== undefined && field !== undefined)
      record[group] = { ...(record[group] as Record<string, string> | undefined), [field]: row[i] ?? '' };
    else record[name] = row[i] ?? '';
  });
  return record;
}

describe('counts and examples', () => {
  it('counts every issue exactly but keeps only the first examples of each code', async () => {
    const many = withTable(base, 'member.csv', (t) => {
      for (let line = 10; line < 110; line++) t.rows.push(['H1', String(line), '130']);
    });
    const result = await validateFiles(many, {}, { examplesPerCode: 5 });
    expect(countOf(result, 'out-of-range')).toBe(100);
    expect(result.issues.filter((i) => i.code === 'out-of-range').map((i) => i.row)).toEqual([7, 8, 9, 10, 11]);
  });

  it('finds duplicate ids across two files of the same record type, naming the other file', async () => {
    const { 'member.csv': members, ...rest } = base;
    const result = await validateFiles({
      ...rest,
      'member-north.csv': members as Table,
      'member-south.csv': { header: (members as Table).header, rows: [['H2', '1', '30']] },
    });
    expect(result.issues.find((i) => i.code === 'duplicate-id')).toMatchObject({
      row: 2,
      value: 'H2 / 1',
      message: expect.stringMatching(/also on row 4 of .*member-north\.csv$/),
    });
  });

  it('says which checks could not run when a linked file is missing', async () => {
    const { 'household.csv': _household, ...rest } = base;
    const result = await validateFiles(rest);
    expect(result.skippedChecks.map((s) => s.check)).toEqual([
      'link member.member_hh_id → household.hh_id',
      'link child.hh_id → household.hh_id',
      'rule one-child-per-household',
    ]);
  });
});

describe('a missing column', () => {
  it('is reported once, and checks that read it are left out (and listed) instead of failing every row', async () => {
    const data = withTable(base, 'child.csv', (t) => {
      const at = t.header.indexOf('about/online');
      t.header.splice(at, 1);
      for (const row of t.rows) row.splice(at, 1);
    });
    const result = await validateFiles(data);
    expect(result.counts).toEqual([{ code: 'missing-column', severity: 'error', count: 1 }]);
    expect(result.skippedChecks).toEqual([
      expect.objectContaining({
        check: expect.stringMatching(/^skip logic of platforms in .*child\.csv$/),
        reason: 'it reads online, whose column is missing',
      }),
    ]);
  });

  it('when it is a key: reported once, and the links and duplicate check that need it are listed as not run', async () => {
    const rename = (file: string, from: string, to: string) => (d: typeof base) =>
      withTable(d, file, (t) => {
        t.header[t.header.indexOf(from)] = to;
      });
    const household = await validateFiles(rename('household.csv', 'hh_id', 'hh_idd')(base));
    expect(household.counts.map((c) => [c.code, c.count])).toEqual([
      ['missing-column', 1],
      ['extra-column', 1],
    ]);
    expect(household.skippedChecks.map((s) => `${s.check}: ${s.reason}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^duplicate household ids: .*household\.csv has no hh_id column$/),
        expect.stringMatching(/^link member\.member_hh_id → household\.hh_id: .*household\.csv has no hh_id column$/),
        expect.stringMatching(/^link child\.hh_id → household\.hh_id: .*household\.csv has no hh_id column$/),
      ]),
    );
    // The referring side of a one-to-one link: no child is reported as nobody's.
    const caregiver = await validateFiles(rename('caregiver.csv', 'cg_child_id', 'cg_child')(base));
    expect(caregiver.counts.map((c) => c.code)).not.toContain('broken-link');
    expect(caregiver.skippedChecks.map((s) => s.check)).toContain(
      'link caregiver.cg_child_id → child.child_id, child records nobody refers to',
    );
  });
});

describe('cross-record checks', () => {
  it('hands dataset rules only the columns they need, typed as the schema types them', async () => {
    const seen: ReadonlyMap<string, RecordTable>[] = [];
    const spy: BuiltActivity = {
      ...testActivity,
      datasetRules: [
        {
          id: 'spy',
          description: 'records what it is given',
          needs: { household: ['n_children', 'weight'], child: ['about_missing'] },
          check: (tables) => (seen.push(tables), []),
        },
      ],
    };
    const folder = scratchFolder();
    try {
      for (const [name, table] of Object.entries(base)) folder.write(name, csv(table.header, table.rows));
      await validateDataset({ activity: spy, files: folder.dir });
    } finally {
      folder.remove();
    }
    const households = seen[0]?.get('household');
    if (households === undefined) throw new Error('the rule saw no households');
    // Kept as columns while the data are read; rows are made from them when a rule asks.
    expect(tableColumn(households, 'n_children')).toEqual([1, 1, 1, 2]);
    expect(households.rows[0]).toEqual({ n_children: 1, weight: 1.5 });
    expect(households.rows.map((row) => row['weight'])).toEqual(tableColumn(households, 'weight'));
    expect(households.rowNumbers).toEqual([2, 3, 4, 5]);
    expect(seen[0]?.get('child')?.rows[0]).toEqual({ about_missing: null });
  });

  it('runs a dataset rule once its record types are read, and reports it where a rule run after the last file is', async () => {
    // A rule on households alone, and a caregiver rule raising the same code on rows read after it: with room for two
    // examples the caregiver rows' must be kept, and every example of the dataset rule must come after those of the
    // links and the design, as when every file is read first. The same rule also reading caregivers runs last.
    const log: string[] = [];
    const onProgress = ({ file }: { file: string }) => {
      if (log.at(-1) !== basename(file)) log.push(basename(file));
    };
    const everyHousehold = (id: string, needs: BuiltActivity['datasetRules'][number]['needs']) => ({
      id,
      description: 'flags every household',
      needs,
      *check(tables: ReadonlyMap<string, RecordTable>) {
        log.push(`rule ${id}`);
        const households = tables.get('household');
        if (households === undefined) return;
        for (const [index, row] of households.rowNumbers.entries())
          yield {
            code: 'rule-failed' as const,
            file: households.file,
            record: 'household',
            row,
            field: 'hh_id',
            value: String(tableColumn(households, 'hh_id')[index]),
          };
      },
    });
    const withRule = (rule: BuiltActivity['datasetRules'][number]): BuiltActivity => ({
      ...testActivity,
      recordRules: [
        ...testActivity.recordRules,
        {
          id: 'never',
          recordType: 'caregiver',
          description: 'always fails',
          assert: q('cg_consent').eq('never'),
          severity: 'error',
          message: 'fails',
          field: 'cg_consent',
        },
      ],
      datasetRules: [rule],
    });
    const data = withCell(withCell(base, 'child.csv', 3, 'hh_id', 'H9'), 'household.csv', 2, 'weight', '-1');
    const folder = scratchFolder();
    for (const [name, table] of Object.entries(data)) folder.write(name, csv(table.header, table.rows));
    const run = async (id: string, needs: BuiltActivity['datasetRules'][number]['needs'], examplesPerCode: number) => {
      log.length = 0;
      const result = await validateDataset({
        activity: withRule(everyHousehold(id, needs)),
        files: folder.dir,
        examplesPerCode,
        onProgress,
      });
      return { result, log: [...log] };
    };
    try {
      const early = await run('early', { household: ['hh_id'] }, 2);
      const last = await run('last', { household: ['hh_id'], caregiver: [] }, 2);
      // Households are read first: the rule on them alone runs before the other files are read, the other after the last.
      expect(early.log).toEqual(['household.csv', 'rule early', 'member.csv', 'child.csv', 'caregiver.csv']);
      expect(last.log).toEqual(['household.csv', 'member.csv', 'child.csv', 'caregiver.csv', 'rule last']);
      expect(early.result).toEqual(last.result);
      expect(early.result.issues.filter((i) => i.code === 'rule-failed').map((i) => basename(i.file ?? ''))).toEqual([
        'caregiver.csv',
        'caregiver.csv',
      ]);
      expect(countOf(early.result, 'rule-failed')).toBe(base['caregiver.csv']!.rows.length + base['household.csv']!.rows.length);
      const { result: all } = await run('early', { household: ['hh_id'] }, 100);
      const firstOfRule = all.issues.findIndex((i) => i.code === 'rule-failed' && i.record === 'household');
      expect(all.issues.slice(firstOfRule).map((i) => i.code)).toEqual(
        Array.from({ length: base['household.csv']!.rows.length }, () => 'rule-failed'),
      );
      expect(all.issues.slice(0, firstOfRule).map((i) => i.code)).toEqual(
        expect.arrayContaining(['broken-link', 'weight-invalid', 'rule-failed']),
      );
    } finally {
      folder.remove();
    }
  });

  it('checks links that point backwards (a cycle of links) once every file is read', async () => {
    const cyclic: BuiltActivity = {
      ...testActivity,
      links: [
        ...testActivity.links,
        { from: { recordType: 'household', fields: ['hh_id'] }, to: { recordType: 'child', fields: ['hh_id'] } },
      ],
    };
    const folder = scratchFolder();
    try {
      const data = withCell(base, 'child.csv', 3, 'hh_id', 'H9');
      for (const [name, table] of Object.entries(data)) folder.write(name, csv(table.header, table.rows));
      const result = await validateDataset({ activity: cyclic, files: folder.dir });
      expect(result.issues.filter((i) => i.code === 'broken-link').map((i) => [basename(i.file ?? ''), i.row, i.value])).toEqual(
        expect.arrayContaining([
          ['household.csv', 5, 'H4'],
          ['child.csv', 5, 'H9'],
        ]),
      );
    } finally {
      folder.remove();
    }
  });

  it('reports each extra reference of a one-to-one link and each record nobody refers to', async () => {
    const result = await validateFiles(withCell(base, 'caregiver.csv', 1, 'cg_child_id', 'C1'));
    expect(result.issues.filter((i) => i.code === 'count-mismatch').map((i) => i.message)).toEqual([
      'child "C1" is already referred to by the caregiver record on row 2; each child must have exactly one caregiver',
    ]);
    expect(result.issues.filter((i) => i.code === 'broken-link').map((i) => i.message)).toEqual([
      'child_id = "C2" has no matching caregiver',
    ]);
  });

  it('says that a one-PSU stratum leaves its variance inestimable', async () => {
    const result = await validateFiles(withCell(base, 'household.csv', 3, 'psu', 'P3'));
    expect(result.issues.find((i) => i.code === 'single-psu-stratum')?.message).toBe(
      'Stratum "north_rural" has only 1 PSU (P3), so the sampling variance in this stratum cannot be estimated',
    );
  });

  it('explains an answer given without being asked by the condition that failed', async () => {
    const result = await validateFiles(withCell(base, 'child.csv', 1, 'about/platforms', 'game'));
    expect(result.issues.find((i) => i.code === 'answered-not-relevant')?.message).toBe(
      'platforms is answered ("game") but not asked when online is not "yes" (online = "no")',
    );
  });

  it('never copies a personal identifier into the report', async () => {
    const result = await validateFiles(withCell(base, 'child.csv', 1, 'sensitive/comment', 'write to amina.k@example.org'));
    const issue = result.issues.find((i) => i.code === 'personal-identifier-value');
    expect(issue?.message).toBe('comment looks like it holds an email address');
    expect(JSON.stringify(result)).not.toContain('amina');
  });
});

describe('the whole run', () => {
  it('refuses data unread when the activity says it may not run under the assessment (no ethical clearance recorded)', async () => {
    type Config = Parameters<typeof activityRefusalIssue>[1];
    const definition = {
      id: 'fixture-conversations',
      refusal: (config: Config) =>
        config?.activities['fixture-conversations']?.settings['ethicalClearance'] === undefined
          ? 'assessment.json records no ethical clearance for it.'
          : undefined,
    };
    const uncleared = { activities: { 'fixture-conversations': { version: '1.0.0', settings: {} } } } as unknown as Config;
    const precondition = activityRefusalIssue(definition, uncleared);
    expect(precondition).toMatchObject({ code: 'activity-refused' });
    const result = await validateFiles(base, {}, { preconditions: precondition ? [precondition] : [] });
    expect(result.counts).toEqual([{ code: 'activity-refused', severity: 'error', count: 1 }]);
    expect(result.issues[0]?.message).toBe(
      'fixture-conversations data may not be handled: assessment.json records no ethical clearance for it.',
    );
    expect(result.files).toEqual([]);
    const cleared = {
      activities: {
        'fixture-conversations': {
          version: '1.0.0',
          settings: { ethicalClearance: { body: 'IRB', reference: 'X-1', date: '2021-01-01' } },
        },
      },
    } as unknown as Config;
    expect(activityRefusalIssue(definition, cleared)).toBeUndefined();
  });

  it('skips documents in a folder that are not tables, and reads nothing else than data files', async () => {
    const result = await validateFiles(base, {
      'assessment.json': '{"country": "XA"}',
      'readme.md': '# notes',
      '.hidden.csv': 'a,b\n1,2\n',
    });
    expect(result.files.map((f) => [basename(f.file), f.status])).toContainEqual(['assessment.json', 'skipped']);
    expect(result.files.map((f) => basename(f.file))).not.toContain('readme.md');
    expect(result.counts).toEqual([]);
  });

  it('reports an empty folder as unreadable input', async () => {
    const folder = scratchFolder();
    try {
      const result = await validateDataset({ activity: testActivity, files: folder.dir });
      expect(result.issues[0]?.message).toBe(`The folder ${folder.dir} holds no data file (.csv, .xlsx, .json or .ndjson).`);
      expect(exitCodeOf(result)).toBe(2);
    } finally {
      folder.remove();
    }
  });

  it.each([
    ['clean data', 0, base, {}],
    ['data with errors', 1, withCell(base, 'child.csv', 0, 'about/age', '30'), {}],
    ['warnings only', 0, withCell(base, 'child.csv', 0, 'about/hours', '13'), {}],
    ['warnings only, strict', 1, withCell(base, 'child.csv', 0, 'about/hours', '13'), { strict: true }],
  ])('exits on %s with %i', async (_label, code, dataset, options) => {
    expect(exitCodeOf(await validateFiles(dataset), options)).toBe(code);
  });

  it('never changes the files it reads', async () => {
    const folder = scratchFolder();
    try {
      const paths = Object.entries(withCell(base, 'child.csv', 0, 'about/age', '30')).map(([name, t]) =>
        folder.write(name, csv(t.header, t.rows)),
      );
      const digest = () => paths.map((p) => createHash('sha256').update(readFileSync(p)).digest('hex'));
      const before = digest();
      await validateDataset({ activity: testActivity, files: folder.dir, onProgress: () => undefined });
      expect(digest()).toEqual(before);
    } finally {
      folder.remove();
    }
  });

  it('evaluates skip logic with the activity expressions (a rule on a computed value)', async () => {
    const ruled: BuiltActivity = {
      ...testActivity,
      recordRules: [
        {
          id: 'r',
          recordType: 'child',
          description: '',
          assert: q('platform_count').eq(q('platforms').countSelected()),
          severity: 'error',
          message: 'platform_count {platform_count} disagrees with platforms "{platforms}"',
          field: 'platform_count',
        },
      ],
    };
    const folder = scratchFolder();
    try {
      const data = withCell(base, 'child.csv', 0, 'about/platform_count', '3');
      for (const [name, table] of Object.entries(data)) folder.write(name, csv(table.header, table.rows));
      const result = await validateDataset({ activity: ruled, files: folder.dir });
      expect(result.issues.find((i) => i.code === 'rule-failed')?.message).toBe(
        'platform_count 3 disagrees with platforms "chat_app game"',
      );
    } finally {
      folder.remove();
    }
  });
});
