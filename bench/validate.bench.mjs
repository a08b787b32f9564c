#!/usr/bin/env node
/**
 * Benchmarks of `dh validate` (run on demand, after `npm run build`):
 *
 *   node bench/validate.bench.mjs [--suite wide|survey|problems|quoted|all] [--rows 1000000] [--households 200000] [--repeat 3] [--regenerate]
 *                                 [--against <another checkout, built>] [--jobs <threads>]
 *
 * wide: a wide, child-interview-like CSV (bench/out/child-interview-<rows>.csv), validateDataset
 * against a bare papaparse streaming parse of it.
 * survey: the synthetic household survey (`dh synth household-survey --n <households>`, four
 * files in bench/out/household-survey-<households>/), the whole `dh validate` command, start-up
 * included, against a bare papaparse parse of the same files and a raw read of their bytes (the floor).
 * problems: the same folder with the child records written twice (every child id a duplicate).
 * quoted: the same folder with every value quoted and CRLF line ends, as KoboToolbox's and Excel's
 * exports write it.
 *
 * Generated files are git-ignored and reused when present. Each phase runs in a fresh process, so
 * peak memory is its own; the phases alternate --repeat times and the median run counts (the
 * machine may be shared). Targets (issue 16): wide within 1.0× papaparse, survey within 1.5×,
 * peak RSS under 300 MB.
 *
 * --against <checkout> runs another built checkout (an earlier commit, say: `git worktree add
 * /tmp/before <commit>`, then `npm ci && npm run build` there) on the same files, alternating with
 * this one: its validateDataset on the wide file, its `dh validate` on the folders. It says whether
 * both found the same issues. On a shared machine, the one fair comparison of two versions.
 *
 * --jobs <threads>: threads sharing the row checks of large files, as `dh validate --jobs` (default:
 * dh validate's: 2 on a machine of 2 cores or more, else 1). --jobs 1 measures one thread. The other checkout
 * runs with its own defaults, on the wide file too (its `defaultRowThreads`, when it has threads).
 */
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const rows = Number(option('--rows', '1000000'));
const households = Number(option('--households', '200000'));
const suite = option('--suite', 'all');
/** The machine may be shared: each phase runs this many times and the median run counts. */
const repeat = Number(option('--repeat', '3'));
const phase = option('--phase', 'main');
const file = join(here, 'out', `child-interview-${rows}.csv`);
const surveyDir = join(here, 'out', `household-survey-${households}`);
/** The same survey with its child records written twice: every child id a duplicate, every link from them ambiguous. */
const problemsDir = join(here, 'out', `household-survey-${households}-problems`);
/** The same survey with every value quoted and CRLF line ends, as KoboToolbox's and Excel's exports write it. */
const quotedDir = join(here, 'out', `household-survey-${households}-quoted`);
const folder = option('--folder', surveyDir);
const dhBin = join(here, '..', 'packages', 'cli', 'bin', 'dh.js');
const against = option('--against', undefined);
const { defaultRowThreads } = await import('@dh/validate/threads');
const jobs = Number(option('--jobs', String(defaultRowThreads())));

/** A package of this checkout, or of the one given with --against when `other` is set. */
async function dhPackage(name, other = false) {
  if (!other) return import(`@dh/${name}`);
  return import(pathToFileURL(join(against, 'packages', name, 'dist', 'index.js')).href);
}

