import { placedQuestions, type Instrument } from '@dh/core';

/** The words a reader of a definition needs: a question as asked, and its answers as offered. */
export interface QuestionTexts {
  /** The question's English text, without a trailing colon. */
  question(name: string): string;
  /** The answer labels of these codes, quoted: `"Agree" or "Strongly agree"`. */
  answers(name: string, codes: readonly string[]): string;
}

/** Looks questions and answers up in the instruments, so definitions quote what was asked. */
export function questionTexts(instruments: readonly Instrument[]): QuestionTexts {
  const byName = new Map(
    instruments.flatMap((instrument) =>
      placedQuestions(instrument).map((p) => [p.question.name, { instrument, question: p.question }] as const),
    ),
  );
  const found = (name: string) => {
    const entry = byName.get(name);
    if (!entry) throw new Error(`no question ${name} in the household survey's instruments`);
    return entry;
  };
  return {
    question: (name) => (found(name).question.label?.en ?? name).replace(/:$/, ''),
    answers: (name, codes) => {
      const { instrument, question } = found(name);
      const list = instrument.choiceLists.find((l) => l.name === question.listName);
      return codes.map((code) => `"${list?.choices.find((c) => c.code === code)?.label.en ?? code}"`).join(' or ');
    },
  };
}
