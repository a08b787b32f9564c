import type { ActivityDefinition, BuiltActivity } from '../activity/activity-definition.js';
import type { ComparabilityKey } from '../activity/comparability.js';
import type { DatasetRule, RecordLink, RecordRule } from '../activity/contracts.js';
import type { ScaffoldDeclaration } from '../activity/scaffold.js';
import type { TableContract } from '../activity/table-contracts.js';
import { compatibilityLine } from '../activity/versions.js';
import type { AssessmentConfig } from '../config/assessment-config.js';
import type { ActivityInstrument } from '../instrument/activity-instrument.js';
import { InstrumentDefinitionError, XML_NAME } from '../instrument/check-instrument.js';
import { frameCodes, type CodedSegments, type CodingFrame, type ThemeCode } from '../instrument/coding-frame.js';
import { SHARED_THEME_CODES } from '../instrument/shared-theme-codes.js';
import type { IssueDefinition } from '../issues/catalogue.js';
import type { RecordType } from '../records/record-type.js';
import { recordTypesOf } from '../records/record-type.js';
import { interviewIssues } from './interview-issues.js';
import { SECTORS } from './interview-lists.js';
import { interviewLogInstrument } from './interview-log.js';
import { consentRules, plannedInterviewsRule } from './interview-rules.js';
import { CODED_SEGMENTS, codedSegmentRecordType, frameRule, SEGMENT_LINK } from './interview-segments.js';
import { defaultPlanned, interviewScaffold, plannedInterviewsSchema } from './interview-settings.js';
import type { InterviewStudyDraft } from './interview-study-draft.js';
import { interviewSynthesisPlan, type InterviewSynthesisExtras } from './interview-synthesis.js';
import { themeTables } from './interview-tables.js';

/** What one interview activity builds beyond what every interview activity has (a capacity checklist, case journeys). */
export interface InterviewStudyExtras {
  readonly instruments?: readonly ActivityInstrument[];
  readonly recordTypes?: readonly RecordType[];
  readonly links?: readonly RecordLink[];
  readonly recordRules?: readonly RecordRule[];
  readonly datasetRules?: readonly DatasetRule[];
  readonly tables?: readonly TableContract[];
  readonly synthesis?: InterviewSynthesisExtras;
}

/** One interview activity as the kit makes it: the parts of its ActivityDefinition every interview activity shares. */
export interface InterviewStudy {
  readonly draft: InterviewStudyDraft;
  /** The draft's coding frame, saying where a QDA project's codings go (`CODED_SEGMENTS`), as the activity publishes it. */
  readonly frame: CodingFrame;
  /** Its issue codes for consent, assent, theme codes, frame versions and planned interviews. */
  readonly issues: readonly IssueDefinition[];
  /** `settings.planned`: interviews planned per respondent type. */
  readonly plannedSchema: ReturnType<typeof plannedInterviewsSchema>;
  readonly defaultPlanned: Readonly<Record<string, number>>;
  readonly scaffold: ScaffoldDeclaration;
  readonly disclosure: ActivityDefinition['disclosure'];
  /** Countries' theme tables stand side by side only when coded with one compatibility line of the frame. */
  readonly comparability: readonly ComparabilityKey[];
  /** Everything it builds for an assessment, with the activity's own extras. */
  build(config: AssessmentConfig | undefined, planned: Readonly<Record<string, number>>, extras?: InterviewStudyExtras): BuiltActivity;
}

const SHARED: ReadonlyMap<string, ThemeCode> = new Map(Object.values(SHARED_THEME_CODES).map((c) => [c.id, c]));

/** A theme a note sends coders to, written as its id in brackets: "… (weak_coordination)". */
const NAMED_THEME = /\(([a-z][a-z0-9_]*)\)/g;

/**
 * What is wrong with a coding frame for the kit: shared codes not the shared ones, own codes
 * without the prefix, missing notes, or a note sending coders to a theme the frame does not
 * have.
 */
function frameProblems(draft: InterviewStudyDraft): string[] {
  const problems: string[] = [];
  const codes = frameCodes(draft.frame);
  const inFrame = new Set(codes.map((c) => c.id));
  for (const code of codes) {
    const shared = SHARED.get(code.id);
    if (shared !== undefined) {
      if (shared.label !== code.label || shared.definition !== code.definition)
        problems.push(`theme "${code.id}" has the id of a shared theme: place SHARED_THEME_CODES.${code.id} itself in the frame`);
      continue;
    }
    if (!code.id.startsWith(`${draft.prefix}_`))
      problems.push(`theme "${code.id}" is the activity's own: its id starts with "${draft.prefix}_", so no other frame can use it`);
    for (const [part, text] of [
      ['inclusion note', code.include],
      ['exclusion note', code.exclude],
      ['example', code.example],
    ] as const)
      if (text === undefined || text.en.trim() === '') problems.push(`theme "${code.id}" has no ${part}`);
    for (const [part, note] of [
      ['inclusion note', code.include],
      ['exclusion note', code.exclude],
    ] as const)
      for (const [, named = ''] of note?.en.matchAll(NAMED_THEME) ?? [])
        if (!inFrame.has(named))
          problems.push(
            `theme "${code.id}" sends coders to "${named}" in its ${part}, but the frame has no such theme: add it, or name another`,
          );
  }
  return problems;
}

