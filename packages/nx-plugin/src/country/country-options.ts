/** What a research lead says about a new country assessment (the same for nx g, plop and dh new country). */
export interface CountryOptions {
  /** ISO 3166-1 alpha-2 code; user-assigned codes (AA, QM–QZ, XA–XZ, ZZ) for fictional countries. */
  readonly iso: string;
  readonly name: string;
  /** BCP 47 tags, comma-separated or a list; the first is the default language. */
  readonly languages: string | readonly string[];
  /** Activity ids, comma-separated or a list; default: every installed activity. */
  readonly activities?: string | readonly string[];
  /** Where the assessment goes, relative to the workspace root; default `assessments/<iso>`. */
  readonly directory?: string;
  readonly ageMin?: number;
  readonly ageMax?: number;
  readonly internetUserMonths?: number;
  /** Strata as `code:Label;code:Label`. */
  readonly strata?: string;
  readonly fieldworkStart?: string;
  readonly fieldworkEnd?: string;
  readonly populationYear?: number;
  readonly internetUsingChildren?: number;
  readonly populationSource?: string;
  readonly suppressBelow?: number;
  readonly flagBelow?: number;
  /** A fictional country with synthetic data (examples, training). */
  readonly synthetic?: boolean;
}

export interface NormalizedCountryOptions {
  readonly iso: string;
  readonly name: string;
  readonly languages: readonly string[];
  readonly activities: readonly string[];
  /** Relative to the workspace root, `/`-separated. */
  readonly directory: string;
  readonly ageMin: number;
  readonly ageMax: number;
  readonly internetUserMonths: number;
  readonly strata: readonly { readonly code: string; readonly label: string }[];
  readonly fieldworkStart: string;
  readonly fieldworkEnd: string;
  readonly population?: { readonly year: number; readonly internetUsingChildren: number; readonly source: string };
  readonly suppressBelow: number;
  readonly flagBelow: number;
  readonly synthetic: boolean;
}
