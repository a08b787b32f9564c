import { describe, expect, it } from 'vitest';
import type { DatasetRule, RecordRule, RecordTable } from '../activity/contracts.js';
import type { CountTableContract } from '../activity/table-contracts.js';
import { parseAssessmentConfig } from '../config/load-assessment-config.js';
import { referencedNames } from '../expression/references.js';
import { evaluate, type RecordValues } from '../expression/evaluate.js';
import { defineCodingFrame, frameCodes, themeCode, type CodingFrame } from '../instrument/coding-frame.js';
import { defineInterviewGuide } from '../instrument/interview-guide.js';
import { SHARED_THEME_CODES } from '../instrument/shared-theme-codes.js';
import { placedQuestions } from '../instrument/walk.js';
import type { Instrument } from '../instrument/types.js';
import type { IssueInput } from '../issues/issue.js';
import { IssueCatalogue } from '../issues/catalogue.js';
import {
  defineInterviewStudy,
  interviewStudyArtefacts,
  parsePlanned,
  respondentTypeList,
  themeLevels,
  type InterviewStudyDraft,
  type RespondentTypeDraft,
} from './interview.js';

const TYPES: readonly RespondentTypeDraft[] = [
  { code: 'officer', label: 'Police officer', professional: true, planned: 3 },
  { code: 'young_person', label: 'Young person', mayBeChild: true, planned: 2 },
];

const own = (id: string, children: ReturnType<typeof themeCode>[] = []) =>
  themeCode({
    id,
    label: `Label of ${id}`,
    definition: `Definition of ${id}.`,
    include: 'What is in.',
    exclude: 'What is out.',
    example: `An example of ${id}.`,
    children,
  });

function frameOf(codes: Parameters<typeof defineCodingFrame>[0]['codes'], version = '1.2.0'): CodingFrame {
  return defineCodingFrame({ id: 'kt_frame', title: 'Kit test frame', version, codes });
}

const FRAME = frameOf([own('kt_capacity', [SHARED_THEME_CODES.lack_of_training, own('kt_equipment')]), SHARED_THEME_CODES.victim_blaming]);

const guide = (types = TYPES, version = '1.2.0') =>
  defineInterviewGuide({
    id: 'kt_guide',
    title: 'Kit test guide',
    version,
    purpose: 'To test the kit.',
    respondentTypes: respondentTypeList(types),
    opening: [['consent', 'Taking part is voluntary. Do you agree?']],
    sections: [{ id: 'work', title: 'Work', questions: [{ id: 'cases', text: 'What cases reach you?' }] }],
    closing: [['help', 'Here is where to get help.']],
    notes: [['no_names', 'Never write a name.']],
  });

const DRAFT: InterviewStudyDraft = {
  activityId: 'kit-test',
  version: '1.2.0',
  prefix: 'kt',
  name: 'Kit test interviews',
  respondentTypes: TYPES,
  sectors: ['government', 'ngo'],
  guide: guide(),
  frame: FRAME,
};

const study = defineInterviewStudy(DRAFT);
const built = study.build(undefined, study.defaultPlanned);
const log = built.instruments.find((i): i is Instrument => i.kind === 'questionnaire');
const table = (file: string, rows: RecordValues[]): RecordTable => ({ file, rows, rowNumbers: rows.map((_, i) => i + 2) });

function recordRule(id: string): RecordRule {
  const rule = built.recordRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no record rule ${id}`);
  return rule;
}
function datasetRule(id: string): DatasetRule {
  const rule = built.datasetRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no dataset rule ${id}`);
  return rule;
}
/** Whether a record rule lets a record pass, as validate judges it. */
const passes = (rule: RecordRule, record: RecordValues): boolean =>
  (rule.when !== undefined && !evaluate(rule.when, record)) || evaluate(rule.assert, record);
const run = (rule: DatasetRule, tables: Record<string, RecordValues[]>): IssueInput[] => [
  ...rule.check(new Map(Object.entries(tables).map(([name, rows]) => [name, table(`${name}.csv`, rows)]))),
];

