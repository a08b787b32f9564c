// The documents dh writes for people to open in an office suite, opened in one: LibreOffice,
// headless. An interview team prints the guides from Writer; a team adapting a questionnaire
// edits its XLSForm in Calc and saves it again. (The workbooks partners fill and save in Calc
// are read back by dh validate in workbooks.test.ts.)
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkXlsform, readXlsform } from '@dh/exporters';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertAllWithLibreOffice, convertWithLibreOffice, officeTestsRun } from '../test/libreoffice.js';
import { runCli } from '../test/run-cli.js';

const runs = officeTestsRun('the office-suite test');
const root = mkdtempSync(join(tmpdir(), 'dh-office-'));
const instruments = join(root, 'instruments');
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The example with a few French texts of the survivor-conversation guide filled in, so the French
// guide holds accents, apostrophes and quotation marks Writer must show as written.
const FRENCH = {
  'sc_conversation_guide.title': 'Conversations avec des survivant·e·s : guide de conversation',
  'sc_conversation_guide.opening.welcome': "Bonjour, et merci d'être venu·e. Je m'appelle « [prénom] ».",
  'sc_conversation_guide.opening.your_choice': 'Participer est entièrement ton choix : dire non ne changera rien à ton soutien.',
};

beforeAll(() => {
  if (!runs) return;
  const example = join(root, 'xa');
  cpSync(new URL('../../../examples/xa', import.meta.url).pathname, example, {
    recursive: true,
    filter: (source) => !source.includes('/data/') && !source.endsWith('/instruments'),
  });
  const fr = join(example, 'translations', 'fr.json');
  writeFileSync(fr, JSON.stringify({ ...JSON.parse(readFileSync(fr, 'utf8')), ...FRENCH }, null, 2));
  const build = runCli(['instruments', 'build', example, '--out', instruments]);
  expect(build.status, build.stderr).toBe(0);
});

/** Every paragraph of a Markdown guide as plain text: headings, list marks, emphasis and escapes taken off. */
function paragraphs(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*(#+|[-*]|\d+\.)\s+/, '')
        .replace(/^_(.*)_$/, '$1')
        .replace(/\\([[\]\\*_#`()])/g, '$1')
        .trim(),
    )
    .filter((line) => line !== '');
}

const squeezed = (text: string) => text.replace(/\s+/g, ' ');

/** The interview guides dh built for the example: Word documents, each with its Markdown twin. */
function guides(): { docx: string; markdown: string }[] {
  const found: { docx: string; markdown: string }[] = [];
  for (const activity of readdirSync(instruments)) {
    const folder = join(instruments, activity, 'guide');
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.endsWith('.docx')))
      found.push({ docx: join(folder, name), markdown: join(folder, name.replace(/\.docx$/, '.md')) });
  }
  return found;
}

describe.runIf(runs)('in LibreOffice', () => {
  it('each interview guide opens in Writer and reads, paragraph by paragraph, as its Markdown twin, in every language', () => {
    const all = guides();
    // Four interview activities, in the example's two languages.
    expect(all.map((g) => g.docx.split('/').pop()).sort()).toEqual(
      ['aj_interview_guide', 'db_interview_guide', 'le_interview_guide', 'sc_conversation_guide'].flatMap((id) => [
        `${id}.en.docx`,
        `${id}.fr.docx`,
      ]),
    );
    const out = join(root, 'guides-as-text');
    mkdirSync(out);
    const texts = convertAllWithLibreOffice(
      all.map((g) => g.docx),
      'txt:Text (encoded):UTF8',
      out,
    );
    for (const [i, guide] of all.entries()) {
      const text = squeezed(readFileSync(texts[i] as string, 'utf8'));
      const expected = paragraphs(readFileSync(guide.markdown, 'utf8'));
      expect(expected.length, guide.markdown).toBeGreaterThan(40);
      const missing = expected.filter((paragraph) => !text.includes(squeezed(paragraph)));
      expect(missing, `${guide.docx}: paragraphs of the Markdown guide Writer does not show`).toEqual([]);
    }
    const french = squeezed(readFileSync(texts[all.findIndex((g) => g.docx.endsWith('sc_conversation_guide.fr.docx'))] as string, 'utf8'));
    for (const text of Object.values(FRENCH)) expect(french).toContain(text);
  });

  it('an XLSForm opened in Calc and saved again is still the same form, with no new problem', async () => {
    const forms = ['household-survey/xlsform/child_interview.xlsx', 'frontline-worker-survey/xlsform/frontline_worker_questionnaire.xlsx'];
    for (const form of forms) {
      const folder = mkdtempSync(join(root, 'calc-'));
      const original = readFileSync(join(instruments, form));
      writeFileSync(join(folder, 'form.xlsx'), original);
      mkdirSync(join(folder, 'saved'));
      const saved = readFileSync(convertWithLibreOffice(join(folder, 'form.xlsx'), 'xlsx:Calc MS Excel 2007 XML', join(folder, 'saved')));
      expect(await readXlsform(saved), form).toEqual(await readXlsform(original));
      expect(await checkXlsform(saved), form).toEqual([]);
    }
  });
});
