import { z } from 'zod';
import type { ScaffoldDeclaration } from '../activity/scaffold.js';
import type { InterviewStudyDraft } from './interview-study-draft.js';

/**
 * `settings.planned` of an interview activity: the interviews planned with each respondent
 * type, one property per type of this activity (so a type of another activity is refused by
 * the published schema), each defaulting to the published plan.
 */
export function plannedInterviewsSchema(draft: InterviewStudyDraft) {
  const shape = Object.fromEntries(
    draft.respondentTypes.map((t) => [
      t.code,
      z
        .int()
        .min(0)
        .max(1000)
        .default(t.planned)
        .meta({ description: `Interviews planned with: ${t.label}.` }),
    ]),
  );
  return z
    .strictObject(shape)
    .prefault({})
    .meta({ description: 'Interviews planned per respondent type; fewer in the interview log is a warning.' });
}

/** The published plan: each respondent type's default number of interviews. */
export function defaultPlanned(draft: InterviewStudyDraft): Record<string, number> {
  return Object.fromEntries(draft.respondentTypes.map((t) => [t.code, t.planned]));
}

/** `type:number;type:number` → planned numbers; what is not a whole number is left for the settings schema to refuse. */
export function parsePlanned(spec: string): Record<string, number> {
  const planned: Record<string, number> = {};
  for (const entry of spec.split(';').map((s) => s.trim())) {
    if (entry === '') continue;
    const at = entry.indexOf(':');
    const value = at < 0 ? '' : entry.slice(at + 1).trim();
    planned[(at < 0 ? entry : entry.slice(0, at)).trim()] = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  }
  return planned;
}

/**
 * What `dh new country` asks of an interview activity: the planned interviews per respondent
 * type, as one option named after the activity (options of several activities share a
 * name only when they mean the same thing).
 */
export function interviewScaffold(draft: InterviewStudyDraft): ScaffoldDeclaration {
  const name = `${draft.activityId}-planned`;
  const published = draft.respondentTypes.map((t) => `${t.code}:${t.planned}`).join(';');
  return {
    options: [
      {
        name,
        type: 'string',
        default: published,
        description: `${draft.name}: interviews planned per respondent type, written type:number;type:number (types: ${draft.respondentTypes.map((t) => t.code).join(', ')})`,
      },
    ],
    settings: (options) => ({ planned: parsePlanned(String(options[name] ?? published)) }),
  };
}
