import type { CodebookVariable } from './codebook-model.js';
import type { CodebookWords } from './codebook-texts.js';

/** How one output format writes plain text, code and an emphasised flag. */
export interface FactFormat {
  readonly text: (text: string) => string;
  readonly code: (code: string) => string;
  readonly flag: (text: string) => string;
}

/** The label/value lines of one variable, shared by the Markdown and HTML codebooks. */
export function variableFacts(v: CodebookVariable, f: FactFormat, w: CodebookWords): [string, string][] {
  const t = f.text;
  const facts: [string, string][] = [[t(w.recordType), f.code(v.recordType)]];
  if (v.question !== undefined) facts.push([t(w.question), t(v.question)]);
  if (v.label !== undefined) facts.push([t(w.label), t(v.label)]);
  if (!v.collected) facts.push([t(w.source), t(w.notAsked)]);
  else if (v.question === undefined) facts.push([t(w.question), t(w.calculatedOnTablet)]);
  if (v.hint !== undefined) facts.push([t(w.hint), t(v.hint)]);
  facts.push(
    [t(w.type), t(v.typeText)],
    [t(w.universe), t(v.universe)],
    [t(w.mustAnswer), t(v.required ? (v.asked === 'always' ? w.yes : w.yesWhenAsked) : w.no)],
    [t(w.selfCompleted), v.selfCompleted ? f.flag(w.aloneOnTablet) : t(w.no)],
  );
  if (v.key) facts.push([t(w.key), t(w.partOfKey)]);
  if (v.minimum !== undefined || v.maximum !== undefined) facts.push([t(w.range), t(`${v.minimum ?? '…'} ${w.to} ${v.maximum ?? '…'}`)]);
  if (v.constraint) {
    const message = v.constraint.message !== undefined ? `; ${t(w.message)}: ${t(v.constraint.message)}` : '';
    facts.push([t(w.constraint), `${t(v.constraint.words)} (${f.code(v.constraint.xlsform)})${message}`]);
  }
  if (v.calculation) facts.push([t(w.calculation), `${t(v.calculation.words)} (${f.code(v.calculation.xlsform)})`]);
  if (v.path.length > 0) facts.push([t(w.odkColumn), f.code([...v.path, v.name].join('/'))]);
  return facts;
}