/** The child-interview-like instrument, built with this checkout's core (or the other's, for its own validator). */
async function benchActivity(other = false) {
  const core = await dhPackage('core', other);
  const { choices, code, decimal, date, defineInstrument, group, integer, q, recordTypesOf, selectMultiple, selectOne, self, text } = core;
  const freq = choices('freq', [
    ['never', 'Never'],
    ['rarely', 'Rarely'],
    ['monthly', 'Monthly'],
    ['weekly', 'Weekly'],
    ['daily', 'Daily'],
  ]);
  const agree = choices('agree', [
    ['1', 'Strongly disagree'],
    ['2', 'Disagree'],
    ['3', 'Neither'],
    ['4', 'Agree'],
    ['5', 'Strongly agree'],
    { code: '-98', label: 'Refused', missing: 'refused' },
  ]);
  const yesNo = choices('yes_no', [
    ['yes', 'Yes'],
    ['no', 'No'],
    { code: 'dont_know', label: "Don't know", missing: 'dont_know' },
    { code: 'refused', label: 'Refused', missing: 'refused' },
  ]);
  const who = choices('who', [
    ['stranger', 'Someone unknown'],
    ['friend', 'A friend'],
    ['family', 'Family member'],
    ['partner', 'Partner'],
    ['adult_known', 'Adult known'],
    ['other', 'Other'],
  ]);
  const platform = choices('platform', [
    ['p1', 'Platform 1'],
    ['p2', 'Platform 2'],
    ['p3', 'Platform 3'],
    ['p4', 'Platform 4'],
    ['p5', 'Platform 5'],
    ['other', 'Other'],
  ]);
  const strata = choices(
    'stratum',
    Array.from({ length: 20 }, (_, i) => [`s${i + 1}`, `Stratum ${i + 1}`]),
  );
  const devices = choices('device', [
    ['phone_own', 'Own phone'],
    ['phone_shared', 'Shared phone'],
    ['computer', 'Computer'],
    ['tablet', 'Tablet'],
    ['console', 'Console'],
    ['tv', 'Smart TV'],
  ]);
  const consented = q('consent').eq('yes');
  const activities = Array.from({ length: 25 }, (_, i) =>
    selectOne(`act_${i + 1}`, 'freq', `How often did you do online activity ${i + 1}?`),
  );
  const skills = Array.from({ length: 10 }, (_, i) => selectOne(`skill_${i + 1}`, 'agree', `Skill statement ${i + 1}`));
  const risky = Array.from({ length: 8 }, (_, i) => selectOne(`risk_${i + 1}`, 'yes_no', `Risky behaviour ${i + 1}`, { required: true }));
  const ocsea = Array.from({ length: 10 }, (_, i) => {
    const item = `ocsea_${i + 1}`;
    const yes = q(item).eq('yes');
    return group(`${item}_grp`, `Experience ${i + 1}`, [
      selectOne(item, 'yes_no', `In the past year, experience ${i + 1}?`, { required: true }),
      selectMultiple(`${item}_who`, 'who', 'Who did it?', { relevant: yes, required: true }),
      selectOne(`${item}_platform`, 'platform', 'On which platform?', { relevant: yes }),
      selectOne(`${item}_online`, 'yes_no', 'Was it only online?', { relevant: yes }),
      selectMultiple(`${item}_told`, 'who', 'Whom did you tell?', { relevant: yes }),
    ]);
  });
  const knowledge = Array.from({ length: 8 }, (_, i) => selectOne(`know_${i + 1}`, 'yes_no', `Knows where to get help ${i + 1}`));
  const attitudes = Array.from({ length: 15 }, (_, i) => selectOne(`att_${i + 1}`, 'agree', `Attitude ${i + 1}`));
  const wellbeing = Array.from({ length: 10 }, (_, i) => integer(`wb_${i + 1}`, `Wellbeing item ${i + 1}`, { min: 0, max: 10 }));
  const instrument = defineInstrument({
    id: 'bench-child',
    title: 'Child interview (benchmark)',
    version: '1.0.0',
    recordType: 'child',
    key: ['child_id'],
    choiceLists: [freq, agree, yesNo, who, platform, strata, devices],
    children: [
      code('child_id', 'Child code', { required: true }),
      code('hh_id', 'Household code', { required: true }),
      selectOne('stratum', 'stratum', 'Stratum', { required: true }),
      code('psu', 'PSU', { required: true }),
      decimal('weight', 'Weight', { required: true }),
      date('interview_date', 'Date', { required: true }),
      selectOne('consent', 'yes_no', 'Consent and assent given?', { required: true }),
      group(
        'identity',
        'Identity',
        [
          integer('age', 'Age', { required: true, min: 12, max: 17, constraint: self().between(12, 17) }),
          selectOne('sex', 'yes_no', 'Sex (coded)', { required: true }),
          selectOne('school', 'yes_no', 'In school?', { required: true }),
          integer('grade', 'Grade', { relevant: q('school').eq('yes'), min: 1, max: 13 }),
          ...Array.from({ length: 6 }, (_, i) => selectOne(`disab_${i + 1}`, 'agree', `Functioning ${i + 1}`)),
        ],
        { relevant: consented },
      ),
      group(
        'access',
        'Access',
        [
          selectMultiple('devices', 'device', 'Devices used', { required: true }),
          selectOne('frequency', 'freq', 'How often online?', { required: true }),
          integer('hours_weekday', 'Hours on a weekday', { min: 0, max: 24 }),
          integer('hours_weekend', 'Hours on a weekend day', { min: 0, max: 24 }),
        ],
        { relevant: consented },
      ),
      group('activities', 'Online activities', activities, { relevant: consented }),
      group('skills', 'Digital skills', skills, { relevant: consented }),
      group('risk', 'Risky behaviour', risky, { relevant: consented, selfCompleted: true }),
      group('ocsea', 'Experiences', ocsea, { relevant: consented, selfCompleted: true }),
      group('help', 'Help and reporting', [...knowledge, text('help_comment', 'Anything else about help?')], { relevant: consented }),
      group('attitudes', 'Attitudes', attitudes, { relevant: consented }),
      group('wellbeing', 'Wellbeing', [...wellbeing, text('final_comment', 'Anything else?')], { relevant: consented }),
    ],
  });
  return {
    instruments: [instrument],
    recordTypes: recordTypesOf(instrument),
    links: [],
    recordRules: [
      {
        id: 'weekend-hours',
        recordType: 'child',
        description: 'Weekend use is usually not below weekday use minus 8 hours.',
        when: q('hours_weekend').answered(),
        assert: q('hours_weekend').ge(q('hours_weekday').minus(8)),
        severity: 'warning',
        message: '{hours_weekend} weekend hours against {hours_weekday} on weekdays',
        field: 'hours_weekend',
      },
    ],
    datasetRules: [],
    derivedVariables: [],
    designs: [{ recordType: 'child', stratum: 'stratum', psu: 'psu', weight: 'weight', lonelyPsu: 'fail' }],
    consent: [
      { recordType: 'child', condition: consented, before: ['child_id', 'hh_id', 'stratum', 'psu', 'weight', 'interview_date', 'consent'] },
    ],
    disaggregations: [],
    indicators: [],
    tables: [],
  };
}

