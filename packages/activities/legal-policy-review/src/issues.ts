import { defineIssue } from '@dh/core';

/**
 * The review's own issue codes (docs/architecture.md, principle 4). Record rules fill
 * `{detail}` with their own message; dataset rules name what they compared.
 */
export const citationMissing = defineIssue({
  code: 'legal-policy-review/citation-missing',
  severity: 'error',
  category: 'rule',
  title: 'Provision coded yes or partial without a citation',
  description:
    'A provision coded "yes" or "partial" exists in law or policy, so the row must say where: the law and article, or for a policy item the name of the document.',
  message: '{detail}',
  hint: 'Write the citation (law and article, e.g. "Penal Code (Act No. 12 of 2019), art. 226(2)", or the policy document\'s official name), or change the status if no provision was found.',
});

export const dateMissing = defineIssue({
  code: 'legal-policy-review/date-missing',
  severity: 'warning',
  category: 'rule',
  title: 'Citation without its date',
  description:
    'A provision coded "yes" or "partial" cites a law without the law\'s date, or a policy document without its year, so readers cannot tell which version was reviewed and the date check cannot be made.',
  message: '{detail}',
  hint: "Add the date the law (or amendment) cited was adopted in law_date, or the policy document's year in document_year.",
});

export const noteMissing = defineIssue({
  code: 'legal-policy-review/note-missing',
  severity: 'error',
  category: 'rule',
  title: 'Unclear status without a note',
  description:
    'A provision coded "unclear" must say in the note why: ambiguous text, conflicting laws, or a text that could not be obtained.',
  message: '{detail}',
  hint: 'Explain in the note what makes the status unclear (without naming any person).',
});

export const citedAfterReview = defineIssue({
  code: 'legal-policy-review/cited-after-review',
  severity: 'error',
  category: 'rule',
  title: 'Citation dated after the review',
  description:
    'The law or policy document cited is dated after the day the provision was reviewed: a review cannot rest on a text that did not exist yet, so one of the two dates is wrong.',
  message: 'Provision {provision} cites a {what} dated {cited}, after its review on {reviewed}',
  hint: 'Check both dates against the official text and the review notes, and correct the wrong one.',
});

export const provisionNotReviewed = defineIssue({
  code: 'legal-policy-review/provision-not-reviewed',
  severity: 'warning',
  category: 'rule',
  title: 'Provision of the checklist not reviewed',
  description:
    'A provision of the checklist has no row in the data, so the scorecard will say "not reviewed" for it and the country cannot be compared on it.',
  message: 'Provision {provision} ({label}) of checklist {version} has no row',
  hint: 'Restore its row from the reviewer\'s workbook (every provision has one) and code it; use "unclear" with a note where it could not be reviewed.',
});

export const unknownReviewer = defineIssue({
  code: 'legal-policy-review/unknown-reviewer',
  severity: 'error',
  category: 'rule',
  title: 'Reviewer code not listed',
  description: 'The reviewer code is not among the codes listed in assessment.json (activities.legal-policy-review.settings.reviewers).',
  message: '{detail}',
  hint: "Correct the reviewer code, or add the reviewer's code to the settings if they joined the review.",
});

export const LEGAL_ISSUES = [citationMissing, dateMissing, noteMissing, citedAfterReview, provisionNotReviewed, unknownReviewer];
