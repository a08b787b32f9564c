import type { z } from 'zod';
import type { AssessmentConfig } from '../config/assessment-config.js';
import type { ConfigProblem } from '../config/config-problem.js';
import type { ActivityInstrument } from '../instrument/activity-instrument.js';
import type { IssueDefinition } from '../issues/catalogue.js';
import type { RecordType } from '../records/record-type.js';
import type { ComparabilityKey } from './comparability.js';
import type {
  ConsentGate,
  DatasetRule,
  DerivedVariable,
  DesignDeclaration,
  Disaggregation,
  IndicatorContract,
  RecordLink,
  RecordRule,
} from './contracts.js';
import type { DisclosurePolicy } from './disclosure.js';
import type { TableContract } from './table-contracts.js';
import type { ScaffoldDeclaration } from './scaffold.js';
import type { SynthesisPlan } from './synthesis.js';

/**
 * The four kinds of activity (docs/methodology.md). Shared code dispatches on what a kind
 * declares (its instruments, outputs, disclosure policy), never on an activity id.
 */
export type ActivityKind = 'survey' | 'interview' | 'aggregate-statistics' | 'legal-checklist';

/** An activity as built for one assessment: its settings fill age ranges, local lists, design names. */
export interface BuiltActivity {
  /** What field teams use: questionnaires, interview guides, coding frames, data-request workbooks, checklists. */
  readonly instruments: readonly ActivityInstrument[];
  /** What the data hold: from questionnaires, or declared directly (`defineRecordType`). */
  readonly recordTypes: readonly RecordType[];
  readonly links: readonly RecordLink[];
  readonly recordRules: readonly RecordRule[];
  readonly datasetRules: readonly DatasetRule[];
  readonly derivedVariables: readonly DerivedVariable[];
  /** Survey design variables, per record type that carries them; a record type without one takes its design through a link. */
  readonly designs: readonly DesignDeclaration[];
  readonly consent: readonly ConsentGate[];
  readonly disaggregations: readonly Disaggregation[];
  /** Estimates with intervals (output kind `estimates`). */
  readonly indicators: readonly IndicatorContract[];
  /** Count tables, theme matrices, status tables and time series. */
  readonly tables: readonly TableContract[];
  /** How synthetic data are made, for activities that can be synthesised (`dh synth`). */
  readonly synthesis?: SynthesisPlan;
}

/** The contract every research activity package implements (docs/architecture.md, principle 2). */
export interface ActivityDefinition {
  /** Its stable id: lower-case words joined by `-` (see KNOWN_ACTIVITY_IDS). */
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly kind: ActivityKind;
  readonly description: string;
  /** Its own section of assessment.json (`activities.<id>.settings`), composed into the published schema. */
  readonly settings: z.ZodObject;
  /** Cross-field checks of its settings, beyond the schema (age range in order, codes unique). */
  checkSettings?(config: AssessmentConfig): readonly ConfigProblem[];
  /**
   * Why its data must not be read, synthesised or analysed under this config (e.g. no
   * ethical clearance recorded); undefined when they may. Every command asks first.
   */
  refusal?(config: AssessmentConfig | undefined): string | undefined;
  /** Its own issue codes, each namespaced `<id>/<code>`. */
  readonly issues: readonly IssueDefinition[];
  /** What a "case" is when its results are published. */
  readonly disclosure: DisclosurePolicy;
  /** Parameters two countries must share for their results to stand side by side. */
  readonly comparability: readonly ComparabilityKey[];
  /** The options `dh new country` offers for its settings, and the section they make. */
  readonly scaffold?: ScaffoldDeclaration;
  /** Builds the activity for an assessment; without one, for the published defaults. */
  build(config?: AssessmentConfig): BuiltActivity;
  /**
   * Activities whose data are figures per calendar year: the activity built for other
   * reference years than the assessment's (`dh synth --years 2017-2021`), or why those years
   * cannot be asked for.
   */
  buildForYears?(config: AssessmentConfig | undefined, years: ReferenceYears): BuiltActivity | { readonly problem: string };
}

/** A span of calendar years, both ends included. */
export interface ReferenceYears {
  readonly from: number;
  readonly to: number;
}
