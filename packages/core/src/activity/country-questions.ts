import type { AssessmentConfig, CountryQuestion } from '../config/assessment-config.js';
import type { ConfigProblem } from '../config/config-problem.js';
import { choiceKey } from '../instrument/builder.js';
import { checkInstrument } from '../instrument/check-instrument.js';
import { extensionPointsOf, type ExtensionPoint } from '../instrument/extension-points.js';
import type { ChoiceList, Instrument, InstrumentNode, Question } from '../instrument/types.js';
import { recordTypesOf, type FieldDefinition } from '../records/record-type.js';
import type { ActivityDefinition, BuiltActivity } from './activity-definition.js';

/**
 * Country questions (docs/methodology.md § country adaptations): a country's own questions,
 * declared in assessment.json, added at the end of the groups an activity marks as extension
 * points. Every command builds an activity through `withCountryQuestions`, so the XLSForms, the
 * codebooks, `dh validate` and the validator page all know the same columns.
 */

/** The activity, built with the assessment's country questions in place. */
export function withCountryQuestions(activity: ActivityDefinition): ActivityDefinition {
  return {
    ...activity,
    build: (config) => applyCountryQuestions(activity.build(config), config?.activities[activity.id]?.countryQuestions ?? []),
  };
}

/** Every extension point of a built activity's questionnaires. */
export function activityExtensionPoints(built: BuiltActivity): ExtensionPoint[] {
  return built.instruments.flatMap((i) => (i.kind === 'questionnaire' ? extensionPointsOf(i) : []));
}

/** The built activity with the country questions added at their extension points; throws when one has no place. */
export function applyCountryQuestions(built: BuiltActivity, questions: readonly CountryQuestion[]): BuiltActivity {
  if (questions.length === 0) return built;
  const points = activityExtensionPoints(built);
  for (const question of questions) if (!points.some((p) => p.id === question.at)) throw new Error(unknownPointMessage(question, points));
  const changed = new Map<string, Instrument>();
  const instruments = built.instruments.map((instrument) => {
    if (instrument.kind !== 'questionnaire') return instrument;
    const own = new Set(extensionPointsOf(instrument).map((p) => p.id));
    const here = questions.filter((q) => own.has(q.at));
    if (here.length === 0) return instrument;
    const extended: Instrument = {
      ...instrument,
      children: insertAtPoints(instrument.children, here, instrument.id),
      choiceLists: [...instrument.choiceLists, ...here.flatMap(choiceListOf)],
    };
    checkInstrument(extended);
    changed.set(instrument.id, extended);
    return extended;
  });
  const names = new Set(questions.map((q) => q.name));
  const extendedTypes = new Map([...changed.values()].flatMap((i) => recordTypesOf(i).map((r) => [r.name, r] as const)));
  return {
    ...built,
    instruments,
    recordTypes: built.recordTypes.map((r) => {
      const extended = extendedTypes.get(r.name);
      return extended === undefined ? r : { ...r, fields: withCountryFields(r.fields, extended.fields, names) };
    }),
  };
}

/** The record type's fields with each country field after the question it follows in the instrument (codebooks read in order). */
function withCountryFields(
  fields: readonly FieldDefinition[],
  instrumentOrder: readonly FieldDefinition[],
  names: ReadonlySet<string>,
): FieldDefinition[] {
  const out = [...fields];
  instrumentOrder.forEach((field, i) => {
    if (!names.has(field.name)) return;
    const previous = instrumentOrder[i - 1]?.name;
    const at = previous === undefined ? -1 : out.findIndex((f) => f.name === previous);
    out.splice(at === -1 ? out.length : at + 1, 0, field);
  });
  return out;
}

function insertAtPoints(nodes: readonly InstrumentNode[], questions: readonly CountryQuestion[], instrumentId: string): InstrumentNode[] {
  return nodes.map((node) => {
    if (node.kind === 'question') return node;
    const children = insertAtPoints(node.children, questions, instrumentId);
    const point = node.kind === 'group' ? node.extensionPoint : undefined;
    const here = point === undefined ? [] : questions.filter((q) => q.at === point).map((q) => questionOf(q, instrumentId));
    return { ...node, children: [...children, ...here] };
  });
}

const listNameOf = (question: CountryQuestion): string => `country_${question.name}`;
const isSelect = (type: CountryQuestion['type']): boolean => type === 'select_one' || type === 'select_multiple';
const isNumber = (type: CountryQuestion['type']): boolean => type === 'integer' || type === 'decimal';