function sameSegments(segments: CodedSegments): boolean {
  const fields = ['interview', 'theme', 'frameVersion', 'excerpt'] as const;
  return (
    segments.recordType === CODED_SEGMENTS.recordType &&
    segments.excerptLimit === CODED_SEGMENTS.excerptLimit &&
    fields.every((f) => segments.fields[f] === CODED_SEGMENTS.fields[f])
  );
}

function studyProblems(draft: InterviewStudyDraft): string[] {
  const problems: string[] = [];
  if (!/^[a-z][a-z0-9]*$/.test(draft.prefix)) problems.push(`prefix "${draft.prefix}" is not lower-case letters and digits`);
  const codes = draft.respondentTypes.map((t) => t.code);
  if (codes.length === 0) problems.push('it has no respondent types');
  for (const [i, type] of draft.respondentTypes.entries()) {
    if (!XML_NAME.test(type.code)) problems.push(`respondent type "${type.code}" is not a name (letters, digits, _ . -)`);
    if (codes.indexOf(type.code) !== i) problems.push(`respondent type "${type.code}" is listed twice`);
    if (!Number.isInteger(type.planned) || type.planned < 0)
      problems.push(`respondent type "${type.code}" plans ${type.planned} interviews`);
  }
  const guideTypes = draft.guide.respondentTypes.choices.map((c) => c.code);
  if (guideTypes.join() !== codes.join() || draft.guide.respondentTypes.name !== 'respondent_type')
    problems.push(
      `guide ${draft.guide.id} is written for respondent types ${guideTypes.join(', ')}: give it respondentTypeList(respondentTypes)`,
    );
  if (draft.respondentTypes.some((t) => t.professional === true) && draft.sectors.length === 0)
    problems.push('it interviews professionals but offers no sector');
  for (const sector of draft.sectors)
    if (!SECTORS.some((s) => s.code === sector))
      problems.push(`sector "${sector}" is not a code of SECTORS (${SECTORS.map((s) => s.code).join(', ')})`);
  for (const [what, version] of [
    ['guide', draft.guide.version],
    ['coding frame', draft.frame.version],
  ] as const)
    if (version !== draft.version) problems.push(`its ${what} is version ${version}, not the activity's ${draft.version}`);
  if (draft.frame.segments !== undefined && !sameSegments(draft.frame.segments))
    problems.push(
      `coding frame ${draft.frame.id} says coded segments go elsewhere than the kit's: leave its segments out, the kit declares them`,
    );
  return [...problems, ...frameProblems(draft)];
}

/**
 * The interview kit (docs/methodology.md § the interview activities): from what an interview
 * activity says about itself (respondent types, guide, coding frame, the questions its log
 * adds), the parts every interview activity shares, made one way: the interview log as a
 * questionnaire, coded segments linked to it (and read from a QDA project export through
 * the frame's `segments`), consent and assent rules, the theme-frame rule,
 * planned against achieved interviews, the theme tables, the synthesis plan, the settings and
 * scaffold of planned numbers. Throws on an authoring error.
 */
export function defineInterviewStudy(draft: InterviewStudyDraft): InterviewStudy {
  const problems = studyProblems(draft);
  if (problems.length > 0)
    throw new InstrumentDefinitionError(`Interview activity "${draft.activityId}" is not well defined:\n- ${problems.join('\n- ')}`);
  const frame: CodingFrame = { ...draft.frame, segments: CODED_SEGMENTS };
  return {
    draft,
    frame,
    issues: interviewIssues(draft.activityId),
    plannedSchema: plannedInterviewsSchema(draft),
    defaultPlanned: defaultPlanned(draft),
    scaffold: interviewScaffold(draft),
    disclosure: {
      case: 'interview',
      description: `Counts of interviews in a small purposive sample (${draft.name.toLowerCase()}): a count under the qualitative threshold is withheld, with enough others that it cannot be worked out.`,
    },
    comparability: [
      {
        id: 'coding-frame',
        title: 'Coding frame (compatibility line)',
        value: () => `${draft.frame.id} ${compatibilityLine(draft.frame.version) ?? draft.frame.version}`,
      },
    ],
    build(config, planned, extras = {}) {
      const log = interviewLogInstrument(draft, config);
      return {
        instruments: [draft.guide, frame, log, ...(extras.instruments ?? [])],
        recordTypes: [...recordTypesOf(log), codedSegmentRecordType(frame), ...(extras.recordTypes ?? [])],
        links: [SEGMENT_LINK, ...(extras.links ?? [])],
        recordRules: [...consentRules(draft), ...(extras.recordRules ?? [])],
        datasetRules: [frameRule(draft.activityId, draft.frame), plannedInterviewsRule(draft, planned), ...(extras.datasetRules ?? [])],
        derivedVariables: [],
        designs: [],
        consent: [],
        disaggregations: [],
        indicators: [],
        tables: [...themeTables(draft), ...(extras.tables ?? [])],
        synthesis: interviewSynthesisPlan(draft, config, planned, extras.synthesis),
      };
    },
  };
}
