import { describe, expect, it } from 'vitest';
import { evaluate, instrumentTexts, questionnairesOf, type RecordValues } from '@dh/core';
import { activity, FRONTLINE_WORKER_SURVEY_VERSION } from '../src/index.js';
import { built, field, FRONTLINE_CONFIG, GOOD_WORKER, parsedConfig, workerType } from './fixtures.js';

const questionnaire = questionnairesOf(built.instruments)[0];

/** Whether a field is asked of this record: its own relevance and its groups'. */
const asked = (name: string, record: RecordValues): boolean => {
  const relevant = field(name).relevant;
  return relevant === undefined || evaluate(relevant, record);
};

/** Whether an answer satisfies the field's constraint, as the tablet checks it. */
const accepted = (name: string, value: unknown): boolean => {
  const constraint = field(name).constraint;
  return constraint === undefined || evaluate(constraint, { ...GOOD_WORKER, [name]: value }, name);
};

describe('the frontline-worker questionnaire', () => {
  it('is one questionnaire of the survey, one frontline_worker record per worker approached', () => {
    expect(built.instruments.map((i) => `${i.kind}:${i.id}@${i.version}`)).toEqual([
      `questionnaire:frontline_worker_questionnaire@${FRONTLINE_WORKER_SURVEY_VERSION}`,
    ]);
    expect(built.recordTypes.map((r) => r.name)).toEqual(['frontline_worker']);
    expect(workerType().key).toEqual(['respondent_id']);
    expect(activity.kind).toBe('survey');
  });

  it('asks for consent before any question to the respondent, and nothing of one who refuses', () => {
    const gate = built.consent.find((g) => g.recordType === 'frontline_worker');
    expect(gate?.before).toEqual(['respondent_id', 'interviewer_id', 'interview_date', 'interview_language', 'consent']);
    const names = workerType().fields.map((f) => f.name);
    expect(names.slice(0, 5)).toEqual(gate?.before);
    const refused = { ...GOOD_WORKER, consent: 'no' };
    expect(names.filter((n) => !gate?.before.includes(n) && asked(n, refused))).toEqual([]);
    expect(names.filter((n) => asked(n, GOOD_WORKER))).toEqual(names);
    expect(field('consent').label?.en).toMatch(/voluntary.*stop at any time.*should not name any child, family or colleague/);
  });

  it('asks role, sector (government, NGO, other), region from the country list, and years of experience', () => {
    expect(field('sector').codes?.map((c) => c.code)).toEqual(['government', 'ngo', 'other_sector']);
    expect(field('role').codes?.length).toBe(8);
    expect(field('region').extensionList).toBe(true);
    expect(field('region').codes?.map((c) => c.code)).toEqual(['region_a', 'region_b']);
    const own = workerType(activity.build(parsedConfig(FRONTLINE_CONFIG)));
    expect(field('region', own).codes?.map((c) => `${c.code}=${c.label.en}`)).toEqual(['coast=Coast', 'lakes=Lakes', 'capital=Capital']);
    expect(field('interview_language', own).codes?.map((c) => c.code)).toEqual(['en', 'sw']);
    expect([field('years_experience').minimum, field('years_experience').maximum]).toEqual([0, 50]);
  });

  it('asks how many cases and of what kind only of a worker who saw cases in the past 12 months', () => {
    expect(field('cases_seen').label?.en).toMatch(/^In the past 12 months/);
    for (const name of ['cases_number', 'case_types']) {
      expect(asked(name, GOOD_WORKER)).toBe(true);
      for (const other of ['no', 'dont_know', 'refused']) expect(asked(name, { ...GOOD_WORKER, cases_seen: other }), other).toBe(false);
    }
    expect(asked('training_when', { ...GOOD_WORKER, training_received: 'no' })).toBe(false);
    expect(asked('reporting_channels', { ...GOOD_WORKER, knows_reporting: 'dont_know' })).toBe(false);
  });

  it('offers the barriers the methodology names, and lets "don\'t know" and "none" stand only alone', () => {
    expect(field('barriers').codes?.map((c) => c.code)).toEqual(expect.arrayContaining(['stigma', 'sexuality_taboo', 'not_knowing_where']));
    expect(accepted('barriers', ['stigma', 'not_knowing_where'])).toBe(true);
    expect(accepted('barriers', ['dont_know'])).toBe(true);
    expect(accepted('barriers', ['stigma', 'dont_know'])).toBe(false);
    expect(accepted('resources', ['none'])).toBe(true);
    expect(accepted('resources', ['guidelines', 'none'])).toBe(false);
    expect(accepted('case_types', ['grooming', 'dont_know'])).toBe(false);
    expect(field('barriers').constraintMessage?.en).toBe('"Don\'t know" cannot be chosen together with other answers.');
  });

  it('codes "don\'t know" and "prefer not to say" as missing answers, distinct from an empty cell', () => {
    for (const name of ['cases_seen', 'training_received', 'knows_reporting', 'reporting_duty', 'resources_enough'])
      expect(
        field(name)
          .codes?.filter((c) => c.missing)
          .map((c) => `${c.code}:${c.missing}`),
        name,
      ).toEqual(['dont_know:dont_know', 'refused:refused']);
    expect(field('barriers').codes?.find((c) => c.code === 'dont_know')?.missing).toBe('dont_know');
  });

  it('asks no free text and no design variable: codes only, a purposive sample', () => {
    expect(workerType().fields.filter((f) => f.freeText)).toEqual([]);
    expect(built.designs).toEqual([]);
    expect(workerType().fields.map((f) => f.name)).not.toEqual(expect.arrayContaining(['weight']));
  });

  it('keys every text under the questionnaire or its own lists, so translations never meet another activity', () => {
    if (!questionnaire) throw new Error('no questionnaire');
    const keys = instrumentTexts(questionnaire).map((t) => t.key);
    for (const key of keys) expect(key).toMatch(/^(frontline_worker_questionnaire\.|choices\.fw_[a-z_]+\.|choices\.(region|language)\.)/);
    expect(keys).toContain('frontline_worker_questionnaire.consent.label');
    expect(keys).toContain('choices.fw_barrier.sexuality_taboo');
  });
});
