import { all, not, placedQuestions, q, type Expr, type IndicatorContract, type Instrument, type MissingTreatment } from '@dh/core';
import { FRONTLINE_DISAGGREGATIONS } from './disaggregations.js';
import { consented } from './instrument/consent.js';
import { RECORD_TYPE } from './instrument/questionnaire.js';
import { ACCEPTS_VERSIONS, ACTIVITY_ID } from './version.js';

/** Printed with every share (docs/methodology.md § frontline-worker-survey). */
export const PURPOSIVE_CAVEAT = 'Purposive sample, not representative of all frontline workers.';

const EXCLUDED: { readonly dontKnow: MissingTreatment; readonly refused: MissingTreatment; readonly missing: MissingTreatment } = {
  dontKnow: 'exclude',
  refused: 'exclude',
  missing: 'exclude',
};

interface ShareDraft {
  readonly id: string;
  readonly title: string;
  readonly definition: string;
  readonly universe: Expr;
  readonly numerator: Expr;
  readonly note: string;
  readonly variable: string;
  readonly recallPeriod: string;
}

/**
 * An unweighted share of the workers interviewed: analysis gives it a Wilson score interval
 * and flags it as not representative, as a purposive sample requires.
 */
function share(draft: ShareDraft): IndicatorContract {
  return {
    id: draft.id,
    title: draft.title,
    definition: draft.definition,
    activity: ACTIVITY_ID,
    recordType: RECORD_TYPE,
    acceptsVersions: ACCEPTS_VERSIONS,
    version: '1.0.0',
    estimator: 'proportion',
    universe: draft.universe,
    numerator: draft.numerator,
    missing: { ...EXCLUDED, note: draft.note },
    missingFrom: [draft.variable],
    recallPeriod: draft.recallPeriod,
    weighted: false,
    disaggregations: FRONTLINE_DISAGGREGATIONS.map((d) => d.id),
    caveat: PURPOSIVE_CAVEAT,
  };
}

/** The words of a question and of its answers as the questionnaire has them, so a definition quotes what was asked. */
function wording(instrument: Instrument): { question(name: string): string; answer(name: string, code: string): string } {
  const questions = new Map(placedQuestions(instrument).map((p) => [p.question.name, p.question]));
  const found = (name: string) => {
    const question = questions.get(name);
    if (!question?.label) throw new Error(`frontline-worker-survey: no question ${name}`);
    return question;
  };
  return {
    question: (name) => found(name).label?.en ?? name,
    answer: (name, code) => {
      const list = instrument.choiceLists.find((l) => l.name === found(name).listName);
      return list?.choices.find((c) => c.code === code)?.label.en ?? code;
    },
  };
}

const BASE = 'frontline workers interviewed who consented';
const DK_REF_NOTE = 'Workers answering "don\'t know" or "prefer not to say", or not answering, are outside the denominator.';

/**
 * The survey's shares (docs/methodology.md § frontline-worker-survey): cases seen, training,
 * knowledge of reporting and the duty to report, the three barriers the methodology names,
 * written guidelines and resources judged not enough. Each is unweighted, disaggregated by
 * sector and role, and carries the purposive-sample caveat.
 */
export function frontlineIndicators(instrument: Instrument): IndicatorContract[] {
  const words = wording(instrument);
  const yesNo = (id: string, title: string, variable: string, sentence: string, recallPeriod: string): IndicatorContract =>
    share({
      id,
      title,
      definition: `Share of ${BASE} who ${sentence}: those answering "Yes" to "${words.question(variable)}" (question ${variable}), among those answering "Yes" or "No". Unweighted.`,
      universe: all(consented, q(variable).in('yes', 'no')),
      numerator: q(variable).eq('yes'),
      note: DK_REF_NOTE,
      variable,
      recallPeriod,
    });
  const chosen = (id: string, title: string, variable: string, code: string, excluded: string | undefined): IndicatorContract =>
    share({
      id,
      title,
      definition: `Share of ${BASE} who chose "${words.answer(variable, code)}" in answer to "${words.question(variable)}" (question ${variable}), among those who answered it${excluded === undefined ? '' : ` with anything but "${words.answer(variable, excluded)}"`}. Unweighted.`,
      universe: all(consented, q(variable).answered(), ...(excluded === undefined ? [] : [not(q(variable).selected(excluded))])),
      numerator: q(variable).selected(code),
      note:
        excluded === undefined
          ? 'Workers who did not answer are outside the denominator.'
          : 'Workers answering "don\'t know", or not answering, are outside the denominator.',
      variable,
      recallPeriod: 'at the interview',
    });
  return [
    yesNo(
      'fw_cases_seen',
      'Frontline workers who worked with a case of OCSEA in the past 12 months',
      'cases_seen',
      'worked with at least one child sexually abused or exploited with the internet or a phone playing a part, in the past 12 months',
      'past 12 months',
    ),
    yesNo(
      'fw_trained',
      'Frontline workers ever trained to respond to OCSEA',
      'training_received',
      'were ever trained to respond to OCSEA',
      'ever',
    ),
    yesNo(
      'fw_knows_reporting',
      'Frontline workers who know how to report OCSEA',
      'knows_reporting',
      'would know how to report OCSEA',
      'at the interview',
    ),
    yesNo(
      'fw_reporting_duty',
      'Frontline workers who say they must report suspected sexual abuse of a child',
      'reporting_duty',
      'say they are required, by law or their organisation, to report suspected sexual abuse of a child',
      'at the interview',
    ),
    chosen('fw_barrier_stigma', 'Workers naming stigma as a barrier to disclosure and reporting', 'barriers', 'stigma', 'dont_know'),
    chosen(
      'fw_barrier_sexuality_taboo',
      'Workers naming taboos around sexuality as a barrier to disclosure and reporting',
      'barriers',
      'sexuality_taboo',
      'dont_know',
    ),
    chosen(
      'fw_barrier_not_knowing_where',
      'Workers naming not knowing where to report as a barrier',
      'barriers',
      'not_knowing_where',
      'dont_know',
    ),
    chosen(
      'fw_has_guidelines',
      'Workers with written guidelines for cases involving the internet or phones',
      'resources',
      'guidelines',
      undefined,
    ),
    share({
      id: 'fw_resources_not_enough',
      title: 'Workers who find their resources not enough to respond to OCSEA',
      definition: `Share of ${BASE} who answered "${words.answer('resources_enough', 'disagree')}" or "${words.answer('resources_enough', 'strongly_disagree')}" to "${words.question('resources_enough')}" (question resources_enough), among those who agreed or disagreed. Unweighted.`,
      universe: all(consented, q('resources_enough').in('strongly_disagree', 'disagree', 'agree', 'strongly_agree')),
      numerator: q('resources_enough').in('strongly_disagree', 'disagree'),
      note: DK_REF_NOTE,
      variable: 'resources_enough',
      recallPeriod: 'at the interview',
    }),
  ];
}
