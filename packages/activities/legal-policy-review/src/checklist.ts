import type { Checklist, Text } from '@dh/core';
import { STATUS_LIST } from './lists.js';
import { guidanceText, PROVISIONS } from './provisions.js';
import { CHECKLIST_ID, RECORD_TYPE } from './record-type.js';
import { LEGAL_POLICY_REVIEW_VERSION } from './version.js';

/** Every text of the checklist is keyed under its id, so translations never meet another instrument's. */
const t = (key: string, en: string): Text => ({ key: `${CHECKLIST_ID}.${key}`, en });

/** What the reviewer reads first, in the workbook's instructions sheet and at the top of the document. */
const INSTRUCTIONS: readonly (readonly [string, string])[] = [
  [
    'purpose',
    'This checklist records, provision by provision, whether the national law and policy meet the international standards on online child sexual exploitation and abuse (OCSEA). Code what the texts in force say on the review date, not how they are applied in practice.',
  ],
  [
    'rows',
    'Fill one row per provision. Do not add, delete or reorder rows: the provision_id column and the reading columns (question, standard, guidance) are locked.',
  ],
  [
    'status',
    'Choose the status from the dropdown: yes, partial, no or unclear. The guidance column says what counts as each for that provision.',
  ],
  [
    'citation',
    'For yes and partial, a citation is required: the title and number of the law, then the article or section, e.g. "Penal Code (Act No. 12 of 2019), art. 226(2)". Cite the text in force on the review date; where it was amended, cite the amending law. You may also cite a law for no or unclear, where one comes close.',
  ],
  [
    'policy',
    'The last two provisions (national plan, coordinating body) are policies: write the official name of the document in citation and the year it was adopted in document_year, and leave law_date empty.',
  ],
  [
    'dates',
    'law_date is the date the law cited (or the amendment cited) was adopted, written YYYY-MM-DD; leave it empty for the two policy items. review_date is the day you reviewed the provision. A law or document cannot be dated after its review.',
  ],
  [
    'unclear',
    'Use unclear where the text is ambiguous, laws conflict, or the text in force could not be obtained, and say which in the note: the note is then required.',
  ],
  [
    'privacy',
    'reviewer is your reviewer code (e.g. R01), never your name. Notes describe texts: never name victims, offenders or any other person, even from published judgments.',
  ],
];

/**
 * The reviewer's checklist (docs/methodology.md § legal-policy-review): every provision with
 * its question, standard and guidance, the four statuses, and the record type a filled
 * workbook is read back as. The exporters make the workbook (with the status dropdown) and
 * the Markdown and HTML documents from it, per language.
 */
export function legalChecklist(): Checklist {
  return {
    kind: 'checklist',
    id: CHECKLIST_ID,
    title: t('title', 'Disrupting Harm legal and policy review: checklist of provisions'),
    version: LEGAL_POLICY_REVIEW_VERSION,
    instructions: INSTRUCTIONS.map(([id, text]) => ({ id, text: t(`instructions.${id}`, text) })),
    items: PROVISIONS.map((p) => ({
      id: p.id,
      question: t(`${p.id}.question`, p.question),
      standard: p.standard,
      guidance: t(`${p.id}.guidance`, guidanceText(p)),
      section: p.section,
      definedIn: p.definedIn,
    })),
    statuses: STATUS_LIST,
    recordType: RECORD_TYPE,
    itemField: 'provision_id',
    statusField: 'status',
  };
}
