// Rows checked on several threads (`rowThreads`) give the report one thread gives, issue for issue:
// the same counts, the same examples kept, in the same order, on damaged data of every shape.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { basename } from 'node:path';
import { defineInstrument, integer, recordTypesOf, text } from '@dh/core';
import { describe, expect, it } from 'vitest';
import { IssueSink, type IssueSinkPart } from '../src/issues/issue-sink.js';
import { openTable, validateDataset, type RowThreads, type ValidationResult } from '../src/index.js';
import { claimedRows, LEFT_TO_OTHERS } from '../src/rows/record-checker.js';
import { checkRowShare, rowThreadPool } from '../src/threads/index.js';
import { baselineDataset, type Dataset, type Table } from './baseline-dataset.js';
import { csv, scratchFolder } from './fixture-files.js';
import { seededRandom } from './seeded-random.js';
import { testActivity } from './test-activity.js';

/** Values that break a cell in every way a check looks for: empty, wrong type, out of range, identities, quotes and line breaks. */
const DAMAGE = ['', 'abc', '999', '-1', 'maybe', '12.5', 'call +44 7700 900123', 'jane.doe@example.org', 'said "no",\nthen left', ' 14 '];

/** Many households made from the baseline, each cell damaged now and then, some rows cut short or too long, blank lines between. */
function damagedDataset(seed: number, households: number): { dataset: Dataset; raw: Record<string, string> } {
  const random = seededRandom(seed);
  const base = baselineDataset();
  const dataset: Dataset = {};
  for (const [name, table] of Object.entries(base)) {
    const rows: string[][] = [];
    for (let h = 0; h < households; h++) {
      for (const row of table.rows) {
        // Ids made unique per copy, except now and then, so duplicates and broken links occur too.
        const copy = row.map((cell) => (/^[HCG]\d+$/.test(cell) && random() > 0.02 ? `${cell}-${h}` : cell));
        for (let c = 0; c < copy.length; c++) if (random() < 0.04) copy[c] = DAMAGE[Math.floor(random() * DAMAGE.length)] ?? '';
        if (random() < 0.01) copy.length = Math.max(1, copy.length - 2);
        if (random() < 0.01) copy.push('surplus');
        rows.push(copy);
        // A blank line now and then: a row of the file, not of the data (the threads must count alike).
        if (random() < 0.01) rows.push([]);
      }
    }
    dataset[name] = { header: [...table.header], rows };
  }
  // An extra column where identities leak, and select_multiple answers exported as 0/1 columns.
  const child = dataset['child.csv'] as Table;
  child.header.push('notes');
  for (const row of child.rows) row.push(random() < 0.05 ? 'ring 0712 345 678' : '');
  const at = child.header.indexOf('about/platforms');
  child.header.splice(at, 1, 'about/platforms/chat_app', 'about/platforms/video_site', 'about/platforms/game');
  for (const row of child.rows) {
    const chosen = (row[at] ?? '').split(' ');
    const cells = ['chat_app', 'video_site', 'game'].map((code) => (random() < 0.03 ? '2' : chosen.includes(code) ? '1' : '0'));
    row.splice(at, 1, ...cells);
  }
  // A second file of households, some ids repeating the first file's.
  const more = (dataset['household.csv'] as Table).rows.slice(0, 40).map((r, i) => (i % 3 === 0 ? r : [`${r[0] ?? ''}-b`, ...r.slice(1)]));
  return { dataset, raw: { 'household-more.csv': csv((dataset['household.csv'] as Table).header, more) } };
}

/** A CSV file as KoboToolbox and Excel export it: every value quoted, CRLF line ends. */
function quotedCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',');
  return `${[line(header), ...rows.map((row) => (row.length === 0 ? '' : line(row)))].join('\r\n')}\r\n`;
}

async function validateBoth(
  dataset: Dataset,
  raw: Record<string, string>,
  examplesPerCode: number,
  threads: RowThreads,
  quoteAll = false,
): Promise<[ValidationResult, ValidationResult]> {
  const folder = scratchFolder();
  try {
    for (const [name, table] of Object.entries(dataset))
      folder.write(name, quoteAll ? quotedCsv(table.header, table.rows) : csv(table.header, table.rows));
    for (const [name, content] of Object.entries(raw)) folder.write(name, content);
    const options = {
      activity: testActivity,
      files: folder.dir,
      examplesPerCode,
      collect: new Map([['child', ['child_id', 'about/age']]]),
    };
    return [await validateDataset(options), await validateDataset({ ...options, rowThreads: threads })];
  } finally {
    folder.remove();
  }
}

