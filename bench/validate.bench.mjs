#!/usr/bin/env node
/**
 * Benchmark of `dh validate` on a wide, child-interview-like CSV (run on demand, after
 * `npm run build`):
 *
 *   node bench/validate.bench.mjs [--rows 1000000] [--regenerate]
 *
 * It writes bench/out/child-interview-<rows>.csv (git-ignored; reused when present), then
 * times, each in a fresh process so peak memory is its own: a bare papaparse streaming
 * parse of the file, and validateDataset on it (fastest of --repeat runs each, default 3). Targets (docs/architecture.md § scale): within
 * 3× papaparse, peak RSS under 300 MB.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const rows = Number(option('--rows', '1000000'));
/** The machine may be shared: each phase runs this many times and the fastest run counts. */
const repeat = Number(option('--repeat', '3'));
const phase = option('--phase', 'main');
const file = join(here, 'out', `child-interview-${rows}.csv`);

/** The child-interview-like instrument: ids and design, then modules of the kind docs/methodology.md lists. */
async function benchActivity() {
  const core = await import('@dh/core');
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

async function papaparsePhase() {
  const { default: Papa } = await import('papaparse');
  let count = 0;
  const started = performance.now();
  await new Promise((resolve, reject) => {
    Papa.parse(createReadStream(file), { chunk: (result) => (count += result.data.length), complete: resolve, error: reject });
  });
  return { ms: performance.now() - started, rows: count - 1 };
}

async function validatePhase() {
  const { validateDataset } = await import('@dh/validate');
  const activity = await benchActivity();
  const started = performance.now();
  const result = await validateDataset({ activity, files: [file] });
  return {
    ms: performance.now() - started,
    rows: result.totals.rows,
    errors: result.totals.error,
    warnings: result.totals.warning,
    counts: result.counts,
  };
}

function runPhase(name) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--rows', String(rows), '--phase', name], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (child.status !== 0) throw new Error(`phase ${name} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

/** Alternates the two measured phases `repeat` times; keeps each phase's fastest run (and its peak RSS). */
function fastestRuns() {
  let parse;
  let validation;
  for (let run = 0; run < repeat; run++) {
    const p = runPhase('papaparse');
    const v = runPhase('validate');
    if (!parse || p.ms < parse.ms) parse = p;
    if (!validation || v.ms < validation.ms) validation = v;
  }
  return { parse, validation };
}

if (phase !== 'main') {
  const outcome = phase === 'generate' ? (await generate(), {}) : phase === 'papaparse' ? await papaparsePhase() : await validatePhase();
  const usage = process.resourceUsage();
  console.log(JSON.stringify({ ...outcome, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakRssMb: usage.maxRSS / 1024 }));
} else {
  if (!existsSync(file) || args.includes('--regenerate')) {
    console.log(`generating ${relative(process.cwd(), file)} (${rows.toLocaleString('en')} rows)…`);
    runPhase('generate');
  }
  const megabytes = statSync(file).size / 1048576;
  const loadAtStart = loadavg()[0];
  const { parse, validation } = fastestRuns();
  const width = (await benchActivity()).recordTypes[0].fields.length + 6;
  const ratio = validation.ms / parse.ms;
  console.log(
    `command: node ${relative(process.cwd(), fileURLToPath(import.meta.url))} --rows ${rows} --repeat ${repeat}   (fastest of ${repeat} runs each; load average at start ${loadAtStart.toFixed(1)} on ${availableParallelism()} CPUs)`,
  );
  console.log(
    `file: ${relative(process.cwd(), file)}, ${megabytes.toFixed(0)} MB, ${validation.rows.toLocaleString('en')} rows × ${width} columns`,
  );
  console.log(`papaparse (bare streaming parse): ${(parse.ms / 1000).toFixed(2)} s, peak RSS ${parse.peakRssMb.toFixed(0)} MB`);
  console.log(
    `validateDataset:                  ${(validation.ms / 1000).toFixed(2)} s, ${Math.round(validation.rows / (validation.ms / 1000)).toLocaleString('en')} rows/s, peak RSS ${validation.peakRssMb.toFixed(0)} MB`,
  );
  console.log(
    `issues found: ${validation.errors.toLocaleString('en')} errors, ${validation.warnings.toLocaleString('en')} warnings (${validation.counts.map((c) => `${c.code} ${c.count}`).join(', ')})`,
  );
  console.log(
    `ratio validation / papaparse: ${ratio.toFixed(2)}× (target ≤ 3×); peak memory ${validation.peakRssMb < 300 ? 'within' : 'OVER'} the 300 MB target`,
  );
}
