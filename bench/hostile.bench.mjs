#!/usr/bin/env node
/**
 * Hostile inputs for `dh validate`, run on demand after `npm run build` (minutes, and up to ~2 GB
 * of disk in a temp folder that is removed afterwards):
 *
 *   node bench/hostile.bench.mjs [--only name,name] [--shared-strings-mb 944] [--timeout-factor 3] [--cli-only] [--keep]
 *
 * Each case builds its input in a temp folder, runs the built CLI on it in a fresh process
 * (`node packages/cli/dist/bin.js validate <file> …`), and checks the outcome: for a file that must
 * be refused, exit code 2 with a clear message and no stack trace, within a time and peak-memory
 * bound. It prints the command, the exit code, the wall time and the peak RSS of each run, and
 * exits 1 if any check failed. Peak RSS comes from GNU time (/usr/bin/time) when present. A run is
 * killed after --timeout-factor times its time bound (raise it to see how long an old build takes);
 * --cli-only skips the in-process timings (an old build's e-mail pattern takes minutes on them).
 *
 * Cases (the reported problems they reproduce):
 * - xlsx-temp-files: a workbook in Excel's part order (sheet before shared strings), interrupted
 *   with SIGINT and read to the end: nothing may appear in the run's own TMPDIR.
 * - xlsx-hidden-bomb: a 3 GB shared-strings part hidden before the listed parts (a ~8 MB file).
 * - xlsx-shared-strings: a workbook whose listed shared-strings table expands to --shared-strings-mb.
 * - xlsx-many-strings: just over 2,000,000 empty shared strings (a small file, large in memory).
 * - redos-email-cell: a 325 KB free-text cell built to make the old e-mail pattern backtrack.
 * - deep-json, deep-ndjson: a record nested a million levels.
 * - mixed-line-endings: a CSV with a CRLF header and rows, then LF rows: every row must be read whole.
 * - stray-quotes: a 1.3 MB line of quotes that open no value (the search for its record's end was quadratic).
 * - wide-header: a header with 190,000 unknown columns (the "did you mean" search was quadratic).
 * - many-files: 20,000 one-row files in one folder.
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'packages/cli/dist/bin.js');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const only = option('--only', '')?.split(',').filter(Boolean) ?? [];
const sharedStringsMb = Number(option('--shared-strings-mb', '944'));
const keep = args.includes('--keep');
const timeoutFactor = Number(option('--timeout-factor', '3'));
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const MB = 1024 * 1024;

if (!existsSync(cli)) {
  console.error(`${relative(process.cwd(), cli)} is missing: run npm run build first.`);
  process.exit(1);
}

// ---------------------------------------------------------------- zip building (no library needed)

/** Writes a zip whose entries come from `entries` in order: { name, data } or { name, chunks: async iterable, level }. */
async function writeZip(path, entries, { hidden = [] } = {}) {
  const fd = openSync(path, 'w');
  let offset = 0;
  const central = [];
  const put = (buffer) => {
    writeSync(fd, buffer, 0, buffer.length, offset);
    offset += buffer.length;
  };
  for (const entry of [...hidden.map((e) => ({ ...e, hidden: true })), ...entries]) {
    const name = Buffer.from(entry.name);
    const headerAt = offset;
    // The header goes in last, once sizes and checksum are known.
    put(Buffer.alloc(30 + name.length));
    const { compressed, size, crc } = entry.raw
      ? storeRaw(put, entry)
      : await deflateInto(put, entry.chunks ?? [entry.data], entry.level ?? 6);
    const header = localHeader(name, crc, compressed, size);
    writeSync(fd, header, 0, header.length, headerAt);
    if (!entry.hidden) central.push(centralHeader(name, crc, compressed, size, headerAt));
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  put(directory);
  put(end);
  closeSync(fd);
}

/** Already-deflated bytes; the checksum is left 0, as nothing should ever get to check it. */
function storeRaw(put, entry) {
  put(entry.raw);
  return { compressed: entry.raw.length, size: entry.size, crc: 0 };
}

async function deflateInto(put, chunks, level) {
  const deflate = createDeflateRaw({ level });
  let compressed = 0;
  let size = 0;
  let crc = 0;
  const drained = (async () => {
    for await (const piece of deflate) {
      compressed += piece.length;
      put(piece);
    }
  })();
  for await (const chunk of chunks) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += bytes.length;
    crc = crc32(bytes, crc);
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await drained;
  return { compressed, size, crc };
}

function localHeader(name, crc, compressed, size) {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8);
  header.writeUInt32LE(crc >>> 0, 14);
  header.writeUInt32LE(compressed, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function centralHeader(name, crc, compressed, size, offset) {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(8, 10);
  header.writeUInt32LE(crc >>> 0, 16);
  header.writeUInt32LE(compressed, 20);
  header.writeUInt32LE(size, 24);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, name]);
}

