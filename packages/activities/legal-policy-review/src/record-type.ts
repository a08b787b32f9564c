import { all, codeOf, defineRecordType, freeText, q, textLike, type RecordType } from '@dh/core';
import { z } from 'zod';
import { PROVISION_LIST, STATUS_LIST } from './lists.js';
import { provisionIds } from './provisions.js';
import { LEGAL_POLICY_REVIEW_VERSION } from './version.js';

export const RECORD_TYPE = 'provision_review';
export const CHECKLIST_ID = 'legal_policy_checklist';

/** A reviewer is known by a code, never by name (docs/methodology.md § reporting and data protection). */
export const REVIEWER_CODE = /^[A-Z]{1,6}-?[0-9]{1,4}$/;

/** A policy item (national plan, coordinating body): cited with the document's name and year. */
export const isPolicyItem = q('provision_id').in(...provisionIds('policy'));
/** A law item: cited with the law and article and the law's date. Said as "not a policy item", which reads shorter in messages. */
export const isLawItem = all(...provisionIds('policy').map((id) => q('provision_id').ne(id)));

/**
 * One row per provision reviewed (docs/methodology.md § legal-policy-review): its status, the
 * citation it rests on with the date of the law (or the year of the policy document), when and
 * by whom it was reviewed, and a note. The column order is the reviewer's workbook's.
 */
export const provisionReview: RecordType = defineRecordType({
  name: RECORD_TYPE,
  title: 'Provisions reviewed (one row per provision of the legal and policy checklist)',
  key: ['provision_id'],
  instrument: { id: CHECKLIST_ID, version: LEGAL_POLICY_REVIEW_VERSION },
  lists: [PROVISION_LIST, STATUS_LIST],
  schema: z.strictObject({
    provision_id: codeOf(PROVISION_LIST).meta({ description: 'The provision of the checklist (its id).' }),
    status: codeOf(STATUS_LIST).meta({ description: 'Status of the provision in national law or policy: yes, partial, no or unclear.' }),
    citation: z.string().max(300).nullable().meta({
      description:
        'Citation: the law and article (e.g. "Penal Code (Act No. 12 of 2019), art. 226(2)"); for a policy item, the official name of the document.',
    }),
    law_date: z.iso
      .date()
      .nullable()
      .meta({ description: 'Date of the law cited (YYYY-MM-DD): when it, or the amendment cited, was adopted (law items only).' }),
    document_year: z
      .int()
      .min(1950)
      .max(2100)
      .nullable()
      .meta({ description: 'Year the policy document cited was adopted (policy items only).' }),
    review_date: z.iso.date().meta({ description: 'Date the provision was reviewed (YYYY-MM-DD).' }),
    reviewer: textLike(REVIEWER_CODE, 'a reviewer code such as R01 or LR-02: capital letters, then digits (never a name)').meta({
      description: 'Code of the reviewer (never a name).',
    }),
    note: freeText(1000).nullable().meta({
      description:
        'Note: why the status was chosen, what falls short of the standard, what is unclear (no names of victims, offenders or other people).',
    }),
  }),
  relevant: { law_date: isLawItem, document_year: isPolicyItem },
});
