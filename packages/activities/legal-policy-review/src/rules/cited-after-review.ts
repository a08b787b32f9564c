import { answerText, type DatasetRule, type IssueInput, type RecordValues } from '@dh/core';
import { citedAfterReview } from '../issues.js';
import { PROVISIONS } from '../provisions.js';
import { RECORD_TYPE } from '../record-type.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const SECTION = new Map(PROVISIONS.map((p) => [p.id, p.section]));

/**
 * The date a row's citation bears, as an ISO date or a year, and the field holding it: a law
 * item's law_date, a policy item's document_year (policies cite a document and its year, not a
 * law), so a stray date in the other field, which the value checks report, never stands in for
 * the one the citation carries. A provision outside the checklist: whichever it has.
 */
function citedOn(row: RecordValues): { field: 'law_date' | 'document_year'; value: string } | undefined {
  const section = SECTION.get(answerText(row['provision_id']));
  const lawDate = answerText(row['law_date']);
  if (section !== 'policy' && ISO_DATE.test(lawDate)) return { field: 'law_date', value: lawDate };
  const year = answerText(row['document_year']);
  if (section !== 'law' && /^\d{4}$/.test(year)) return { field: 'document_year', value: year };
  return undefined;
}

/**
 * A review cites texts that existed when it was made: a law dated after the review date, or a
 * policy document of a later year than the review, is an error in one of the two dates
 * (docs/methodology.md § legal-policy-review). Dates are compared as ISO text, which orders
 * them as the calendar does; the expression language has no dates, so this is a dataset rule.
 */
export const citedAfterReviewRule: DatasetRule = {
  id: 'cited-before-review',
  description: 'The law cited is dated on or before the review date; a policy document cited is of the review year or earlier.',
  needs: { [RECORD_TYPE]: ['provision_id', 'law_date', 'document_year', 'review_date'] },
  *check(tables): Iterable<IssueInput> {
    const table = tables.get(RECORD_TYPE);
    if (!table) return;
    for (const [i, row] of table.rows.entries()) {
      const reviewed = answerText(row['review_date']);
      const cited = citedOn(row);
      if (!ISO_DATE.test(reviewed) || cited === undefined) continue;
      const after = cited.field === 'law_date' ? cited.value > reviewed : cited.value > reviewed.slice(0, 4);
      if (!after) continue;
      yield {
        code: citedAfterReview.code,
        file: table.file,
        record: RECORD_TYPE,
        ...(table.rowNumbers[i] !== undefined && { row: table.rowNumbers[i] }),
        field: cited.field,
        value: cited.value,
        params: {
          provision: answerText(row['provision_id']),
          what: cited.field === 'law_date' ? 'law' : 'policy document',
          cited: cited.value,
          reviewed,
        },
      };
    }
  },
};
