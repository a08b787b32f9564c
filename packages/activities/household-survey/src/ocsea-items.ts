/**
 * The OCSEA experiences asked of every interviewed child, past 12 months (docs/methodology.md §
 * household-survey, headline indicators). Each is its own select_one variable; the three
 * "clear examples" form the versioned composite `ocsea_clear_example`.
 */
export interface OcseaItem {
  /** Variable name; its follow-ups are `<name>_who`, `_platform`, `_mode`, `_told`. */
  readonly name: string;
  /** The question, completing "In the past 12 months, has anyone …". */
  readonly wording: string;
  /** What the indicator counts, completing "Share of internet-using children who were …". */
  readonly indicatorTitle: string;
  readonly clearExample: boolean;
}

export const OCSEA_ITEMS: readonly OcseaItem[] = [
  {
    name: 'ocsea_threatened',
    wording:
      'threatened or blackmailed you to make you do something sexual, for example by threatening to share pictures or secrets of yours?',
    indicatorTitle: 'blackmailed or threatened to engage in sexual activities',
    clearExample: true,
  },
  {
    name: 'ocsea_images_shared',
    wording: 'shared sexual photos or videos of you with other people without your permission?',
    indicatorTitle: 'subjected to sexual images of them being shared without permission',
    clearExample: true,
  },
  {
    name: 'ocsea_coerced_gifts',
    wording: 'persuaded or pressured you into sexual activities by promising you money or gifts?',
    indicatorTitle: 'coerced into sexual activities through promises of money or gifts',
    clearExample: true,
  },
  {
    name: 'ocsea_offered_for_images',
    wording: 'offered you money or gifts in return for sexual photos or videos of yourself?',
    indicatorTitle: 'offered money or gifts in return for sexual images or videos',
    clearExample: false,
  },
  {
    name: 'ocsea_asked_sex_talk',
    wording: 'asked you to talk about sex or sexual acts when you did not want to?',
    indicatorTitle: 'asked to talk about sex or sexual acts when they did not want to',
    clearExample: false,
  },
  {
    name: 'ocsea_asked_private_images',
    wording: 'asked you for a photo or video showing your private parts when you did not want to?',
    indicatorTitle: 'asked for a photo or video showing their private parts when they did not want to',
    clearExample: false,
  },
  {
    name: 'ocsea_sent_sexual_images',
    wording: 'sent you sexual photos or videos that you did not want?',
    indicatorTitle: 'sent sexual images they did not want',
    clearExample: false,
  },
  {
    name: 'ocsea_sexual_comments',
    wording: 'made sexual comments about you that made you feel uncomfortable?',
    indicatorTitle: 'subjected to sexual comments that made them uncomfortable',
    clearExample: false,
  },
];

export const CLEAR_EXAMPLE_ITEMS = OCSEA_ITEMS.filter((i) => i.clearExample);

/** Offenders the child already knew (docs/methodology.md: "offender was someone they knew"). */
export const KNOWN_OFFENDER_CODES = ['family_member', 'romantic_partner', 'friend_peer', 'adult_known'] as const;

export const followUp = (item: OcseaItem, part: 'who' | 'platform' | 'mode' | 'told'): string => `${item.name}_${part}`;