describe('an interview study made with the kit', () => {
  it('refuses an own theme without the activity prefix, a copy of a shared theme, and a theme without notes', () => {
    const withFrame = (frame: CodingFrame) => () => defineInterviewStudy({ ...DRAFT, frame });
    expect(withFrame(frameOf([own('capacity')]))).toThrow(/theme "capacity" is the activity's own: its id starts with "kt_"/);
    expect(withFrame(frameOf([own('lack_of_training')]))).toThrow(/place SHARED_THEME_CODES.lack_of_training itself/);
    expect(withFrame(frameOf([themeCode({ id: 'kt_bare', label: 'Bare', definition: 'No notes.' })]))).toThrow(
      /"kt_bare" has no inclusion note[\s\S]*no exclusion note[\s\S]*no example/,
    );
  });

  it('refuses a note that sends coders to a theme the frame does not have, shared or not', () => {
    const pointing = (to: string, include = 'In.') =>
      themeCode({ id: 'kt_pointing', label: 'Pointing', definition: 'Sends on.', include, exclude: `Out (${to}).`, example: 'Eg.' });
    const withFrame = (codes: Parameters<typeof frameOf>[0]) => () => defineInterviewStudy({ ...DRAFT, frame: frameOf(codes) });
    expect(withFrame([pointing('slow_platform_evidence')])).toThrow(
      /theme "kt_pointing" sends coders to "slow_platform_evidence" in its exclusion note, but the frame has no such theme/,
    );
    expect(withFrame([pointing('kt_elsewhere')])).toThrow(/sends coders to "kt_elsewhere"/);
    expect(withFrame([pointing('slow_platform_evidence'), SHARED_THEME_CODES.slow_platform_evidence])).not.toThrow();
    const alsoIn = pointing('slow_platform_evidence', 'In, as with (kt_nowhere).');
    expect(withFrame([alsoIn, SHARED_THEME_CODES.slow_platform_evidence])).toThrow(
      /"kt_pointing" sends coders to "kt_nowhere" in its inclusion note/,
    );
  });

  it('refuses a guide written for other respondent types, versions that differ and a sector not in the list', () => {
    expect(() => defineInterviewStudy({ ...DRAFT, guide: guide(TYPES.slice(0, 1)) })).toThrow(
      /guide kt_guide is written for respondent types officer/,
    );
    expect(() => defineInterviewStudy({ ...DRAFT, frame: frameOf(FRAME.codes, '1.1.0') })).toThrow(/coding frame is version 1.1.0/);
    expect(() => defineInterviewStudy({ ...DRAFT, sectors: ['police'] })).toThrow(/sector "police" is not a code of SECTORS/);
  });

  it('builds the guide, the frame, the log as a questionnaire, and log and segment record types', () => {
    expect(built.instruments.map((i) => `${i.kind} ${i.id} ${i.version}`)).toEqual([
      'interview-guide kt_guide 1.2.0',
      'coding-frame kt_frame 1.2.0',
      'questionnaire kt_interview_log 1.2.0',
    ]);
    expect(built.recordTypes.map((r) => r.name)).toEqual(['interview_log', 'coded_segment']);
    expect(built.links).toEqual([
      {
        from: { recordType: 'coded_segment', fields: ['interview_code'] },
        to: { recordType: 'interview_log', fields: ['interview_code'] },
      },
    ]);
    const segment = built.recordTypes[1];
    expect(segment?.fields.find((f) => f.name === 'excerpt')).toMatchObject({ freeText: true, maxLength: 300, required: false });
  });

  it("declares in its frame where a QDA project's codings go: every field of the coded segment record, and only those", () => {
    const frame = built.instruments.find((i): i is CodingFrame => i.kind === 'coding-frame');
    const segments = frame?.segments;
    expect(segments).toEqual(study.frame.segments);
    expect(segments?.recordType).toBe('coded_segment');
    const record = built.recordTypes.find((r) => r.name === segments?.recordType);
    expect(Object.values(segments?.fields ?? {}).sort()).toEqual(record?.fields.map((f) => f.name).sort());
    expect(record?.key).toEqual([]);
    const excerpt = record?.fields.find((f) => f.name === segments?.fields.excerpt);
    expect(excerpt?.maxLength).toBe(segments?.excerptLimit);
    // The frame's codes are unchanged: the declaration only adds where codings go.
    expect(frame?.codes).toBe(FRAME.codes);
  });

  it('refuses a frame that says coded segments go anywhere else', () => {
    const elsewhere = defineCodingFrame({
      id: 'kt_frame',
      title: 'Kit test frame',
      version: '1.2.0',
      codes: FRAME.codes,
      segments: {
        recordType: 'coded_segment',
        fields: { interview: 'interview_code', theme: 'theme_code', frameVersion: 'frame_version' },
      },
    });
    expect(() => defineInterviewStudy({ ...DRAFT, frame: elsewhere })).toThrow(/coding frame kt_frame says coded segments go elsewhere/);
  });

  it('asks the age group and assent only where a respondent may be a child, and the sector only of professionals', () => {
    if (!log) throw new Error('no log');
    const relevance = new Map(placedQuestions(log).map((p) => [p.question.name, p.relevant]));
    const asked = (name: string, record: RecordValues): boolean => {
      const relevant = relevance.get(name);
      return relevant === undefined || evaluate(relevant, record);
    };
    expect(asked('respondent_age_group', { respondent_type: 'young_person' })).toBe(true);
    expect(asked('respondent_age_group', { respondent_type: 'officer' })).toBe(false);
    expect(asked('assent', { respondent_type: 'young_person', respondent_age_group: 'under_18' })).toBe(true);
    expect(asked('assent', { respondent_type: 'young_person', respondent_age_group: 'adult' })).toBe(false);
    expect(asked('sector', { respondent_type: 'officer' })).toBe(true);
    expect(asked('sector', { respondent_type: 'young_person' })).toBe(false);
    expect(asked('no_consent_stop', { consent: 'no' })).toBe(true);
    expect(asked('no_consent_stop', { consent: 'yes', respondent_age_group: 'under_18', assent: 'no' })).toBe(true);
    expect(asked('no_consent_stop', { consent: 'yes', respondent_age_group: 'under_18', assent: 'yes' })).toBe(false);
  });

  it('leaves the age group and assent out of a log whose respondents are all adults', () => {
    const adults = TYPES.slice(0, 1);
    const adultStudy = defineInterviewStudy({ ...DRAFT, respondentTypes: adults, guide: guide(adults) });
    const names = adultStudy.build(undefined, adultStudy.defaultPlanned).recordTypes[0]?.fields.map((f) => f.name);
    expect(names).not.toContain('assent');
    expect(names).not.toContain('respondent_age_group');
    expect(names).toContain('consent');
  });

  it('offers the regions and languages of the assessment', () => {
    const parsed = parseAssessmentConfig({
      country: 'XA',
      name: 'Examplia',
      languages: ['en', 'sw'],
      activities: {},
      extensionLists: { region: [{ code: 'coast', label: 'Coast' }] },
    });
    if (parsed.status !== 'success') throw new Error('bad config');
    const fields = study.build(parsed.config, study.defaultPlanned).recordTypes[0]?.fields ?? [];
    expect(fields.find((f) => f.name === 'region')?.codes?.map((c) => c.code)).toEqual(['coast']);
    expect(fields.find((f) => f.name === 'interview_language')?.codes?.map((c) => c.label.en)).toEqual(['English', 'Swahili']);
  });
});

describe('the consent rules', () => {
  it('fail an interview logged without consent, and pass one with it', () => {
    const rule = recordRule('interview-has-consent');
    expect(rule.code).toBe('kit-test/consent-not-recorded');
    expect(passes(rule, { interview_code: 'KT-001', consent: 'no' })).toBe(false);
    expect(passes(rule, { interview_code: 'KT-001', consent: 'yes' })).toBe(true);
  });

  it("fail a child's interview without the child's assent, and pass an adult's without any", () => {
    const rule = recordRule('child-interview-has-assent');
    expect(rule.code).toBe('kit-test/assent-not-recorded');
    expect(passes(rule, { respondent_age_group: 'under_18', consent: 'yes', assent: 'no' })).toBe(false);
    expect(passes(rule, { respondent_age_group: 'under_18', consent: 'yes', assent: 'yes' })).toBe(true);
    expect(passes(rule, { respondent_age_group: 'adult', consent: 'yes', assent: '' })).toBe(true);
  });
});

describe('the theme rule', () => {
  const rule = datasetRule('themes-in-declared-frame');
  const segment = (theme: string, frame_version = '1.2.0') => ({ interview_code: 'KT-001', theme, frame_version });

  it('reports a theme outside the frame as such, with the nearest code', () => {
    const found = run(rule, { coded_segment: [segment('kt_equipmnet')] });
    expect(found.map((i) => `${i.code} ${i.row} ${i.field}`)).toEqual(['kit-test/theme-outside-frame 2 theme']);
    expect(found[0]?.params?.['detail']).toMatch(
      /"kt_equipmnet", which is not a theme of coding frame kt_frame 1.2.0 \(did you mean "kt_equipment"\?\)/,
    );
  });

  it('passes every theme of the frame, shared or own, broad or narrow, and earlier versions of its line', () => {
    const rows = frameCodes(FRAME).map((c) => segment(c.id, '1.0.3'));
    expect(rows.length).toBe(4);
    expect(run(rule, { coded_segment: rows })).toEqual([]);
  });

  it('reports a frame version of another line, or newer than the installed frame', () => {
    for (const version of ['2.0.0', '1.3.0', 'one']) {
      const found = run(rule, { coded_segment: [segment('kt_equipment', version)] });
      expect(
        found.map((i) => i.code),
        version,
      ).toEqual(['kit-test/frame-version-unknown']);
      expect(found[0]?.params?.['detail']).toMatch(/reads kt_frame 1.x up to 1.2.0 only/);
    }
  });
});

describe('planned against achieved interviews', () => {
  const rule = datasetRule('interviews-as-planned');

  it('warns, per respondent type, where fewer interviews are logged than planned', () => {
    const found = run(rule, {
      interview_log: [{ respondent_type: 'officer' }, { respondent_type: 'officer' }, { respondent_type: 'young_person' }],
    });
    expect(found.map((i) => i.code)).toEqual(['kit-test/fewer-interviews-than-planned', 'kit-test/fewer-interviews-than-planned']);
    expect(found[0]?.params?.['detail']).toMatch(/^2 interviews with respondent type "Police officer" \(officer\) are logged, 3 planned/);
    expect(
      IssueCatalogue.of([{ id: 'kit-test', issues: study.issues }]).definition('kit-test/fewer-interviews-than-planned').severity,
    ).toBe('warning');
  });

  it('is silent once the plan is met', () => {
    const rows = [...Array<string>(3).fill('officer'), 'young_person', 'young_person'].map((respondent_type) => ({ respondent_type }));
    expect(run(rule, { interview_log: rows })).toEqual([]);
  });
});

describe('the planned numbers in settings', () => {
  it('default to the published plan, and refuse a respondent type the activity does not have', () => {
    expect(study.plannedSchema.parse(undefined)).toEqual({ officer: 3, young_person: 2 });
    expect(study.plannedSchema.parse({ officer: 5 })).toEqual({ officer: 5, young_person: 2 });
    expect(study.plannedSchema.safeParse({ judge: 2 }).success).toBe(false);
  });

  it('are scaffolded from one option named after the activity', () => {
    expect(study.scaffold.options.map((o) => [o.name, o.default])).toEqual([['kit-test-planned', 'officer:3;young_person:2']]);
    expect(
      study.scaffold.settings({ 'kit-test-planned': 'officer:6; young_person:0' }, { iso: 'XA', name: 'X', languages: ['en'] }),
    ).toEqual({ planned: { officer: 6, young_person: 0 } });
    expect(Number.isNaN(parsePlanned('officer:many')['officer'])).toBe(true);
  });
});

describe('the theme tables', () => {
  const tables = built.tables as CountTableContract[];

  it('count interviews, per theme by respondent type and per pair of themes', () => {
    expect(tables.map((t) => [t.id, t.recordType, t.distinct, t.columns?.kind])).toEqual([
      ['themes_by_respondent_type', 'coded_segment', ['interview_code'], 'field'],
      ['themes_together', 'coded_segment', ['interview_code'], 'same-as-rows'],
    ]);
    expect(tables[0]?.columns).toEqual({ kind: 'field', title: 'Respondent type', field: 'respondent_type', from: 'interview_log' });
  });

  it('count a broad theme where it or any theme under it was coded', () => {
    const capacity = themeLevels(FRAME).find((l) => l.code === 'kt_capacity');
    if (!capacity) throw new Error('no level');
    for (const theme of ['kt_capacity', 'lack_of_training', 'kt_equipment']) expect(evaluate(capacity.when, { theme })).toBe(true);
    expect(evaluate(capacity.when, { theme: 'victim_blaming' })).toBe(false);
  });

  it('never read an excerpt', () => {
    for (const t of tables) {
      const read = [
        ...(t.rows.kind === 'levels' ? t.rows.levels.flatMap((l) => referencedNames(l.when)) : [t.rows.field]),
        ...(t.columns?.kind === 'field' ? [t.columns.field] : []),
        ...(t.distinct ?? []),
      ];
      expect(read).not.toContain('excerpt');
    }
  });
});

describe('the synthesis plan', () => {
  it('makes interviews, then coded segments of each, and answers only variables the records have', () => {
    const plan = built.synthesis;
    expect(plan?.sample).toEqual({ kind: 'simple', recordType: 'interview_log' });
    expect(plan?.followOns.map((f) => `${f.from} → ${f.recordType}`)).toEqual(['interview_log → coded_segment']);
    const fields = new Map(built.recordTypes.map((r) => [r.name, r.fields.map((f) => f.name)]));
    for (const answer of plan?.answers ?? []) expect(fields.get(answer.recordType), answer.field).toContain(answer.field);
  });

  it('draws respondent types in proportion to the plan, and only themes of the frame', () => {
    const plan = study.build(undefined, { officer: 4, young_person: 0 }).synthesis;
    const model = (field: string) => plan?.answers.find((a) => a.field === field)?.model;
    expect(model('respondent_type')).toEqual({ kind: 'choice', weights: { officer: 4, young_person: 0 } });
    const themes = model('theme');
    expect(themes?.kind === 'choice' && Object.keys(themes.weights)).toEqual(['lack_of_training', 'kt_equipment', 'victim_blaming']);
  });
});

describe('the generated files', () => {
  it('hold a schema for each record type and the English text of every key, shared themes under their own keys', async () => {
    const files = await interviewStudyArtefacts(built);
    expect(files.map((f) => f.path)).toEqual([
      'schema/interview_log.schema.json',
      'schema/interview_log.d.ts',
      'schema/coded_segment.schema.json',
      'schema/coded_segment.d.ts',
      'translations/en.json',
    ]);
    const english = JSON.parse(files[4]?.content ?? '{}') as Record<string, string>;
    expect(english['themes.lack_of_training.label']).toBe('Lack of training');
    expect(english['kt_interview_log.consent.label']).toBe('Was informed consent given before the interview began?');
    expect(english['choices.respondent_type.young_person']).toBe('Young person');
  });
});

describe('the shared theme codes', () => {
  it('each have an id used once, a definition, inclusion and exclusion notes and an example', () => {
    const codes = Object.entries(SHARED_THEME_CODES);
    expect(codes.length).toBeGreaterThanOrEqual(10);
    for (const [key, code] of codes) {
      expect(code.id).toBe(key);
      expect(code.label.key).toBe(`themes.${key}.label`);
      for (const text of [code.definition, code.include, code.exclude, code.example]) expect(text?.en.length, key).toBeGreaterThan(20);
      expect(code.example?.en.length, key).toBeLessThanOrEqual(300);
    }
  });

  it('name only shared themes in their exclusion notes, so a coder is sent to a code that exists', () => {
    const ids = new Set(Object.keys(SHARED_THEME_CODES));
    for (const code of Object.values(SHARED_THEME_CODES)) {
      const named = [...(code.exclude?.en ?? '').matchAll(/\(([a-z_]+)\)/g)].map((m) => m[1] ?? '');
      for (const id of named) expect(ids.has(id), `${code.id} sends coders to ${id}`).toBe(true);
    }
  });
});
