import { recordList } from '@dh/core';
import { PROVISIONS } from './provisions.js';

/**
 * The four statuses a provision is coded with (docs/methodology.md § legal-policy-review),
 * strongest first. Their labels say what each means; the workbook shows them after the code
 * ("yes: The provision is in force…").
 * List names start with `legal_` so their translation keys never meet another activity's.
 */
export const STATUS_LIST = recordList('legal_status', [
  ['yes', 'The provision is in force and meets the standard in full'],
  ['partial', 'A provision is in force but falls short of the standard'],
  ['no', 'No provision meeting any part of the standard was found'],
  ['unclear', 'The text is ambiguous, laws conflict, or the text in force could not be obtained (explain in the note)'],
]);

/** The status codes that say a provision exists, so it must be cited. */
export const IN_FORCE = ['yes', 'partial'] as const;

/** The provisions as codes of the record type, labelled with their short names. */
export const PROVISION_LIST = recordList(
  'legal_provision',
  PROVISIONS.map((p) => [p.id, p.label] as const),
);
