import type { AssessmentConfig } from '../config/assessment-config.js';
import type { Instrument } from '../instrument/types.js';
import type { RecordType } from '../records/record-type.js';
import type { ActivityId } from './activity-id.js';
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
import type { SynthesisPlan } from './synthesis.js';

/** The four kinds of activity in methodology.md; shared code reads them, never an activity id. */
export type ActivityKind = 'survey' | 'interview' | 'aggregate-statistics' | 'legal-checklist';

/** An activity as built for one assessment: its config fills age ranges, local lists, design names. */
export interface BuiltActivity {
  readonly instruments: readonly Instrument[];
  readonly recordTypes: readonly RecordType[];
  readonly links: readonly RecordLink[];
  readonly recordRules: readonly RecordRule[];
  readonly datasetRules: readonly DatasetRule[];
  readonly derivedVariables: readonly DerivedVariable[];
  /** Survey design variables, per record type that carries them; a record type without one takes its design through a link. */
  readonly designs: readonly DesignDeclaration[];
  readonly consent: readonly ConsentGate[];
  readonly disaggregations: readonly Disaggregation[];
  readonly indicators: readonly IndicatorContract[];
  /** How synthetic data are sampled and nest, for activities that can be synthesised (`dh synth`). */
  readonly synthesis?: SynthesisPlan;
}

/** The contract every research activity package implements (architecture.md, principle 2). */
export interface ActivityDefinition {
  readonly id: ActivityId;
  readonly title: string;
  readonly version: string;
  readonly kind: ActivityKind;
  readonly description: string;
  /** Only with ethical clearance recorded in the assessment (survivor conversations). */
  readonly requiresEthicalClearance: boolean;
  /** Needs the assessment's survey design (age range, internet-user definition, strata, weights). */
  readonly usesSurveyDesign: boolean;
  /** Builds the activity for an assessment; without one, for the published defaults. */
  build(config?: AssessmentConfig): BuiltActivity;
}
