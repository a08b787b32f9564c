import type { CodebookVariable } from './codebook-model.js';

/** How one output format writes plain text, code and an emphasised flag. */
export interface FactFormat {
  readonly text: (text: string) => string;
  readonly code: (code: string) => string;
  readonly flag: (text: string) => string;
}

/** The label/value lines of one variable, shared by the Markdown and HTML codebooks. */
export function variableFacts(v: CodebookVariable, f: FactFormat): [string, string][] {
  const facts: [string, string][] = [['Record type', f.code(v.recordType)]];
  if (v.question !== undefined) facts.push(['Question', f.text(v.question)]);
  if (v.label !== undefined) facts.push(['Label', f.text(v.label)]);
  if (!v.collected) facts.push(['Source', 'added to the data after collection; not asked']);
  else if (v.question === undefined) facts.push(['Question', '(none: calculated on the tablet)']);
  if (v.hint !== undefined) facts.push(['Hint', f.text(v.hint)]);
  facts.push(
    ['Type', f.text(v.typeText)],
    ['Universe', f.text(v.universe)],
    ['Required', v.required ? (v.asked === 'always' ? 'yes' : 'yes, when asked') : 'no'],
    ['Self-completed', v.selfCompleted ? f.flag('yes: the respondent answers alone on the tablet') : 'no'],
  );
  if (v.key) facts.push(['Key', 'yes: part of the record key']);
  if (v.minimum !== undefined || v.maximum !== undefined) facts.push(['Range', `${v.minimum ?? '…'} to ${v.maximum ?? '…'}`]);
  if (v.constraint) {
    const message = v.constraint.message !== undefined ? `; message: ${f.text(v.constraint.message)}` : '';
    facts.push(['Constraint', `${f.text(v.constraint.words)} (${f.code(v.constraint.xlsform)})${message}`]);
  }
  if (v.calculation) facts.push(['Calculation', `${f.text(v.calculation.words)} (${f.code(v.calculation.xlsform)})`]);
  if (v.path.length > 0) facts.push(['ODK column', f.code([...v.path, v.name].join('/'))]);
  return facts;
}
