import { all, q, type Expr, type RecordRule } from '@dh/core';
import { citationMissing, dateMissing, noteMissing, unknownReviewer } from '../issues.js';
import { IN_FORCE } from '../lists.js';
import { isLawItem, isPolicyItem, RECORD_TYPE } from '../record-type.js';

const inForce = q('status').in(...IN_FORCE);

/** A citation for a provision in force carries its date: a warning, as the citation itself stands. */
function datedCitation(id: string, items: Expr, field: string, what: string, missing: string, where: string): RecordRule {
  return {
    id,
    recordType: RECORD_TYPE,
    description: `A citation for a provision coded yes or partial carries ${what}.`,
    when: all(inForce, items, q('citation').answered()),
    assert: q(field).answered(),
    severity: 'warning',
    code: dateMissing.code,
    message: `Provision {provision_id} cites "{citation}" without ${missing}; write it in ${where}.`,
    field,
  };
}

/**
 * What each row must hold given its status (docs/methodology.md § legal-policy-review): "yes"
 * and "partial" need a citation, and its date so the version reviewed is known; "unclear"
 * needs a note. With reviewers listed in the settings, the reviewer code is one of them.
 */
export function legalRecordRules(reviewers: readonly string[]): RecordRule[] {
  const rules: RecordRule[] = [
    {
      id: 'in-force-is-cited',
      recordType: RECORD_TYPE,
      description: 'A provision coded yes or partial cites the law and article (or, for a policy item, the document) it rests on.',
      when: inForce,
      assert: q('citation').answered(),
      severity: 'error',
      code: citationMissing.code,
      message:
        'Provision {provision_id} is coded "{status}" but has no citation; write the law and article, or for a policy item the name of the document.',
      field: 'citation',
    },
    datedCitation('law-cited-with-date', isLawItem, 'law_date', "the law's date", 'the date of that law', 'law_date (YYYY-MM-DD)'),
    datedCitation('policy-cited-with-year', isPolicyItem, 'document_year', 'its year', 'the year of that document', 'document_year'),
    {
      id: 'unclear-is-explained',
      recordType: RECORD_TYPE,
      description: 'A provision coded unclear says in the note why.',
      when: q('status').eq('unclear'),
      assert: q('note').answered(),
      severity: 'error',
      code: noteMissing.code,
      message: 'Provision {provision_id} is coded "unclear" without a note; say what is ambiguous, conflicting or could not be obtained.',
      field: 'note',
    },
  ];
  if (reviewers.length > 0)
    rules.push({
      id: 'reviewer-is-listed',
      recordType: RECORD_TYPE,
      description: `The reviewer is one of those listed in the settings (${reviewers.join(', ')}).`,
      when: q('reviewer').answered(),
      assert: q('reviewer').in(...reviewers),
      severity: 'error',
      code: unknownReviewer.code,
      message: `Provision {provision_id} was reviewed by "{reviewer}", which is not among the reviewers listed in assessment.json (${reviewers.join(', ')}).`,
      field: 'reviewer',
    });
  return rules;
}
