import { all, any, not, q, type Choice, type IndicatorContract } from '@dh/core';
import { anyOcseaExperience, experienceOnPlatform, offenderKnown, toldNoOneAboutExperiences } from '../derived-variables.js';
import { followUp, OCSEA_ITEMS } from '../ocsea-items.js';
import type { SurveyParameters } from '../survey-parameters.js';
import { internetUsingChildren, PAST_YEAR, proportion } from './proportion.js';

/** Example labels read "A social network"; inside a sentence the article is lower case. */
const inSentence = (label: string): string => label.replace(/^(An?) /, (article) => article.toLowerCase());

const AMONG = "internet-using children of the survey's age range who had any of the eight OCSEA experiences in the past 12 months";

/** Among children with any experience: told no one, offender known, platform (docs/methodology.md § household-survey). */
export function experienceIndicators(
  params: SurveyParameters,
  platforms: readonly Choice[],
  disaggregations: readonly string[],
): IndicatorContract[] {
  const experienced = all(internetUsingChildren(params), anyOcseaExperience);
  const toldAnswered = all(
    ...OCSEA_ITEMS.map((item) =>
      any(q(item.name).ne('yes'), all(q(followUp(item, 'told')).answered(), not(q(followUp(item, 'told')).selected('refused')))),
    ),
  );
  const named = platforms.filter((p) => p.missing === undefined && p.code !== 'other_platform');
  return [
    proportion({
      id: 'ocsea_told_no_one',
      title: 'Children who told no one about their OCSEA experiences',
      definition: `Share of ${AMONG} who told no one about any of them (derived variable ocsea_told_no_one 1.0.0: for every experience answered "yes", whom they told is "I told no one").`,
      recordType: 'child',
      universe: all(experienced, toldAnswered),
      numerator: toldNoOneAboutExperiences,
      missing: {
        dontKnow: 'exclude',
        refused: 'exclude',
        missing: 'exclude',
        note: 'A child who chose "prefer not to say" or gave no answer to whom they told, for any experience, is outside the denominator.',
      },
      missingFrom: OCSEA_ITEMS.map((item) => followUp(item, 'told')),
      recallPeriod: PAST_YEAR,
      disaggregations,
    }),
    proportion({
      id: 'ocsea_offender_known',
      title: 'Children whose OCSEA experience was by someone they knew',
      definition: `Share of ${AMONG} for whom at least one experience was by a family member, a (former) boyfriend or girlfriend, a friend or peer, or an adult they already knew (derived variable ocsea_offender_known 1.0.0).`,
      recordType: 'child',
      universe: experienced,
      numerator: offenderKnown,
      missing: {
        dontKnow: 'count-as-no',
        refused: 'count-as-no',
        missing: 'count-as-no',
        note: '"Don\'t know", "prefer not to say" or no answer to who did it count as not naming a known person.',
      },
      missingFrom: OCSEA_ITEMS.map((item) => followUp(item, 'who')),
      recallPeriod: PAST_YEAR,
      disaggregations,
    }),
    ...named.map((platform) =>
      proportion({
        id: `ocsea_platform_${platform.code}`,
        title: `Children whose OCSEA experience happened on ${inSentence(platform.label.en)}`,
        definition: `Share of ${AMONG} for whom at least one experience happened on ${inSentence(platform.label.en)} (platform code "${platform.code}", from the country's platform list).`,
        recordType: 'child',
        universe: experienced,
        numerator: experienceOnPlatform(platform.code),
        missing: {
          dontKnow: 'count-as-no',
          refused: 'count-as-no',
          missing: 'count-as-no',
          note: 'Experiences in person only, and "don\'t know", "prefer not to say" or no answer about the platform, count as not on this platform.',
        },
        missingFrom: OCSEA_ITEMS.map((item) => followUp(item, 'platform')),
        recallPeriod: PAST_YEAR,
        disaggregations,
        caveat: 'Platform lists are local: compare across countries only platforms both lists name.',
      }),
    ),
  ];
}