/** The parts of a one-sheet workbook whose cells A1, A2… are shared strings 0, 1…. */
function minimalWorkbook(rows) {
  const cells = Array.from({ length: rows }, (_, row) => `<row r="${row + 1}"><c r="A${row + 1}" t="s"><v>${row}</v></c></row>`).join('');
  return [
    { name: 'xl/workbook.xml', data: '<workbook xmlns:r="r"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>' },
    { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>' },
    { name: 'xl/worksheets/sheet1.xml', data: `<worksheet><sheetData>${cells}</sheetData></worksheet>` },
  ];
}

async function* repeated(prefix, unit, bytes, suffix) {
  yield prefix;
  const block = Buffer.from(unit.repeat(Math.max(1, Math.floor(MB / unit.length))));
  for (let written = 0; written < bytes; written += block.length) yield block;
  yield suffix;
}

/** A raw deflate stream of `blocks` copies of one MB: each copy compressed alone, so copies can follow one another. */
function repeatedDeflate(unit, blocks) {
  const block = Buffer.from(unit.repeat(Math.floor(MB / unit.length)));
  const once = deflateRawSync(block, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const head = deflateRawSync(Buffer.from('<sst>'), { finishFlush: constants.Z_SYNC_FLUSH });
  const tail = deflateRawSync(Buffer.from('</sst>'));
  return { raw: Buffer.concat([head, ...new Array(blocks).fill(once), tail]), size: 5 + block.length * blocks + 6 };
}

// ---------------------------------------------------------------- the cases

const cases = [
  {
    name: 'xlsx-temp-files',
    why: 'exceljs spilled sheets met before the shared strings to $TMPDIR; after Ctrl-C two 76 MB copies remained',
    async build(dir) {
      const { default: ExcelJS } = await import('exceljs');
      const file = join(dir, 'child.xlsx');
      // The streaming writer puts the sheet before the shared strings, as Excel does.
      const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
      const sheet = writer.addWorksheet('child');
      sheet
        .addRow(['child_id', 'household_id', 'line_number', 'child_age', 'remarks', ...Array.from({ length: 25 }, (_, i) => `q${i}`)])
        .commit();
      for (let row = 1; row <= 75_000; row++) {
        sheet
          .addRow([
            `C${row}`,
            `H${row}`,
            1,
            12 + (row % 6),
            `said something private ${row}`,
            ...Array.from({ length: 25 }, (_, i) => `answer ${(row * 31 + i) % 4999}`),
          ])
          .commit();
      }
      sheet.commit();
      await writer.commit();
      return { args: [file, '--record', 'child'], size: statSync(file).size };
    },
    runs: [
      { label: 'interrupted (SIGINT after 4 s)', interruptAfterMs: 4000, expect: { tmpEmpty: true, maxSeconds: 60 } },
      { label: 'read to the end', expect: { tmpEmpty: true, exitNot: 2, maxSeconds: 300 } },
    ],
  },
  {
    name: 'xlsx-hidden-bomb',
    why: 'an unlisted 3 GB xl/sharedStrings.xml before the listed parts: RSS 6.9 GB, then a heap crash (exit 134)',
    async build(dir) {
      const file = join(dir, 'hidden.xlsx');
      const bomb = repeatedDeflate('<si><t>planted</t></si>', 3 * 1024);
      await writeZip(file, minimalWorkbook(2), { hidden: [{ name: 'xl/sharedStrings.xml', ...bomb }] });
      return { args: [file], size: statSync(file).size };
    },
    runs: [{ expect: { exit: 2, message: /does not list/, maxSeconds: 10, maxRssMb: 400 } }],
  },
  {
    name: 'xlsx-shared-strings',
    why: `a workbook with a ${sharedStringsMb} MB shared-strings table: 81 s and 2.7 GB RSS (944 MB table, 119 MB file)`,
    async build(dir) {
      const file = join(dir, 'strings.xlsx');
      let row = 0;
      async function* strings() {
        yield '<sst>';
        let written = 0;
        while (written < sharedStringsMb * MB) {
          let piece = '';
          for (let i = 0; i < 2000; i++)
            piece += `<si><t>answer ${row++} ${((row * 2654435761) % 4294967296).toString(36)} ${'text '.repeat(row % 9)}</t></si>`;
          written += piece.length;
          yield piece;
        }
        yield '</sst>';
      }
      await writeZip(file, [...minimalWorkbook(3), { name: 'xl/sharedStrings.xml', chunks: strings(), level: 1 }]);
      return { args: [file], size: statSync(file).size };
    },
    runs: [{ expect: { exit: 2, message: /shared-strings table .*over the 100 MB/, maxSeconds: 10, maxRssMb: 400 } }],
  },
  {
    name: 'xlsx-many-strings',
    why: 'a small shared-strings table of very many strings is large in memory',
    async build(dir) {
      const file = join(dir, 'many.xlsx');
      const count = 2_000_001;
      await writeZip(file, [
        ...minimalWorkbook(3),
        { name: 'xl/sharedStrings.xml', chunks: repeated('<sst>', '<si/>', count * 5, '</sst>'), level: 9 },
      ]);
      return { args: [file], size: statSync(file).size };
    },
    runs: [{ expect: { exit: 2, message: /2,000,000 strings/, maxSeconds: 15, maxRssMb: 400 } }],
  },
  {
    name: 'redos-email-cell',
    why: 'one 325 KB free-text cell (a@ + a.×150,000 + 1) took 84 s in the e-mail pattern',
    async build(dir) {
      const file = join(dir, 'household.csv');
      const source = readFileSync(join(root, 'examples/xa/data/household-survey/household.csv'), 'utf8').split('\n');
      const header = source[0].split(',');
      const remarks = header.indexOf('interviewer_remarks');
      const cells = source[1].split(',');
      cells[remarks] = `a@${'a.'.repeat(150_000)}1`;
      writeFileSync(file, [source[0], cells.join(','), ...source.slice(2)].join('\n'));
      return { args: [file, '--record', 'household', '--config', join(root, 'examples/xa')], size: statSync(file).size };
    },
    runs: [{ expect: { exitNot: 2, maxSeconds: 10, maxRssMb: 400 } }],
    async inProcess() {
      const { identifierInText } = await import(
        pathToFileURL(join(root, 'packages/validate/dist/values/personal-identifier-values.js')).href
      );
      const cell = `a@${'a.'.repeat(150_000)}1`;
      const figures = [];
      for (const [label, options] of [
        ['first 10,000 characters (default)', {}],
        ['whole 300 KB cell', { maxChars: Infinity }],
      ]) {
        const started = performance.now();
        identifierInText(cell, options);
        figures.push(`identifierInText, ${label}: ${(performance.now() - started).toFixed(1)} ms`);
      }
      const megabyte = `a@${'a.'.repeat(MB / 2)}1`;
      const started = performance.now();
      identifierInText(megabyte, { maxChars: Infinity });
      figures.push(`identifierInText, whole 1 MB cell of the same shape: ${(performance.now() - started).toFixed(1)} ms`);
      return figures;
    },
  },
  {
    name: 'deep-json',
    why: 'deep nesting inside a record gave "Maximum call stack size exceeded" with a hint about permissions',
    async build(dir) {
      const file = join(dir, 'deep.json');
      const depth = 1_000_000;
      writeFileSync(file, `[\n{"id": 1},\n{"id": 2, "deep": ${'['.repeat(depth)}1${']'.repeat(depth)}}\n]\n`);
      return { args: [file], size: statSync(file).size };
    },
    runs: [{ expect: { exit: 2, message: /line 3 .*more than 64 levels deep/, maxSeconds: 10, maxRssMb: 500 } }],
  },
  {
    name: 'deep-ndjson',
    why: 'the same, one record per line',
    async build(dir) {
      const file = join(dir, 'deep.ndjson');
      const depth = 1_000_000;
      writeFileSync(file, `{"id": 1}\n{"id": 2, "deep": ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}\n`);
      return { args: [file], size: statSync(file).size };
    },
    runs: [{ expect: { exit: 2, message: /line 2 .*more than 64 levels deep/, maxSeconds: 10, maxRssMb: 500 } }],
  },
  {
    name: 'mixed-line-endings',
    why: 'a CRLF header and rows, then LF rows after row 100, read as 101 rows with one 2,201-cell row',
    async build(dir) {
      const file = join(dir, 'household.csv');
      const lines = readFileSync(join(root, 'examples/xa/data/household-survey/household.csv'), 'utf8').trimEnd().split('\n');
      writeFileSync(file, lines.map((line, index) => line + (index <= 100 ? '\r\n' : '\n')).join(''));
      return {
        args: [file, '--record', 'household', '--config', join(root, 'examples/xa'), '--format', 'json'],
        size: statSync(file).size,
        rows: lines.length - 1,
      };
    },
    // The example data is clean: any issue at all is the reader's doing.
    runs: [{ expect: { exit: 0, jsonRows: true, noReaderIssues: true, maxSeconds: 10, maxRssMb: 400 } }],
  },
  {
    name: 'stray-quotes',
    why: 'a line of 640,000 quotes that open no value took 12 s to find its end, searching again from every quote',
    async build(dir) {
      const file = join(dir, 'household.csv');
      const text = readFileSync(join(root, 'examples/xa/data/household-survey/household.csv'), 'utf8');
      writeFileSync(file, `${text}${'y"'.repeat(640_000)}\n`);
      return {
        args: [file, '--record', 'household', '--config', join(root, 'examples/xa'), '--format', 'json'],
        size: statSync(file).size,
      };
    },
    // One ragged row: reported, nothing else, in about the time the file takes to read.
    runs: [{ expect: { exit: 1, maxSeconds: 10, maxRssMb: 400 } }],
  },
  {
    name: 'wide-header',
    why: 'a header with 207,096 extra columns took 2 min 47 s, 85% of it suggesting a field for every column against every record type',
    async build(dir) {
      const file = join(dir, 'household.csv');
      const [header, row] = readFileSync(join(root, 'examples/xa/data/household-survey/household.csv'), 'utf8').split('\n');
      // Four-character names keep the header under the reader's million-character limit.
      const names = Array.from({ length: 190_000 }, (_, i) => `z${i.toString(36).padStart(3, '0')}`);
      writeFileSync(file, `${[header.trimEnd(), ...names].join(',')}\n${[row.trimEnd(), ...names.map(() => '')].join(',')}\n`);
      return { args: [file, '--record', 'household', '--config', join(root, 'examples/xa')], size: statSync(file).size };
    },
    runs: [{ expect: { exit: 0, message: /extra-column 190,000/, maxSeconds: 15, maxRssMb: 600 } }],
  },
  {
    name: 'many-files',
    why: '20,000 one-row files took 2 min 58 s',
    async build(dir) {
      const folder = join(dir, 'data');
      mkdirSync(folder);
      const lines = readFileSync(join(root, 'examples/xa/data/household-survey/household.csv'), 'utf8').trimEnd().split('\n');
      let size = 0;
      for (let i = 0; i < 20_000; i++) {
        const text = `${lines[0]}\n${lines[1 + (i % (lines.length - 1))]}\n`;
        writeFileSync(join(folder, `h${String(i).padStart(5, '0')}.csv`), text);
        size += text.length;
      }
      return { args: [folder, '--config', join(root, 'examples/xa')], size };
    },
    runs: [{ expect: { exitNot: 2, maxSeconds: 60, maxRssMb: 800 } }],
  },
];

// ---------------------------------------------------------------- running and judging

function run(commandArgs, { env, interruptAfterMs, timeoutMs }) {
  return new Promise((resolve) => {
    const timing = join(env.TMPDIR, '..', `time-${process.hrtime.bigint()}.txt`);
    const cliArgs = [cli, 'validate', ...commandArgs];
    const [command, argv] = gnuTime ? [gnuTime, ['-o', timing, '-f', '%M %e', process.execPath, ...cliArgs]] : [process.execPath, cliArgs];
    const started = performance.now();
    // Its own process group, so SIGINT reaches the CLI as Ctrl-C would, through GNU time.
    const child = spawn(command, argv, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const interrupt = interruptAfterMs === undefined ? undefined : setTimeout(() => process.kill(-child.pid, 'SIGINT'), interruptAfterMs);
    const killer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(interrupt);
      clearTimeout(killer);
      const seconds = (performance.now() - started) / 1000;
      let peakRssMb;
      let exit = code;
      if (gnuTime && existsSync(timing)) {
        const report = readFileSync(timing, 'utf8').trim().split('\n');
        peakRssMb = Number(report.at(-1)?.split(' ')[0]) / 1024;
        const killed = report.find((line) => line.startsWith('Command terminated by signal'));
        if (killed) exit = `signal ${killed.split(' ').pop()}`;
        else {
          const exited = report.find((line) => line.startsWith('Command exited with non-zero status'));
          if (exited) exit = Number(exited.split(' ').pop());
        }
        rmSync(timing, { force: true });
      }
      resolve({ exit: signal ? `signal ${signal}` : exit, seconds, peakRssMb, stdout, stderr });
    });
  });
}

function judge(result, expect, built) {
  const failures = [];
  const output = `${result.stdout}\n${result.stderr}`;
  if (expect.exit !== undefined && result.exit !== expect.exit) failures.push(`exit ${result.exit}, expected ${expect.exit}`);
  if (expect.exitNot !== undefined && result.exit === expect.exitNot) failures.push(`exit ${result.exit}`);
  if (expect.message && !expect.message.test(output.replace(/\s+/g, ' '))) failures.push(`no message matching ${expect.message}`);
  if (/\n\s+at .+:\d+:\d+\)?\n/.test(output) || /Maximum call stack|heap out of memory/i.test(output))
    failures.push('a stack trace or crash reached the user');
  if (expect.maxSeconds !== undefined && result.seconds > expect.maxSeconds)
    failures.push(`${result.seconds.toFixed(1)} s, over ${expect.maxSeconds} s`);
  if (expect.maxRssMb !== undefined && result.peakRssMb !== undefined && result.peakRssMb > expect.maxRssMb)
    failures.push(`peak RSS ${result.peakRssMb.toFixed(0)} MB, over ${expect.maxRssMb} MB`);
  if (expect.tmpEmpty && result.tmpLeft.length > 0) failures.push(`left in TMPDIR: ${result.tmpLeft.join(', ')}`);
  if (expect.jsonRows || expect.noReaderIssues) {
    try {
      const report = JSON.parse(result.stdout);
      if (expect.jsonRows && report.totals.rows !== built.rows) failures.push(`${report.totals.rows} rows read, expected ${built.rows}`);
      const readerIssues = report.issues.filter((issue) => ['malformed-row', 'file-unreadable'].includes(issue.code));
      if (expect.noReaderIssues && readerIssues.length > 0)
        failures.push(`reader issues: ${readerIssues.map((issue) => issue.code).join(', ')}`);
    } catch (error) {
      failures.push(`no JSON report (${error.message})`);
    }
  }
  return failures;
}

