import type { ActivityInstrument } from './activity-instrument.js';
import { frameCodes } from './coding-frame.js';
import type { Instrument, InstrumentNode, Text } from './types.js';

/** A translation file: key → text in one language (`translations/<lang>.json`). */
export type Translations = Readonly<Record<string, string>>;

/** Every translatable text of an instrument of any kind, in document order, keyed once. */
export function instrumentTexts(instrument: ActivityInstrument): Text[] {
  const texts = new Map<string, Text>();
  const add = (t: Text | undefined): void => {
    if (t && !texts.has(t.key)) texts.set(t.key, t);
  };
  add(instrument.title);
  switch (instrument.kind) {
    case 'questionnaire':
      questionnaireTexts(instrument, add);
      break;
    case 'interview-guide':
      add(instrument.purpose);
      for (const p of instrument.opening) add(p.text);
      for (const section of instrument.sections) {
        add(section.title);
        for (const q of section.questions) [q.text, ...q.probes].forEach(add);
      }
      for (const p of [...instrument.closing, ...instrument.interviewerNotes]) add(p.text);
      for (const choice of instrument.respondentTypes.choices) add(choice.label);
      break;
    case 'coding-frame':
      for (const code of frameCodes(instrument)) [code.label, code.definition, code.include, code.exclude, code.example].forEach(add);
      break;
    case 'data-request':
      for (const p of instrument.instructions) add(p.text);
      for (const sheet of instrument.sheets) add(sheet.title);
      for (const m of instrument.measures) [m.label, m.unit, m.definition, m.caveat].forEach(add);
      for (const list of instrument.choiceLists) for (const choice of list.choices) add(choice.label);
      break;
    case 'checklist':
      for (const p of instrument.instructions) add(p.text);
      for (const item of instrument.items) [item.question, item.guidance].forEach(add);
      for (const choice of instrument.statuses.choices) add(choice.label);
      break;
  }
  return [...texts.values()];
}

function questionnaireTexts(instrument: Instrument, add: (t: Text | undefined) => void): void {
  const visit = (nodes: readonly InstrumentNode[]): void => {
    for (const node of nodes) {
      add(node.label);
      if (node.kind === 'question') {
        add(node.hint);
        add(node.constraintMessage);
      } else {
        visit(node.children);
      }
    }
  };
  visit(instrument.children);
  for (const list of instrument.choiceLists) for (const choice of list.choices) add(choice.label);
}

/** The keys a language lacks (or has left empty), per instrument text. */
export function untranslatedKeys(texts: readonly Text[], translations: Translations): string[] {
  return texts.filter((t) => !translations[t.key]?.trim()).map((t) => t.key);
}

/** A text in a language, falling back to English when untranslated. */
export function translate(text: Text, language: string, translations: Translations | undefined): string {
  if (language === 'en') return text.en;
  const translated = translations?.[text.key];
  return translated && translated.trim() !== '' ? translated : text.en;
}