describe('rows checked on several threads', () => {
  it.each([
    [1, 1, 3, false],
    [2, 3, 20, false],
    [3, 7, 1, false],
    [4, 256, 5, false],
    [5, 2, 3, true],
    [6, 64, 5, true],
  ])(
    'give the report of one thread (seed %i, %i rows per block, %i examples per code, every value quoted: %s)',
    async (seed, rowsPerBlock, examplesPerCode, quoteAll) => {
      // Blocks dealt in turns: every thread checks rows, however soon the reading thread would have claimed them all.
      const pool = rowThreadPool({ threads: 3, minFileBytes: 0, rowsPerBlock, deal: 'turns' });
      try {
        const { dataset, raw } = damagedDataset(seed, 80);
        const [alone, shared] = await validateBoth(dataset, raw, examplesPerCode, pool, quoteAll);
        // Quoting every value changes no value: the issues are those of the file quoted only where needed.
        if (quoteAll) expect(alone.counts).toEqual((await validateBoth(dataset, raw, examplesPerCode, pool))[0].counts);
        // The damage reaches every kind of check, so the comparison covers them all.
        const codes = alone.counts.map((c) => c.code);
        for (const code of ['type-error', 'required-missing', 'duplicate-id', 'personal-identifier-value', 'broken-link'])
          expect(codes, code).toContain(code);
        expect(shared).toEqual(alone);
      } finally {
        await pool.close();
      }
    },
  );

  it('end once every file is read, run on while a dataset rule runs, and start again for the next run', async () => {
    const pool = rowThreadPool({ threads: 2, minFileBytes: 0, rowsPerBlock: 8, deal: 'turns' });
    const events: string[] = [];
    const watched: RowThreads = {
      sharingFor: (file, format) => pool.sharingFor(file, format),
      check: (job) => {
        events.push(`check (${pool.running} running)`);
        return pool.check(job).then((part) => {
          events.push('part');
          return part;
        });
      },
      release: async () => {
        await pool.release();
        events.push(`released (${pool.running} running)`);
      },
    };
    const activity = {
      ...testActivity,
      datasetRules: testActivity.datasetRules.map((rule) => ({
        ...rule,
        check: (tables: Parameters<typeof rule.check>[0]) => {
          events.push(`rule (${pool.running} running)`);
          return rule.check(tables);
        },
      })),
    };
    const folder = scratchFolder();
    try {
      const { dataset } = damagedDataset(8, 40);
      for (const [name, table] of Object.entries(dataset)) folder.write(name, csv(table.header, table.rows));
      const options = { activity, files: folder.dir, examplesPerCode: 3 };
      const alone = await validateDataset(options);
      const run = () => validateDataset({ ...options, rowThreads: watched });
      events.length = 0;
      expect(await run()).toEqual(alone);
      const files = Object.keys(dataset).length;
      // The thread answers each file when it has checked its rows there, whenever that is: only how many answers is fixed.
      const once = [
        'check (0 running)',
        ...Array.from({ length: files - 1 }, () => 'check (1 running)'),
        // The rule reads households and children, and runs once they are read, while the thread reads the caregivers.
        ...activity.datasetRules.map(() => 'rule (1 running)'),
        'released (0 running)',
      ];
      const parts = (list: string[]) => list.filter((event) => event === 'part').length;
      expect(events.filter((event) => event !== 'part')).toEqual(once);
      expect(parts(events)).toBe(files);
      events.length = 0;
      expect(await run()).toEqual(alone);
      expect(events.filter((event) => event !== 'part')).toEqual(once);
      expect(parts(events)).toBe(files);
    } finally {
      await pool.close();
      folder.remove();
    }
  });

  it('claim blocks as they reach them: each block is checked once, and the report is the same', async () => {
    // The other thread's part run here, between this one's reads: whichever reaches a block first checks it.
    const claims: Uint8Array[] = [];
    const interleaved: RowThreads = {
      sharingFor: () => {
        const sharing = {
          threads: 2,
          block: 4,
          claims: new Uint8Array(new SharedArrayBuffer(1024)),
          read: new Int32Array(new SharedArrayBuffer(4)),
        };
        claims.push(sharing.claims);
        return sharing;
      },
      check: (job) => checkRowShare(job),
    };
    const { dataset, raw } = damagedDataset(6, 80);
    const [alone, shared] = await validateBoth(dataset, raw, 3, interleaved);
    expect(shared).toEqual(alone);
    const holders = new Set(claims.flatMap((c) => [...c]));
    expect([...holders].sort()).toEqual([0, 1, 2]);
  });

  it('leave the reading thread’s next block to another thread close behind it, and check it there once the other falls behind', () => {
    // The reading thread also does the work across rows: it leaves a block to a thread that claimed one of the last 8 behind it.
    const share = (thread: number, claims: Uint8Array) => ({ thread, block: 10, claims, read: new Int32Array(new SharedArrayBuffer(4)) });
    const claims = new Uint8Array(new SharedArrayBuffer(40));
    const reading = claimedRows(share(1, claims));
    const other = claimedRows(share(2, claims));
    // Nobody else yet: the reading thread claims what it reaches.
    expect([0, 10, 20].map((ordinal) => reading.wants(ordinal))).toEqual([true, true, true]);
    // The other thread skips those and claims the next; the reading thread, reaching block 4, leaves it and counts it.
    expect([0, 10, 20, 30].map((ordinal) => other.wants(ordinal))).toEqual([false, false, false, true]);
    expect(reading.wants(40)).toBe(false);
    expect(claims[4]).toBe(LEFT_TO_OTHERS);
    expect(reading.leftToOthers).toBe(1);
    // The other thread claims the block left to it; the reading thread never takes it back.
    expect(other.wants(40)).toBe(true);
    expect(claims[4]).toBe(2);
    // Nine blocks ahead of the other thread's last claim, the reading thread checks the block itself.
    for (let b = 5; b < 13; b++) reading.wants(b * 10);
    expect(claims.slice(5, 13)).toEqual(new Uint8Array(8).fill(LEFT_TO_OTHERS));
    expect(reading.wants(130)).toBe(true);
    expect(claims[13]).toBe(1);
    // A block beyond the claims (the file grew) is the reading thread's.
    expect(reading.wants(400)).toBe(true);
    expect(other.wants(400)).toBe(false);
  });

  it('read on to the blocks the reading thread left them, when they start after it has read the whole file', async () => {
    const { dataset, raw } = damagedDataset(9, 600);
    // Data rows per file (blank lines are not data rows): the other thread waits for the reading one to pass the last block.
    const rowsIn = new Map(Object.entries(dataset).map(([name, table]) => [name, table.rows.filter((row) => row.length > 0).length]));
    rowsIn.set('household-more.csv', 40);
    const block = 2;
    const sharings: { claims: Uint8Array; last: number; leftAtStart?: number }[] = [];
    const late: RowThreads = {
      sharingFor: (file) => {
        const last = Math.floor(((rowsIn.get(basename(file)) ?? 1) - 1) / block);
        const claims = new Uint8Array(new SharedArrayBuffer(last + 1));
        // Every tenth block is the other thread's already: the reading thread leaves it the next eight and checks the ninth.
        for (let b = 0; b < claims.length; b += 10) claims[b] = 2;
        if (last % 10 === 0) claims[last] = 0;
        sharings.push({ claims, last });
        return { threads: 2, block, claims, read: new Int32Array(new SharedArrayBuffer(4)) };
      },
      check: async (job) => {
        const sharing = sharings.find((s) => s.claims === job.share.claims);
        if (sharing === undefined) throw new Error('unknown sharing');
        while (Atomics.load(sharing.claims, sharing.last) === 0) await new Promise((resolve) => setTimeout(resolve, 1));
        sharing.leftAtStart = sharing.claims.filter((holder) => holder === LEFT_TO_OTHERS).length;
        return checkRowShare(job);
      },
    };
    const [alone, shared] = await validateBoth(dataset, raw, 3, late);
    expect(shared).toEqual(alone);
    for (const { claims, leftAtStart } of sharings) {
      expect(leftAtStart).toBeGreaterThan(0);
      expect(claims.includes(LEFT_TO_OTHERS)).toBe(false);
    }
  });

  it('leave a batch’s reading problems before the rows of it another thread checked, in a file nothing reads across rows', async () => {
    // No key column, no link, no design: the reading thread raises nothing on the rows it leaves to the other.
    const instrument = defineInstrument({
      id: 'things',
      title: 'Things',
      version: '1.0.0',
      recordType: 'thing',
      choiceLists: [],
      key: ['code'],
      children: [text('code', 'Code'), text('name', 'Name'), integer('age', 'Age', { min: 0, max: 10 })],
    });
    const activity = {
      ...testActivity,
      instruments: [instrument],
      recordTypes: recordTypesOf(instrument),
      links: [],
      recordRules: [],
      datasetRules: [],
      designs: [],
      consent: [],
    };
    const folder = scratchFolder();
    try {
      const lines = ['name,age', ...Array.from({ length: 60_000 }, (_, i) => `n${i},${i % 10}`)];
      const file = folder.write('things.csv', `${lines.join('\n')}\n`);
      const opened = await openTable(file);
      if (opened.status === 'failure') throw new Error(opened.problem.code);
      const starts: number[] = [];
      let seen = 0;
      for await (const batch of opened.table.rows()) {
        starts.push(seen);
        seen += batch.rows.length;
      }
      // A wrong age in the other thread's last block before the second batch, a short row early in that batch.
      const second = starts[1] ?? 0;
      const bad = Math.floor((second - 1) / 100) % 2 === 1 ? second - 1 : Math.floor((second - 1) / 100) * 100 - 1;
      lines[1 + bad] = `n${bad},abc`;
      lines[1 + second + 5] = `n${second + 5}`;
      folder.write('things.csv', `${lines.join('\n')}\n`);
      const pool = rowThreadPool({ threads: 2, minFileBytes: 0, rowsPerBlock: 100, deal: 'turns' });
      try {
        const options = { activity, files: [file], recordType: 'thing' };
        const alone = await validateDataset(options);
        expect(alone.issues.map((i) => i.code)).toEqual(['missing-column', 'type-error', 'malformed-row']);
        expect(await validateDataset({ ...options, rowThreads: pool })).toEqual(alone);
      } finally {
        await pool.close();
      }
    } finally {
      folder.remove();
    }
  });

  it('are read again on this thread alone when a thread fails, with the same report, the threads let go first', async () => {
    let released = 0;
    const failing: RowThreads = {
      sharingFor: () => ({
        threads: 2,
        block: 2,
        claims: new Uint8Array(new SharedArrayBuffer(64)).fill(2),
        read: new Int32Array(new SharedArrayBuffer(4)),
      }),
      check: () => Promise.reject(new Error('the thread could not start')),
      // Ending them may fail too: that costs memory, never the report.
      release: () => {
        released++;
        return Promise.reject(new Error('the thread would not end'));
      },
    };
    const { dataset, raw } = damagedDataset(5, 20);
    const [alone, recovered] = await validateBoth(dataset, raw, 4, failing);
    expect(alone.totals.error).toBeGreaterThan(0);
    expect(recovered).toEqual(alone);
    expect(released).toBe(1);
  });

  it('read the files again on one thread when rows left to another thread were not reached by it (the file changed meanwhile)', async () => {
    const { dataset, raw } = damagedDataset(12, 300);
    const folder = scratchFolder();
    const shortened = folder.write('shortened.csv', 'id\n');
    let sent = 0;
    const short: RowThreads = {
      sharingFor: () => {
        const claims = new Uint8Array(new SharedArrayBuffer(4096));
        // Every tenth block the other thread's already: the reading thread leaves it the next eight.
        for (let b = 0; b < claims.length; b += 10) claims[b] = 2;
        return { threads: 2, block: 2, claims, read: new Int32Array(new SharedArrayBuffer(4)) };
      },
      // The other thread finds the file with no rows: it ends before the blocks left to it.
      check: (job) => {
        sent++;
        return checkRowShare({ ...job, file: shortened });
      },
    };
    try {
      const [alone, shared] = await validateBoth(dataset, raw, 3, short);
      expect(sent).toBeGreaterThan(0);
      expect(shared).toEqual(alone);
    } finally {
      folder.remove();
    }
  });

  it('dealt blocks in turns, check every block dealt to them, however far behind the reading thread they are', async () => {
    const { dataset, raw } = damagedDataset(13, 600);
    const late: RowThreads = {
      sharingFor: () => {
        const claims = new Uint8Array(new SharedArrayBuffer(65536));
        for (let b = 0; b < claims.length; b++) claims[b] = (b % 2) + 1;
        return { threads: 2, block: 4, claims, read: new Int32Array(new SharedArrayBuffer(4)) };
      },
      // The other thread starts once the reading thread has read the whole file (files of several 64 KiB batches).
      check: async (job) => {
        while (Atomics.load(job.share.read, 0) !== 1) await new Promise((resolve) => setTimeout(resolve, 1));
        return checkRowShare(job);
      },
    };
    const [alone, shared] = await validateBoth(dataset, raw, 3, late);
    expect(shared).toEqual(alone);
  });

  it('started before any file is shared load their code and wait, then check rows as sent, with the same report', async () => {
    const pool = rowThreadPool({ threads: 3, minFileBytes: 0, rowsPerBlock: 16, deal: 'turns' });
    try {
      pool.prestart();
      expect(pool.running).toBe(2);
      // Started again, the threads running are kept.
      pool.prestart();
      expect(pool.running).toBe(2);
      const { dataset, raw } = damagedDataset(11, 40);
      const [alone, shared] = await validateBoth(dataset, raw, 3, pool);
      expect(shared).toEqual(alone);
    } finally {
      await pool.close();
    }
    expect(pool.running).toBe(0);
  });

  it('start from one file holding the code they run, which loads only Node’s own modules and the project reader’s XML parser', () => {
    // Built by scripts/bundle-worker.mjs: a thread that loads one file, not some 300 modules, is ready sooner.
    const bundle = readFileSync(new URL('../dist/threads/check-worker.bundle.js', import.meta.url), 'utf8');
    const loaded = [
      ...[...bundle.matchAll(/^import .* from ['"]([^'"]+)['"];$/gm)].map((m) => m[1]),
      ...[...bundle.matchAll(/__require\("([^"]+)"\)/g)].map((m) => m[1]),
    ];
    expect(loaded.length).toBeGreaterThan(0);
    // The XML parser of REFI-QDA projects stays a package of its own: a thread never reads one.
    expect(loaded.filter((name) => !builtinModules.includes((name ?? '').replace(/^node:/, '')))).toEqual(['saxes']);
    expect(bundle).toContain('parentPort');
  });

  it('are not used for small files or other formats than CSV', () => {
    const pool = rowThreadPool({ threads: 4 });
    const folder = scratchFolder();
    try {
      const small = folder.write('small.csv', 'a,b\n1,2\n');
      expect(pool.sharingFor(small, 'csv')).toBeUndefined();
      expect(rowThreadPool({ threads: 4, minFileBytes: 0 }).sharingFor(small, 'csv')?.threads).toBe(4);
      expect(rowThreadPool({ threads: 4, minFileBytes: 0 }).sharingFor(small, 'xlsx')).toBeUndefined();
      expect(rowThreadPool({ threads: 1, minFileBytes: 0 }).sharingFor(small, 'csv')).toBeUndefined();
    } finally {
      folder.remove();
    }
  });
});

describe('an issue sink absorbing another thread’s part', () => {
  it('adds the counts, and keeps the first examples of each code by position, in position order', () => {
    const here = new IssueSink(2);
    const there = new IssueSink(2);
    const raise = (sink: IssueSink, row: number) => {
      sink.at(1, row - 2, 0);
      if (sink.count('type-error', undefined, 0)) sink.keep({ code: 'type-error', file: 'a.csv', row, field: 'age', value: 'x' });
    };
    for (const row of [3, 6, 7]) raise(here, row);
    for (const row of [2, 4, 5, 8]) raise(there, row);
    here.at(2, -1, 0);
    if (here.count('duplicate-id', undefined, 0)) here.keep({ code: 'duplicate-id', file: 'a.csv', row: 9, field: 'id', value: 'C1' });
    const part: IssueSinkPart = structuredClone(there.part());
    here.absorb(part);
    expect(here.counts).toEqual([
      { code: 'type-error', severity: 'error', count: 7 },
      { code: 'duplicate-id', severity: 'error', count: 1 },
    ]);
    expect(here.totals.error).toBe(8);
    expect(here.totalsOfFile(0).error).toBe(8);
    expect(here.examples.map((i) => [i.code, i.row])).toEqual([
      ['type-error', 2],
      ['type-error', 3],
      ['duplicate-id', 9],
    ]);
  });
});
