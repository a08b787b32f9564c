import type { ActivityDefinition, AssessmentConfig, BuiltActivity, ScaffoldDeclaration } from '@dh/core';
import { legalChecklist } from './checklist.js';
import { LEGAL_ISSUES } from './issues.js';
import { provisionReview } from './record-type.js';
import { citedAfterReviewRule } from './rules/cited-after-review.js';
import { everyProvisionReviewed } from './rules/provision-not-reviewed.js';
import { legalRecordRules } from './rules/record-rules.js';
import { legalScorecard } from './scorecard.js';
import { checkLegalSettings, legalSettings, LegalSettingsSchema, parseReviewers } from './settings.js';
import { DEFAULT_REVIEW_PERIOD, legalSynthesisPlan } from './synthesis-plan.js';
import { ACTIVITY_ID, LEGAL_POLICY_REVIEW_VERSION } from './version.js';

/** Builds the review for one assessment (or for the published defaults without one). */
export function buildLegalPolicyReview(config?: AssessmentConfig): BuiltActivity {
  const { reviewers } = legalSettings(config);
  return {
    instruments: [legalChecklist()],
    recordTypes: [provisionReview],
    links: [],
    recordRules: legalRecordRules(reviewers),
    datasetRules: [citedAfterReviewRule, everyProvisionReviewed],
    derivedVariables: [],
    designs: [],
    consent: [],
    disaggregations: [],
    indicators: [],
    tables: [legalScorecard()],
    synthesis: legalSynthesisPlan(reviewers, config?.fieldwork ?? DEFAULT_REVIEW_PERIOD),
  };
}

/** What `dh new country` asks for the review, and the settings it makes of the answers. */
const scaffold: ScaffoldDeclaration = {
  options: [
    {
      name: 'reviewers',
      type: 'string',
      default: '',
      description: 'codes of the legal reviewers, comma-separated (e.g. "R01,R02"); empty accepts any code such as R01',
    },
  ],
  settings: (options) => ({ reviewers: parseReviewers(String(options['reviewers'] ?? '')) }),
};

/** Activity 1 of Disrupting Harm: the desk review of laws and policies (docs/methodology.md § legal-policy-review). */
export const activity: ActivityDefinition = {
  id: ACTIVITY_ID,
  title: 'Legal and policy review',
  version: LEGAL_POLICY_REVIEW_VERSION,
  kind: 'legal-checklist',
  description:
    'A desk review of national laws and policies against a checklist of provisions drawn from the UN Optional Protocol on the sale of children, the Lanzarote and Budapest Conventions and the WeProtect Model National Response: each provision coded yes, partial, no or unclear, with its citation, dates and a note. Published as a country scorecard and compared across countries.',
  settings: LegalSettingsSchema,
  checkSettings: (config) => checkLegalSettings(legalSettings(config)),
  issues: LEGAL_ISSUES,
  disclosure: {
    case: 'document',
    description: 'Provisions of laws and policies: the scorecard describes texts, not people, so nothing is withheld.',
  },
  // No parameter restates the checklist version: dh compare reads each country's version from its
  // results and judges the scorecard provision by provision, each by the version its definition
  // dates from (provisions.ts, docs/methodology.md § comparability). A parameter holding the
  // version line would refuse the whole review wherever the lines differ.
  comparability: [],
  scaffold,
  build: buildLegalPolicyReview,
};
