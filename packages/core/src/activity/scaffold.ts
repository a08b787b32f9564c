/** One option `dh new country` (and `nx g`, `plop`) offers for an activity's settings. */
export interface ScaffoldOption {
  /** As a flag: `age-min` → `--age-min`. */
  readonly name: string;
  readonly description: string;
  readonly type: 'integer' | 'number' | 'string';
  /** Shown in help; the settings function applies it when the option is not given. */
  readonly default?: string | number;
}

/** What a scaffolded country knows when an activity's settings are made. */
export interface ScaffoldCountry {
  readonly iso: string;
  readonly name: string;
  readonly languages: readonly string[];
}

/**
 * How a new assessment gets an activity's settings: the options it offers, and the section
 * they make (checked by the activity's settings schema before anything is written).
 */
export interface ScaffoldDeclaration {
  readonly options: readonly ScaffoldOption[];
  settings(options: Readonly<Record<string, string | number | undefined>>, country: ScaffoldCountry): Record<string, unknown>;
}