/** A small deterministic generator (mulberry32), so every run validates the same file. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function columnName(field) {
  return field.path.length > 0 ? `${field.path.join('/')}/${field.name}` : field.name;
}

/** A plausible answer for a field, consistent with the skip logic of the benchmark instrument. */
function answerFor(field, row, rand, context) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  switch (field.name) {
    case 'child_id':
      return `C${String(row).padStart(7, '0')}`;
    case 'hh_id':
      return `H${String(row).padStart(7, '0')}`;
    case 'stratum':
      return `s${context.stratum}`;
    case 'psu':
      return `s${context.stratum}-ea${context.psu}`;
    case 'weight':
      return (50 + rand() * 400).toFixed(2);
    case 'interview_date':
      return `2021-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
    case 'consent':
      return context.consent ? 'yes' : 'no';
    case 'age':
      return String(12 + Math.floor(rand() * 6));
    case 'grade':
      return context.school ? String(1 + Math.floor(rand() * 12)) : '';
    case 'school':
      return context.school ? 'yes' : 'no';
    case 'help_comment':
    case 'final_comment':
      return rand() < 0.05 ? 'I would ask my teacher, she helps' : '';
  }
  if (field.name.startsWith('ocsea_')) {
    const item = field.name.split('_').slice(0, 2).join('_');
    const yes = context.ocsea.has(item);
    if (field.name === item) return yes ? 'yes' : 'no';
    if (!yes) return '';
  }
  const codes = (field.codes ?? []).map((c) => c.code);
  if (field.valueType === 'codes') return [...new Set([pick(codes), pick(codes)])].join(' ');
  if (field.valueType === 'code') return pick(codes);
  if (field.valueType === 'integer') return String(Math.floor(rand() * ((field.maximum ?? 10) + 1)));
  return '';
}

async function generate() {
  const activity = await benchActivity();
  const [recordType] = activity.recordTypes;
  const fields = recordType.fields;
  const metadata = ['start', 'end', 'deviceid', '_uuid', '_submission_time', '_index'];
  const rand = random(20210301);
  const ageCell = metadata.length + fields.findIndex((f) => f.name === 'age');
  mkdirSync(dirname(file), { recursive: true });
  const out = createWriteStream(file);
  out.write(`${[...metadata, ...fields.map(columnName)].join(',')}\n`);
  let buffer = '';
  for (let row = 1; row <= rows; row++) {
    const context = {
      stratum: 1 + Math.floor(rand() * 20),
      psu: Math.floor(rand() * 40),
      consent: rand() > 0.02,
      school: rand() > 0.1,
      ocsea: new Set(),
    };
    for (let i = 1; i <= 10; i++) if (rand() < 0.06) context.ocsea.add(`ocsea_${i}`);
    const cells = ['2021-03-01T10:00:00', '2021-03-01T10:40:00', `dev${row % 97}`, `uuid-${row}`, '2021-03-02T08:00:00', String(row)];
    for (const field of fields) {
      const answer =
        !context.consent && !['child_id', 'hh_id', 'stratum', 'psu', 'weight', 'interview_date', 'consent'].includes(field.name)
          ? ''
          : answerFor(field, row, rand, context);
      cells.push(answer.includes(',') ? `"${answer}"` : answer);
    }
    // About one row in a thousand carries an error, so issue paths are part of the measure.
    if (row % 997 === 0) cells[ageCell] = '19';
    buffer += `${cells.join(',')}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise((resolve) => out.once('drain', resolve));
      buffer = '';
    }
  }
  out.end(buffer);
  await new Promise((resolve) => out.on('finish', resolve));
}

