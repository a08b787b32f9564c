import type { ActivityDefinition, BuiltActivity, ReferenceYears } from '../../activity/activity-definition.js';
import type { AssessmentConfig } from '../../config/assessment-config.js';
import type { StatisticsDeclaration } from './declaration.js';
import { periodsOfYears } from './periods.js';
import { FIGURE_FIELDS, reportedFigureRecordType } from './reported-figure.js';
import { statisticsIssues } from './statistics-issues.js';
import { statisticsRequest } from './statistics-request.js';
import { statisticsRules } from './statistics-rules.js';
import {
  checkStatisticsSettings,
  referenceYearsProblem,
  referenceYearsSetting,
  STATISTICS_SCAFFOLD,
  StatisticsSettingsSchema,
  statisticsSettings,
} from './statistics-settings.js';
import { statisticsSynthesis } from './statistics-synthesis.js';
import { statisticsTables } from './statistics-tables.js';

/** Builds a declaration for one assessment: its settings fill the years and periods. */
export function buildStatistics(declaration: StatisticsDeclaration, config?: AssessmentConfig, otherYears?: ReferenceYears): BuiltActivity {
  const settings = statisticsSettings(config, declaration.activityId);
  const years = otherYears ?? settings.referenceYears;
  const periods = periodsOfYears(years, settings.periodicity);
  const nextYear = years.to + 1;
  return {
    instruments: [statisticsRequest(declaration, periods)],
    recordTypes: [reportedFigureRecordType(declaration)],
    links: [],
    recordRules: [],
    datasetRules: statisticsRules(declaration, {
      referenceYears: years,
      referenceYearsSetting: referenceYearsSetting(declaration.activityId),
    }),
    derivedVariables: [],
    designs: [],
    consent: [],
    disaggregations: [],
    indicators: [],
    tables: statisticsTables(declaration),
    synthesis: statisticsSynthesis(declaration, {
      periods,
      periodicity: settings.periodicity,
      retrieved: { from: `${nextYear}-01-15`, to: `${nextYear}-06-30` },
    }),
  };
}

export interface StatisticsActivityDraft {
  readonly declaration: StatisticsDeclaration;
  readonly title: string;
  readonly description: string;
  /** What the figures count and why a breakdown could point at a child: printed with disclosure notes. */
  readonly disclosure: string;
}

/**
 * An aggregate-statistics activity from its declaration (docs/architecture.md § the
 * contract): settings (reference years, periodicity), scaffold options, the kit's issue
 * codes in the activity's namespace, and a disclosure policy under which counts broken
 * down by sex, age band or another breakdown are protected while totals a source published
 * stay shown.
 */
export function statisticsActivity(draft: StatisticsActivityDraft): ActivityDefinition {
  const { declaration } = draft;
  const publishesRates = declaration.tables.some((t) => t.kind === 'trend' && t.ratePer100000Children);
  return {
    id: declaration.activityId,
    title: draft.title,
    version: declaration.version,
    kind: 'aggregate-statistics',
    description: draft.description,
    settings: StatisticsSettingsSchema,
    checkSettings: (config) => checkStatisticsSettings(config, declaration.activityId, publishesRates),
    issues: statisticsIssues(declaration.activityId, [
      ...((declaration.justiceChain ?? []).length < 2 ? (['justice-chain'] as const) : []),
      ...((declaration.subsets ?? []).length === 0 ? (['subset-exceeds-whole'] as const) : []),
    ]),
    disclosure: { case: 'reported-count', description: draft.disclosure, identifying: [FIGURE_FIELDS.breakdown] },
    comparability: [],
    scaffold: STATISTICS_SCAFFOLD,
    build: (config) => buildStatistics(declaration, config),
    buildForYears: (config, years) => {
      const problem = referenceYearsProblem(years);
      return problem === undefined ? buildStatistics(declaration, config, years) : { problem };
    },
  };
}
