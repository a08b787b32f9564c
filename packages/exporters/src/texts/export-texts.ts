import {
  instrumentTexts,
  translate,
  type ActivityInstrument,
  type InstrumentKind,
  type RecordType,
  type Text,
  type Translations,
} from '@dh/core';
import { CODEBOOK_TEXTS } from '../codebook/codebook-texts.js';
import { XLSFORM_TEXTS } from '../xlsform/xlsform-texts.js';

const t = (key: string, en: string): Text => ({ key: `export.${key}`, en });

/**
 * The texts each kind's exports add around an instrument's own (headings, column titles,
 * hand-over notes). They are translation keys like any other, so a country translates every
 * word its teams see: the scaffold puts them in `translations/<lang>.json`.
 */
export const EXPORT_TEXTS = {
  questionnaire: { ...XLSFORM_TEXTS, ...CODEBOOK_TEXTS },
  'interview-guide': {
    version: t('guide.version', 'Version'),
    purpose: t('guide.purpose', 'Purpose of this interview'),
    opening: t('guide.opening', 'Opening: information and consent'),
    notes: t('guide.notes', 'Notes for the interviewer'),
    forTypes: t('guide.for', 'For'),
    everyone: t('guide.everyone', 'all respondents'),
    closing: t('guide.closing', 'Closing and referral'),
  },
  'coding-frame': {
    version: t('frame.version', 'Version'),
    code: t('frame.code', 'Code'),
    label: t('frame.label', 'Theme'),
    definition: t('frame.definition', 'Definition'),
    include: t('frame.include', 'Include'),
    exclude: t('frame.exclude', 'Exclude'),
    example: t('frame.example', 'Example'),
    intro: t(
      'frame.intro',
      'Code every interview with these themes, in your QDA software (import the .qdc file) or by hand. Use a theme only as its definition says; a theme outside this frame is reported by dh validate.',
    ),
  },
  'data-request': {
    version: t('request.version', 'Version'),
    instructions: t('request.instructions', 'Instructions'),
    definitions: t('request.definitions', 'Definitions'),
    organisation: t('request.organisation', 'Organisation providing the figures'),
    document: t('request.document', 'Document or dataset the figures come from'),
    retrieved: t('request.retrieved', 'Date the figures were retrieved (YYYY-MM-DD)'),
    measure: t('request.measure', 'Measure'),
    category: t('request.category', 'Category'),
    breakdown: t('request.breakdown', 'Breakdown'),
    note: t('request.note', 'Note'),
    unit: t('request.unit', 'Unit'),
    definition: t('request.definition', 'Definition'),
    caveat: t('request.caveat', 'Read with this caveat'),
    code: t('request.code', 'Code'),
    notAvailable: t(
      'request.not_available',
      'Write the figure as a whole number, 0 where there were none, and "not_available" where the source does not have it (never leave a 0 for "not known").',
    ),
  },
  checklist: {
    version: t('checklist.version', 'Version'),
    instructions: t('checklist.instructions', 'Instructions'),
    item: t('checklist.item', 'Provision'),
    question: t('checklist.question', 'Question'),
    standard: t('checklist.standard', 'Standard'),
    guidance: t('checklist.guidance', 'What counts as each status'),
    status: t('checklist.status', 'Status'),
    statuses: t('checklist.statuses', 'Statuses'),
  },
} as const satisfies Record<InstrumentKind, Record<string, Text>>;

/** Every text an instrument's exports may show: its own and those its kind's exporters add. */
export function exportTexts(instrument: ActivityInstrument): Text[] {
  return [...instrumentTexts(instrument), ...Object.values<Text>(EXPORT_TEXTS[instrument.kind])];
}

/**
 * Every text an activity's exports may show: each instrument's, and those of its record
 * types, whose codebooks also document variables added after collection (a design weight).
 */
export function activityExportTexts(built: {
  readonly instruments: readonly ActivityInstrument[];
  readonly recordTypes: readonly RecordType[];
}): Text[] {
  const own = built.recordTypes.flatMap((r) => [
    r.title,
    ...r.fields.flatMap((f) => [
      ...(f.label ? [f.label] : []),
      ...(f.constraintMessage ? [f.constraintMessage] : []),
      ...(f.codes ?? []).map((c) => c.label),
    ]),
  ]);
  const byKey = new Map<string, Text>();
  for (const text of [...built.instruments.flatMap(exportTexts), ...own]) if (!byKey.has(text.key)) byKey.set(text.key, text);
  return [...byKey.values()];
}

/** Texts in one language, English where untranslated; remembers which keys were untranslated. */
export class Translator {
  private readonly missing = new Set<string>();
  constructor(
    readonly language: string,
    private readonly translations: Translations | undefined,
  ) {}

  text(t: Text): string {
    if (this.language !== 'en' && !this.translations?.[t.key]?.trim()) this.missing.add(t.key);
    return translate(t, this.language, this.translations);
  }

  get untranslated(): string[] {
    return [...this.missing].sort();
  }
}
