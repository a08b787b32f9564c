import { answerText, type DatasetRule, type IssueInput } from '@dh/core';
import { provisionNotReviewed } from '../issues.js';
import { PROVISIONS } from '../provisions.js';
import { RECORD_TYPE } from '../record-type.js';
import { LEGAL_POLICY_REVIEW_VERSION } from '../version.js';

/**
 * Every provision of the checklist has a row: the reviewer's workbook lists them all, so a
 * missing one was deleted, and the scorecard would say "not reviewed". A warning, since the
 * rows given are still sound (docs/methodology.md § legal-policy-review).
 */
export const everyProvisionReviewed: DatasetRule = {
  id: 'every-provision-reviewed',
  description: 'Each provision of the checklist has a row.',
  needs: { [RECORD_TYPE]: ['provision_id'] },
  *check(tables): Iterable<IssueInput> {
    const table = tables.get(RECORD_TYPE);
    if (!table) return;
    const reviewed = new Set(table.rows.map((row) => answerText(row['provision_id'])));
    for (const provision of PROVISIONS) {
      if (reviewed.has(provision.id)) continue;
      yield {
        code: provisionNotReviewed.code,
        file: table.file,
        record: RECORD_TYPE,
        field: 'provision_id',
        params: { provision: provision.id, label: provision.label, version: LEGAL_POLICY_REVIEW_VERSION },
      };
    }
  },
};
