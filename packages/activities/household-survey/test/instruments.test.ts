import { describe, expect, it } from 'vitest';
import { compileExpression, evaluate, instrumentTexts, type RecordValues } from '@dh/core';
import { activity, OCSEA_ITEMS } from '../src/index.js';
import { field, parsedConfig, recordType, WIDE_AGE_CONFIG } from './fixtures.js';

const built = activity.build();
const child = recordType(built, 'child');
const FOLLOW_UPS = ['who', 'mode', 'platform', 'told'] as const;

/** A consented child who said "yes" to everything a record could hold, so only consent can make a question irrelevant. */
function answeredEverything(overrides: RecordValues): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const f of child.fields) record[f.name] = f.codes?.some((c) => c.code === 'yes') ? 'yes' : (f.codes?.[0]?.code ?? 14);
  for (const item of OCSEA_ITEMS) {
    record[`${item.name}_mode`] = 'online_only';
    record[`${item.name}_told`] = 'no_one';
  }
  return { ...record, ...overrides };
}

describe('the child interview skip logic', () => {
  it.each(OCSEA_ITEMS.flatMap((item) => FOLLOW_UPS.map((part) => [item.name, part] as const)))(
    'asks %s_%s only when the item is "yes"',
    (item, part) => {
      const relevant = field(child, `${item}_${part}`).relevant;
      if (!relevant) throw new Error('an OCSEA follow-up must have a relevance');
      const record = answeredEverything({});
      expect(evaluate(relevant, { ...record, [item]: 'yes' })).toBe(true);
      for (const other of ['no', 'dont_know', 'refused', '']) expect(evaluate(relevant, { ...record, [item]: other })).toBe(false);
    },
  );

  it('does not ask the platform of an experience that happened in person only', () => {
    const relevant = field(child, 'ocsea_threatened_platform').relevant;
    if (!relevant) throw new Error('platform must have a relevance');
    expect(evaluate(relevant, answeredEverything({ ocsea_threatened_mode: 'in_person_only' }))).toBe(false);
  });

  it('asks for reasons for not telling only of a child who told no one about some experience', () => {
    const relevant = field(child, 'reasons_not_told').relevant;
    if (!relevant) throw new Error('reasons_not_told must have a relevance');
    const toldSomeone = Object.fromEntries(OCSEA_ITEMS.map((i) => [`${i.name}_told`, 'friend']));
    expect(evaluate(relevant, answeredEverything(toldSomeone))).toBe(false);
    expect(evaluate(relevant, answeredEverything({ ...toldSomeone, ocsea_sexual_comments_told: 'no_one' }))).toBe(true);
  });

  it.each([
    ['child', { caregiver_consent: 'no' }],
    ['child', { caregiver_consent: 'yes', child_assent: 'no' }],
    ['child', { caregiver_consent: 'yes', child_assent: '' }],
    ['caregiver', { cg_consent: 'no' }],
    ['household', { screener_consent: 'no' }],
  ])('asks nothing of a %s record before consent (%j)', (name, refusal) => {
    const rt = recordType(built, name);
    const gate = built.consent.find((g) => g.recordType === name);
    if (!gate) throw new Error(`${name} has no consent gate`);
    const record: Record<string, unknown> = Object.fromEntries(rt.fields.map((f) => [f.name, f.codes?.[0]?.code ?? 3]));
    const asked = rt.fields.filter(
      (f) => !gate.before.includes(f.name) && (!f.relevant || evaluate(f.relevant, { ...record, ...refusal })),
    );
    expect(asked.map((f) => f.name)).toEqual([]);
    expect(gate.before.length).toBeGreaterThan(2);
  });

  it('has the child complete risky behaviour, OCSEA and sex-education modules on the tablet alone', () => {
    const selfCompleted = child.fields.filter((f) => f.selfCompleted).map((f) => f.name);
    for (const item of OCSEA_ITEMS) expect(selfCompleted).toContain(item.name);
    expect(selfCompleted).toContain('risk_sent_own_images');
    expect(selfCompleted).toContain('sex_education_received');
    expect(selfCompleted).not.toContain('age');
  });

  it('offers "don\'t know" and "prefer not to say" as coded answers on every OCSEA and risk item', () => {
    const sensitive = child.fields.filter(
      (f) => /^(ocsea_[a-z_]+|risk_[a-z_]+)$/.test(f.name) && f.questionType === 'select_one' && !f.name.endsWith('_mode'),
    );
    expect(sensitive.length).toBe(OCSEA_ITEMS.length + 4);
    for (const f of sensitive) {
      expect(
        f.codes?.filter((c) => c.missing).map((c) => `${c.code}:${c.missing}`),
        f.name,
      ).toEqual(['dont_know:dont_know', 'refused:refused']);
    }
  });

  it('records a distress referral as a code, never as free text', () => {
    expect(field(child, 'referral_offered').questionType).toBe('select_one');
    expect(child.fields.filter((f) => f.freeText)).toEqual([]);
  });
});

describe('what the assessment config changes', () => {
  const wide = activity.build(parsedConfig(WIDE_AGE_CONFIG));
  const wideChild = recordType(wide, 'child');

  it('moves the age constraint and bounds to the configured age range', () => {
    const constraintOf = (rt: typeof child) => compileExpression(field(rt, 'age').constraint ?? { kind: 'literal', value: false });
    expect([8, 9, 12, 17, 18].map((age) => constraintOf(wideChild).test({ age }, 'age'))).toEqual([false, true, true, true, false]);
    expect([9, 11, 12, 17, 18].map((age) => constraintOf(child).test({ age }, 'age'))).toEqual([false, false, true, true, false]);
    expect([field(wideChild, 'age').minimum, field(wideChild, 'age').maximum]).toEqual([9, 17]);
    expect(field(recordType(wide, 'roster'), 'roster_age').minimum).toBe(9);
  });

  it('words the internet-use questions with the configured recall period', () => {
    expect(field(wideChild, 'internet_use_recall').label?.en).toMatch(/^In the past 6 months, have you used the internet/);
    expect(field(child, 'internet_use_recall').label?.en).toMatch(/^In the past 3 months/);
    expect(field(recordType(wide, 'roster'), 'roster_internet_use').label?.en).toMatch(/past 6 months/);
  });

  it('fills strata, platforms and languages from the config, keeping the fixed platform codes', () => {
    expect(field(wideChild, 'strat').codes?.map((c) => c.code)).toEqual(['coast_urban', 'coast_rural', 'highlands']);
    expect(field(wideChild, 'ocsea_threatened_platform').codes?.map((c) => c.code)).toEqual([
      'chatapp',
      'vidshare',
      'other_platform',
      'dont_know',
      'refused',
    ]);
    expect(field(wideChild, 'interview_language').codes?.map((c) => `${c.code}=${c.label.en}`)).toEqual(['en=English', 'sw=Swahili']);
  });

  it('names the design variables as the config does, with the weight added to the record types only', () => {
    expect(wide.designs).toEqual(
      ['household', 'child', 'caregiver'].map((recordType) => ({
        recordType,
        stratum: 'strat',
        psu: 'ea',
        weight: 'wt',
        lonelyPsu: 'fail',
      })),
    );
    for (const name of ['household', 'child', 'caregiver']) expect(field(recordType(wide, name), 'wt').valueType).toBe('number');
    const asked = wide.instruments.flatMap(instrumentTexts).map((t) => t.key);
    expect(asked.some((k) => k.includes('.wt.'))).toBe(false);
  });
});
