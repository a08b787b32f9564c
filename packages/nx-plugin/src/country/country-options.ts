/** What a research lead says about a new country assessment (the same for nx g, plop and dh new country). */
export interface CoreCountryOptions {
  /** ISO 3166-1 alpha-2 code; user-assigned codes (AA, QM–QZ, XA–XZ, ZZ) for fictional countries. */
  readonly iso: string;
  readonly name: string;
  /** BCP 47 tags, comma-separated or a list; the first is the default language. */
  readonly languages: string | readonly string[];
  /** Activity ids, comma-separated or a list; default: every installed activity. */
  readonly activities?: string | readonly string[] | undefined;
  /** Where the assessment goes, relative to the workspace root; default `assessments/<iso>`. */
  readonly directory?: string | undefined;
  readonly fieldworkStart?: string | undefined;
  readonly fieldworkEnd?: string | undefined;
  readonly populationYear?: number | undefined;
  readonly internetUsingChildren?: number | undefined;
  readonly populationSource?: string | undefined;
  /** The country's regions, `code:Label;code:Label`: its `extensionLists.region`, asked by every region question. */
  readonly regions?: string | undefined;
  readonly suppressBelow?: number | undefined;
  readonly flagBelow?: number | undefined;
  /** A fictional country with synthetic data (examples, training). */
  readonly synthetic?: boolean | undefined;
}

/**
 * The core options, and the options the installed activities declare for their settings
 * (`--age-min`, `--strata`…), keyed in camelCase as Nx, plop and commander give them.
 */
export type CountryOptions = CoreCountryOptions & {
  readonly [activityOption: string]: string | number | boolean | readonly string[] | undefined;
};

export interface NormalizedCountryOptions {
  readonly iso: string;
  readonly name: string;
  readonly languages: readonly string[];
  readonly activities: readonly string[];
  /** Relative to the workspace root, `/`-separated. */
  readonly directory: string;
  /** Each chosen activity's settings section, made from its declared options. */
  readonly settings: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly fieldwork?: { readonly start: string; readonly end: string };
  readonly population?: { readonly year: number; readonly internetUsingChildren: number; readonly source: string };
  readonly regions?: readonly { readonly code: string; readonly label: string }[];
  readonly suppressBelow: number;
  readonly flagBelow: number;
  readonly synthetic: boolean;
}