/** The reader's sentence about the file, as the text report shows it ("<file>, row 3: …" or "<file>: …"). */
function firstMessage(result, file) {
  const line = `${result.stdout}\n${result.stderr}`.split('\n').find((text) => text.includes(`${file}:`) || text.includes(`${file}, row`));
  return line?.trim().replace(`${file}`, '<file>').slice(0, 320);
}

const scratch = mkdtempSync(join(tmpdir(), 'dh-hostile-'));
let failed = 0;
console.log(`hostile inputs for ${relative(process.cwd(), cli)} (scratch folder ${scratch}${keep ? ', kept' : ''})`);
try {
  for (const test of cases) {
    if (only.length > 0 && !only.includes(test.name)) continue;
    const dir = join(scratch, test.name);
    mkdirSync(dir);
    console.log(`\n${test.name}: ${test.why}`);
    const buildStarted = performance.now();
    const built = await test.build(dir);
    console.log(`  input: ${(built.size / MB).toFixed(1)} MB, built in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s`);
    for (const spec of test.runs) {
      const tmp = join(dir, `tmp-${test.runs.indexOf(spec)}`);
      mkdirSync(tmp, { mode: 0o700 });
      const env = { ...process.env, TMPDIR: tmp, NO_COLOR: '1' };
      const result = await run(built.args, {
        env,
        interruptAfterMs: spec.interruptAfterMs,
        timeoutMs: (spec.expect.maxSeconds ?? 60) * timeoutFactor * 1000,
      });
      result.tmpLeft = readdirSync(tmp);
      const failures = judge(result, spec.expect, built);
      failed += failures.length > 0 ? 1 : 0;
      const rss = result.peakRssMb === undefined ? 'n/a' : `${result.peakRssMb.toFixed(0)} MB`;
      console.log(`  ${spec.label ?? 'run'}: TMPDIR=${tmp} node ${relative(process.cwd(), cli)} validate ${built.args.join(' ')}`);
      console.log(
        `    exit ${result.exit}, ${result.seconds.toFixed(2)} s, peak RSS ${rss}, TMPDIR afterwards: ${result.tmpLeft.length} entries`,
      );
      const message = firstMessage(result, built.args[0]);
      if (message) console.log(`    message: ${message}`);
      console.log(`    ${failures.length === 0 ? 'ok' : `FAILED: ${failures.join('; ')}`}`);
    }
    if (!args.includes('--cli-only')) for (const figure of (await test.inProcess?.()) ?? []) console.log(`  ${figure}`);
  }
} finally {
  if (!keep) rmSync(scratch, { recursive: true, force: true });
}
console.log(failed === 0 ? '\nall hostile inputs handled' : `\n${failed} run(s) failed`);
process.exit(failed === 0 ? 0 : 1);
