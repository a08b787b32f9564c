/**
 * What an aggregate-statistics activity declares (docs/methodology.md § law-enforcement-data
 * and helpline-hotline-industry-data): the kinds of source it asks, the measures with their
 * unit, definition and caveat, the lists figures are broken down by, and the tables it
 * publishes. Plain data in English; the kit in this folder makes the record type, the data
 * request, the issue codes, the dataset rules, the table contracts and the synthesis plan
 * from it, so both activities of the kind share one implementation.
 */

/** The code a figure's category and breakdown take when it is the total over all of them. */
export const TOTAL = 'total';

/** What a source writes where a figure is not available: never zero (docs/methodology.md). */
export const NOT_AVAILABLE = 'not_available';

/** A list of parts a figure may be broken down into (offence type, sex of the child, age band, platform type). */
export interface StatisticsList {
  /** The list's name (a code list of the data request, e.g. `sex`). */
  readonly name: string;
  /** What it breaks figures down by, in words: "Sex of the child". */
  readonly title: string;
  /** Its parts, in report order: `[code, English label]`. Codes are unique across all lists of one field. */
  readonly parts: readonly (readonly [string, string])[];
  /**
   * The part for figures the source could not place ("sex not recorded"), if the list has
   * one. Synthetic data leave it out, as many sources do.
   */
  readonly notRecorded?: string;
  /** For a list of age bands: the ages of each part, in whole years (`age_0_9`: 0–9), for rates by age. */
  readonly ages?: Readonly<Record<string, { readonly from: number; readonly to: number }>>;
}

/** A statistic asked of one kind of source, with the words that travel with every number of it. */
export interface StatisticsMeasure {
  readonly id: string;
  /** The code of the kind of source that reports it (`sourceTypes`). */
  readonly sourceType: string;
  readonly label: string;
  /** What one counted thing is, plural: "reports", "cases", "children". */
  readonly unit: string;
  readonly definition: string;
  /** E.g. "Reports are not victims, cases or prevalence." Printed with every table of it. */
  readonly caveat: string;
  /** The category list (offence or contact type) its figures may be split by; only a total without one. */
  readonly categoryList?: string;
  /** The breakdown lists (sex, age band of the child, platform type) its figures may be split by. */
  readonly breakdownLists: readonly string[];
  /**
   * A plausible national total for one year, for synthetic data only (`dh synth`): never a
   * published figure. Measures along a justice chain must step down (see `synthesisRanges`).
   */
  readonly typicalYear: { readonly min: number; readonly max: number };
}

/** A ratio between two measures of a trend table, per year. */
export interface StatisticsRatio {
  readonly id: string;
  readonly label: string;
  readonly numerator: string;
  readonly denominator: string;
}

/** A table the activity publishes, in report order. */
export type StatisticsTable =
  /** Totals of some measures per year, with change on the previous year, rates and ratios (a time series). */
  | {
      readonly kind: 'trend';
      readonly id: string;
      readonly title: string;
      readonly measures: readonly string[];
      /** Rates per 100,000 children of that year: only where the figure concerns children of the country. */
      readonly ratePer100000Children: boolean;
      readonly ratios?: readonly StatisticsRatio[];
    }
  /** One measure broken down by one list (category or breakdown), by period: a count table. */
  | {
      readonly kind: 'breakdown';
      readonly id: string;
      readonly title: string;
      readonly measure: string;
      readonly list: string;
      /** Also a table `<id>_per_100000` of rates per 100,000 children of each band's ages (a list with `ages`). */
      readonly ratePer100000ChildrenOfAge?: true;
    };

export interface StatisticsDeclaration {
  /** The activity id: issue codes are namespaced by it. */
  readonly activityId: string;
  /** The activity's (instrument's) version. */
  readonly version: string;
  /** The data-request instrument: its id (the prefix of its translation keys), title and instructions. */
  readonly request: {
    readonly id: string;
    readonly title: string;
    readonly instructions: readonly (readonly [string, string])[];
  };
  /** The record type each figure becomes: one row per (source, period, measure, category, breakdown). */
  readonly recordType: { readonly name: string; readonly title: string };
  /** The kinds of source asked, each a sheet of the request: `[code, English title]`. */
  readonly sourceTypes: readonly (readonly [string, string])[];
  readonly categoryLists: readonly StatisticsList[];
  readonly breakdownLists: readonly StatisticsList[];
  readonly measures: readonly StatisticsMeasure[];
  /**
   * Measures that follow one another along the justice chain, largest first (cases,
   * prosecutions, convictions): a later one above an earlier one is worth a warning.
   */
  readonly justiceChain?: readonly string[];
  /**
   * Measures that count a subset of another's things by definition (contacts about OCSEA
   * among all contacts, reports confirmed among reports received): more than the whole, from
   * the same source for the same period, is an error.
   */
  readonly subsets?: readonly { readonly measure: string; readonly of: string }[];
  readonly tables: readonly StatisticsTable[];
}

/** The measure of a declaration by id; an unknown id is an authoring error. */
export function measureOf(declaration: StatisticsDeclaration, id: string): StatisticsMeasure {
  const measure = declaration.measures.find((m) => m.id === id);
  if (!measure) throw new RangeError(`${declaration.activityId} declares no measure "${id}"`);
  return measure;
}

/** A category or breakdown list of a declaration by name. */
export function listOf(declaration: StatisticsDeclaration, name: string): StatisticsList | undefined {
  return [...declaration.categoryLists, ...declaration.breakdownLists].find((l) => l.name === name);
}