/** Bare papaparse streaming parses, one file after another: what any CSV reader pays. */
async function papaparsePhase(files) {
  const { default: Papa } = await import('papaparse');
  let count = 0;
  const started = performance.now();
  for (const path of files) {
    await new Promise((resolve, reject) => {
      Papa.parse(createReadStream(path), { chunk: (result) => (count += result.data.length), complete: resolve, error: reject });
    });
    count -= 1;
  }
  return { ms: performance.now() - started, rows: count };
}

/** The floor: the files' bytes read (512 KiB at a time, as dh reads them), nothing decoded. */
async function rawReadPhase(files) {
  let bytes = 0;
  const started = performance.now();
  for (const path of files) for await (const chunk of createReadStream(path, { highWaterMark: 512 * 1024 })) bytes += chunk.length;
  return { ms: performance.now() - started, bytes };
}

async function validatePhase(other = false) {
  const { validateDataset } = await dhPackage('validate', other);
  const activity = await benchActivity(other);
  const pool = await rowThreadPoolOf(other);
  const started = performance.now();
  const result = await validateDataset({ activity, files: [file], ...(pool && { rowThreads: pool }) });
  await pool?.close();
  return {
    ms: performance.now() - started,
    rows: result.totals.rows,
    errors: result.totals.error,
    warnings: result.totals.warning,
    counts: result.counts,
  };
}

/**
 * The threads validateDataset shares a large file's rows with: --jobs of this checkout's; the other
 * checkout's own default (as its `dh validate` has), when it has threads at all. Without threads,
 * validateDataset reads on one: comparing two threads against one would measure the threads, not the version.
 */
async function rowThreadPoolOf(other) {
  if (!other) return jobs > 1 ? (await import('@dh/validate/threads')).rowThreadPool({ threads: jobs }) : undefined;
  const entry = join(against, 'packages', 'validate', 'dist', 'threads', 'index.js');
  if (!existsSync(entry)) return undefined;
  const { defaultRowThreads, rowThreadPool } = await import(pathToFileURL(entry).href);
  const threads = defaultRowThreads();
  return threads > 1 ? rowThreadPool({ threads }) : undefined;
}

/** The whole `dh validate` command as a user runs it; the parent times the process, start-up included. */
async function dhValidatePhase(bin = dhBin) {
  const report = join(here, 'out', `report-${process.pid}.json`);
  const threads = bin === dhBin ? ['--jobs', String(jobs)] : [];
  process.argv = [
    process.execPath,
    bin,
    'validate',
    folder,
    '--activity',
    'household-survey',
    '--format',
    'json',
    '--out',
    report,
    ...threads,
  ];
  await import(pathToFileURL(bin).href);
  // Exit 1 means the data have errors: a result, not a failure of the run.
  const exitCode = process.exitCode;
  process.exitCode = 0;
  const { totals, summary } = JSON.parse(readFileSync(report, 'utf8'));
  rmSync(report);
  return { exitCode, totals, counts: summary.map((c) => ({ code: c.code, count: c.count })) };
}

const csvFilesIn = (dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .map((name) => join(dir, name));

async function runInPhase(name) {
  switch (name) {
    case 'generate':
      return (await generate(), {});
    case 'papaparse':
      return papaparsePhase([file]);
    case 'validate':
      return validatePhase();
    case 'validate-against':
      return validatePhase(true);
    case 'folder-raw':
      return rawReadPhase(csvFilesIn(folder));
    case 'folder-papaparse':
      return papaparsePhase(csvFilesIn(folder));
    case 'folder-dh':
      return dhValidatePhase();
    case 'folder-dh-against':
      return dhValidatePhase(join(against, 'packages', 'cli', 'bin', 'dh.js'));
  }
  throw new Error(`unknown phase ${name}`);
}

/** Runs one phase in a fresh process; `wallMs` is the whole process, start-up included. */
function runPhase(name, dir = surveyDir) {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      fileURLToPath(import.meta.url),
      ...['--rows', String(rows), '--households', String(households), '--folder', dir, '--phase', name],
      ...(against === undefined ? [] : ['--against', against]),
      ...['--jobs', String(jobs)],
    ],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  const wallMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`phase ${name} failed:\n${child.stderr}`);
  return { ...JSON.parse(child.stdout.trim().split('\n').pop()), wallMs };
}

