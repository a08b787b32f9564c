import type { StatusTableContract } from '@dh/core';
import { PROVISIONS } from './provisions.js';
import { RECORD_TYPE } from './record-type.js';
import { ACCEPTS_VERSIONS, ACTIVITY_ID, LEGAL_POLICY_REVIEW_VERSION } from './version.js';

export const SCORECARD_ID = 'legal_scorecard';

/**
 * The country scorecard (docs/methodology.md § legal-policy-review): each provision with its
 * status in words and the citation it rests on. `dh compare` builds the cross-country matrix
 * (provision × country) from this table, so its id and items are the comparable core.
 */
export function legalScorecard(): StatusTableContract {
  return {
    outputKind: 'status-table',
    id: SCORECARD_ID,
    title: 'Legal and policy scorecard: provisions on OCSEA in national law and policy',
    definition: `Each provision of the legal and policy checklist (version ${LEGAL_POLICY_REVIEW_VERSION}), with the status the reviewer coded against the international standard it comes from (yes, partial, no or unclear), the law and article or policy document cited, its date and the reviewer's note. A provision with no row is shown as not reviewed.`,
    activity: ACTIVITY_ID,
    version: '1.0.0',
    acceptsVersions: ACCEPTS_VERSIONS,
    caveat: 'A status describes what the texts in force said on the review date, not how they are applied in practice.',
    recordType: RECORD_TYPE,
    itemField: 'provision_id',
    items: PROVISIONS.map((p) => ({ code: p.id, label: p.label, section: p.section })),
    statusField: 'status',
    statuses: [
      { code: 'yes', label: 'Yes' },
      { code: 'partial', label: 'Partly' },
      { code: 'no', label: 'No' },
      { code: 'unclear', label: 'Unclear' },
    ],
    detailFields: [
      { field: 'citation', title: 'Citation (law and article, or policy document)' },
      { field: 'law_date', title: 'Date of the law' },
      { field: 'document_year', title: 'Year of the policy document' },
      { field: 'review_date', title: 'Reviewed on' },
      { field: 'note', title: 'Note' },
    ],
  };
}
