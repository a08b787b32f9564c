import { all, any, not, q, type DerivedVariable, type Expr } from '@dh/core';
import { CLEAR_EXAMPLE_ITEMS, followUp, KNOWN_OFFENDER_CODES, OCSEA_ITEMS, type OcseaItem } from './ocsea-items.js';

const yes = (item: OcseaItem): Expr => q(item.name).eq('yes');

/** Any of the three clear examples of OCSEA (docs/methodology.md § household-survey, headline indicators). */
export const clearExampleOfOcsea: Expr = any(...CLEAR_EXAMPLE_ITEMS.map(yes));

/** Any of the eight OCSEA experiences. */
export const anyOcseaExperience: Expr = any(...OCSEA_ITEMS.map(yes));

/** Every experience the child had, the child told no one about. */
export const toldNoOneAboutExperiences: Expr = all(
  anyOcseaExperience,
  ...OCSEA_ITEMS.map((item) => any(not(yes(item)), q(followUp(item, 'told')).selected('no_one'))),
);

/** At least one experience was by someone the child already knew. */
export const offenderKnown: Expr = any(
  ...OCSEA_ITEMS.map((item) => all(yes(item), any(...KNOWN_OFFENDER_CODES.map((code) => q(followUp(item, 'who')).selected(code))))),
);

/** At least one experience happened on this platform. */
export const experienceOnPlatform = (platform: string): Expr =>
  any(...OCSEA_ITEMS.map((item) => all(yes(item), q(followUp(item, 'platform')).selected(platform))));

/**
 * The composites, each versioned on its own so a change of definition is visible in every
 * result (docs/methodology.md: "keep ... the composite a versioned rule").
 */
export const DERIVED_VARIABLES: readonly DerivedVariable[] = [
  {
    name: 'ocsea_clear_example',
    recordType: 'child',
    version: '1.0.0',
    title: 'Subjected to a clear example of OCSEA in the past 12 months',
    description: `1 when the child answered "yes" to any of: ${CLEAR_EXAMPLE_ITEMS.map((i) => `${i.name} (${i.indicatorTitle})`).join('; ')}. Version 1.0.0 does not include ocsea_offered_for_images, which some national reports added.`,
    expr: clearExampleOfOcsea,
  },
  {
    name: 'ocsea_any_experience',
    recordType: 'child',
    version: '1.0.0',
    title: 'Any of the eight OCSEA experiences in the past 12 months',
    description: `1 when the child answered "yes" to any of ${OCSEA_ITEMS.map((i) => i.name).join(', ')}.`,
    expr: anyOcseaExperience,
  },
  {
    name: 'ocsea_told_no_one',
    recordType: 'child',
    version: '1.0.0',
    title: 'Told no one about any OCSEA experience',
    description: 'Among children with any experience: 1 when, for every experience answered "yes", whom they told is "I told no one".',
    expr: toldNoOneAboutExperiences,
  },
  {
    name: 'ocsea_offender_known',
    recordType: 'child',
    version: '1.0.0',
    title: 'An OCSEA experience by someone the child knew',
    description: `1 when, for any experience answered "yes", who did it includes ${KNOWN_OFFENDER_CODES.join(', ')}.`,
    expr: offenderKnown,
  },
];