/** Alternates the phases `repeat` times; keeps each phase's median run (by time). */
function medianRuns(names, time = (run) => run.ms, dir = surveyDir) {
  const runs = Object.fromEntries(names.map((name) => [name, []]));
  for (let run = 0; run < repeat; run++) for (const name of names) runs[name].push(runPhase(name, dir));
  return Object.fromEntries(names.map((name) => [name, runs[name].sort((a, b) => time(a) - time(b))[Math.floor((repeat - 1) / 2)]]));
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const commandLine = () =>
  `node ${relative(process.cwd(), fileURLToPath(import.meta.url))} --suite ${suite} --rows ${rows} --households ${households} --repeat ${repeat} --jobs ${jobs}${against === undefined ? '' : ` --against ${against}`}`;
const machine = () => `median of ${repeat} runs each; load average at start ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs`;

async function wideSuite() {
  if (!existsSync(file) || args.includes('--regenerate')) {
    console.log(`generating ${relative(process.cwd(), file)} (${rows.toLocaleString('en')} rows)…`);
    runPhase('generate');
  }
  const megabytes = statSync(file).size / 1048576;
  console.log(`wide file (${machine()})`);
  const runs = medianRuns(['papaparse', 'validate', ...(against === undefined ? [] : ['validate-against'])]);
  const { papaparse: parse, validate: validation } = runs;
  const width = (await benchActivity()).recordTypes[0].fields.length + 6;
  const ratio = validation.ms / parse.ms;
  console.log(
    `  file: ${relative(process.cwd(), file)}, ${megabytes.toFixed(0)} MB, ${validation.rows.toLocaleString('en')} rows × ${width} columns`,
  );
  console.log(`  papaparse (bare streaming parse): ${seconds(parse.ms)}, peak RSS ${parse.peakRssMb.toFixed(0)} MB`);
  console.log(
    `  validateDataset (${jobs} thread${jobs === 1 ? '' : 's'}):      ${seconds(validation.ms)}, ${Math.round(validation.rows / (validation.ms / 1000)).toLocaleString('en')} rows/s, peak RSS ${validation.peakRssMb.toFixed(0)} MB`,
  );
  console.log(
    `  issues found: ${validation.errors.toLocaleString('en')} errors, ${validation.warnings.toLocaleString('en')} warnings (${validation.counts.map((c) => `${c.code} ${c.count}`).join(', ')})`,
  );
  console.log(
    `  ratio validateDataset / papaparse: ${ratio.toFixed(2)}× (target ≤ 1.0×); peak memory ${validation.peakRssMb < 300 ? 'within' : 'OVER'} the 300 MB target`,
  );
  const other = runs['validate-against'];
  if (other === undefined) return;
  const same = JSON.stringify(other.counts) === JSON.stringify(validation.counts);
  console.log(
    `  validateDataset of ${against}: ${seconds(other.ms)}, peak RSS ${other.peakRssMb.toFixed(0)} MB; this checkout takes ${(validation.ms / other.ms).toFixed(2)}× its time; issues found ${same ? 'the same' : 'DIFFER'}`,
  );
}

function ensureSurvey() {
  if (existsSync(surveyDir) && !args.includes('--regenerate')) return;
  console.log(`generating ${relative(process.cwd(), surveyDir)} (dh synth household-survey --n ${households})…`);
  const made = spawnSync(process.execPath, [dhBin, 'synth', 'household-survey', '--n', String(households), '--out', surveyDir, '--force'], {
    encoding: 'utf8',
  });
  if (made.status !== 0) throw new Error(`dh synth failed:\n${made.stderr}`);
}

function ensureProblems() {
  ensureSurvey();
  if (existsSync(problemsDir) && !args.includes('--regenerate')) return;
  mkdirSync(problemsDir, { recursive: true });
  for (const path of csvFilesIn(surveyDir)) {
    const text = readFileSync(path, 'utf8');
    const name = basename(path);
    writeFileSync(join(problemsDir, name), name === 'child.csv' ? text + text.slice(text.indexOf('\n') + 1) : text);
  }
}

function ensureQuoted() {
  ensureSurvey();
  if (existsSync(quotedDir) && !args.includes('--regenerate')) return;
  mkdirSync(quotedDir, { recursive: true });
  for (const path of csvFilesIn(surveyDir)) {
    const lines = readFileSync(path, 'utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    // The synthetic survey holds no quote, comma or line break inside a value: each cell is quoted as it is.
    const quoted = lines.map((line) => `"${line.split(',').join('","')}"`);
    writeFileSync(join(quotedDir, basename(path)), `${quoted.join('\r\n')}\r\n`);
  }
}

/** The whole `dh validate` on a folder, against a bare papaparse parse and a raw read of the same files. */
function folderSuite(title, dir, target) {
  const files = csvFilesIn(dir);
  const megabytes = files.reduce((sum, path) => sum + statSync(path).size, 0) / 1048576;
  console.log(`${title} (${machine()})`);
  const phases = ['folder-raw', 'folder-papaparse', 'folder-dh', ...(against === undefined ? [] : ['folder-dh-against'])];
  const runs = medianRuns(phases, (run) => run.ms ?? run.wallMs, dir);
  const raw = runs['folder-raw'];
  const parse = runs['folder-papaparse'];
  const dh = runs['folder-dh'];
  console.log(
    `  folder: ${relative(process.cwd(), dir)}, ${files.length} files, ${megabytes.toFixed(0)} MB, ${parse.rows.toLocaleString('en')} rows`,
  );
  console.log(`  raw read (the floor):             ${seconds(raw.ms)}, peak RSS ${raw.peakRssMb.toFixed(0)} MB`);
  console.log(`  papaparse (bare streaming parse): ${seconds(parse.ms)}, peak RSS ${parse.peakRssMb.toFixed(0)} MB`);
  console.log(
    `  dh validate (whole command):      ${seconds(dh.wallMs)} (exit ${dh.exitCode}), ${(megabytes / (dh.wallMs / 1000)).toFixed(0)} MB/s, peak RSS ${dh.peakRssMb.toFixed(0)} MB`,
  );
  console.log(
    `    command: node ${relative(process.cwd(), dhBin)} validate ${relative(process.cwd(), dir)} --activity household-survey --format json --out <file> --jobs ${jobs}`,
  );
  console.log(
    `  issues found: ${dh.totals.errors.toLocaleString('en')} errors, ${dh.totals.warnings.toLocaleString('en')} warnings (${dh.counts.map((c) => `${c.code} ${c.count}`).join(', ')})`,
  );
  console.log(
    `  ratio dh validate / papaparse: ${(dh.wallMs / parse.ms).toFixed(2)}× (target ≤ ${target}×); / raw read: ${(dh.wallMs / raw.ms).toFixed(1)}×; peak memory ${dh.peakRssMb < 300 ? 'within' : 'OVER'} the 300 MB target`,
  );
  const other = runs['folder-dh-against'];
  if (other === undefined) return;
  const same = JSON.stringify(other.counts) === JSON.stringify(dh.counts) && JSON.stringify(other.totals) === JSON.stringify(dh.totals);
  console.log(
    `  dh validate of ${against}: ${seconds(other.wallMs)} (exit ${other.exitCode}), peak RSS ${other.peakRssMb.toFixed(0)} MB; this checkout takes ${(dh.wallMs / other.wallMs).toFixed(2)}× its time; issues found ${same ? 'the same' : 'DIFFER'}`,
  );
}

if (phase !== 'main') {
  const outcome = await runInPhase(phase);
  const usage = process.resourceUsage();
  console.log(JSON.stringify({ ...outcome, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakRssMb: usage.maxRSS / 1024 }));
} else {
  console.log(`command: ${commandLine()}`);
  if (suite === 'wide' || suite === 'all') await wideSuite();
  if (suite === 'survey' || suite === 'all') {
    ensureSurvey();
    folderSuite('survey folder', surveyDir, 1.5);
  }
  if (suite === 'problems' || suite === 'all') {
    ensureProblems();
    folderSuite('problem-heavy survey folder (child records written twice)', problemsDir, 1.5);
  }
  if (suite === 'quoted' || suite === 'all') {
    ensureQuoted();
    folderSuite('survey folder exported with every value quoted (CRLF)', quotedDir, 1.5);
  }
}
