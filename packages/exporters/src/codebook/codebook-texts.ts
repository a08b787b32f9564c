import type { Text } from '@dh/core';

const t = (key: string, en: string): Text => ({ key: `export.codebook.${key}`, en });

/** The words a codebook puts around the instrument's own texts, translated like them. */
export const CODEBOOK_TEXTS = {
  codebook: t('title', 'Codebook'),
  instrument: t('instrument', 'Instrument'),
  version: t('version', 'version'),
  generated: t('generated', 'Generated from the instrument definition: do not edit by hand.'),
  recordType: t('record_type', 'Record type'),
  key: t('key', 'Key'),
  variables: t('variables', 'variables'),
  variable: t('variable', 'Variable'),
  question: t('question', 'Question'),
  label: t('label', 'Label'),
  type: t('type', 'Type'),
  universe: t('universe', 'Universe'),
  selfCompleted: t('self_completed', 'Self-completed'),
  yes: t('yes', 'yes'),
  no: t('no', 'no'),
  source: t('source', 'Source'),
  notAsked: t('not_asked', 'added to the data after collection; not asked'),
  calculatedOnTablet: t('calculated_on_tablet', '(none: calculated on the tablet)'),
  hint: t('hint', 'Hint'),
  mustAnswer: t('required', 'Required'),
  yesWhenAsked: t('yes_when_asked', 'yes, when asked'),
  aloneOnTablet: t('alone_on_tablet', 'yes: the respondent answers alone on the tablet'),
  partOfKey: t('part_of_key', 'yes: part of the record key'),
  range: t('range', 'Range'),
  to: t('to', 'to'),
  constraint: t('constraint', 'Constraint'),
  message: t('message', 'message'),
  calculation: t('calculation', 'Calculation'),
  odkColumn: t('odk_column', 'ODK column'),
  codes: t('codes', 'Codes'),
  extensionCodes: t('extension_codes', 'Codes (an extension list: each country fills its own)'),
  code: t('code', 'Code'),
  missing: t('missing', 'Missing'),
  dontKnow: t('dont_know', "missing: don't know"),
  refused: t('refused', 'missing: refused'),
  notApplicable: t('not_applicable', 'missing: not applicable'),
} as const satisfies Record<string, Text>;

export type CodebookWords = { readonly [K in keyof typeof CODEBOOK_TEXTS]: string };