function questionOf(q: CountryQuestion, instrumentId: string): Question {
  return {
    kind: 'question',
    name: q.name,
    type: q.type,
    required: q.required,
    selfCompleted: false,
    label: { key: `${instrumentId}.${q.name}.label`, en: q.label },
    ...(q.hint !== undefined && { hint: { key: `${instrumentId}.${q.name}.hint`, en: q.hint } }),
    ...(isSelect(q.type) && { listName: listNameOf(q) }),
    ...(q.minimum !== undefined && { minimum: q.minimum }),
    ...(q.maximum !== undefined && { maximum: q.maximum }),
    ...(q.type === 'text' && { freeText: true }),
  };
}

function choiceListOf(q: CountryQuestion): ChoiceList[] {
  if (!isSelect(q.type) || q.choices === undefined) return [];
  const name = listNameOf(q);
  return [
    { name, extension: false, choices: q.choices.map((c) => ({ code: c.code, label: { key: choiceKey(name, c.code), en: c.label } })) },
  ];
}

function unknownPointMessage(question: CountryQuestion, points: readonly ExtensionPoint[]): string {
  const known = points.map((p) => `${p.id} (end of ${p.instrument}/${p.group})`).join(', ');
  return `country question "${question.name}" is at "${question.at}", which is not an extension point of this activity; its points: ${known || 'none'}`;
}

/**
 * What is wrong with the assessment's country questions, each with its JSON path: names that do
 * not start with the country code or repeat, answers that do not fit the type, and (for the
 * installed activities, which are built to know them) extension points that do not exist.
 */
export function countryQuestionProblems(
  config: AssessmentConfig,
  activities: readonly { readonly id: string; readonly build?: ActivityDefinition['build'] }[],
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const prefix = `${config.country.toLowerCase()}_`;
  for (const [id, entry] of Object.entries(config.activities)) {
    const questions = entry.countryQuestions ?? [];
    if (questions.length === 0) continue;
    const error = (i: number, field: string, message: string): void => {
      problems.push({ severity: 'error', path: `activities.${id}.countryQuestions.${i}${field ? `.${field}` : ''}`, message });
    };
    const seen = new Set<string>();
    questions.forEach((q, i) => {
      if (!q.name.startsWith(prefix))
        error(i, 'name', `"${q.name}" must start with "${prefix}" (the country code), so it can never take a core question's name`);
      if (seen.has(q.name)) error(i, 'name', `"${q.name}" is used by an earlier country question`);
      seen.add(q.name);
      if (isSelect(q.type) && (q.choices?.length ?? 0) < 2) error(i, 'choices', `a ${q.type} question needs at least two choices`);
      if (!isSelect(q.type) && q.choices !== undefined) error(i, 'choices', `only select_one and select_multiple questions have choices`);
      const codes = q.choices?.map((c) => c.code) ?? [];
      const repeated = codes.find((c, n) => codes.indexOf(c) !== n);
      if (repeated !== undefined) error(i, 'choices', `code "${repeated}" is listed twice`);
      if (!isNumber(q.type) && (q.minimum !== undefined || q.maximum !== undefined))
        error(i, '', `minimum and maximum are for integer and decimal questions only`);
      if (q.minimum !== undefined && q.maximum !== undefined && q.minimum > q.maximum)
        error(i, '', `minimum (${q.minimum}) is above maximum (${q.maximum})`);
    });
    const activity = activities.find((a) => a.id === id);
    if (activity?.build === undefined) continue;
    const built = activity.build();
    const points = activityExtensionPoints(built);
    // Every name an instrument holds (questions, groups, repeats, lists) and every variable: XLSForm names are one space.
    const taken = new Set([
      ...built.recordTypes.flatMap((r) => r.fields.map((f) => f.name)),
      ...built.instruments.flatMap((i) =>
        i.kind === 'questionnaire' ? [...nodeNames(i.children), ...i.choiceLists.map((l) => l.name)] : [],
      ),
    ]);
    questions.forEach((q, i) => {
      if (!points.some((p) => p.id === q.at)) error(i, 'at', unknownPointMessage(q, points));
      if (taken.has(q.name)) error(i, 'name', `"${q.name}" is already a name in ${id}'s questionnaires: choose another`);
    });
    if (problems.length > 0) continue;
    try {
      applyCountryQuestions(built, questions);
    } catch (failure) {
      problems.push({ severity: 'error', path: `activities.${id}.countryQuestions`, message: (failure as Error).message });
    }
  }
  return problems;
}

function nodeNames(nodes: readonly InstrumentNode[]): string[] {
  return nodes.flatMap((n) => (n.kind === 'question' ? [n.name] : [n.name, ...nodeNames(n.children)]));
}
