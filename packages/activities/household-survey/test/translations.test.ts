import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { instrumentTexts } from '@dh/core';
import { activity, untranslatedByLanguage } from '../src/index.js';

const texts = activity.build().instruments.flatMap(instrumentTexts);
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

function translationsFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'dh-translations-'));
  folders.push(folder);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

describe('the untranslated-keys report', () => {
  it('lists, per language, the keys a translation lacks or leaves empty, and ignores the English source', () => {
    const sw = {
      'child_interview.ocsea_threatened.label': 'Katika miezi 12 iliyopita, je, kuna mtu aliyekutishia …',
      'choices.yes_no.yes': 'Ndiyo',
      'choices.yes_no.no': ' ',
    };
    const complete = Object.fromEntries(texts.map((t) => [t.key, `[fr] ${t.en}`]));
    const folder = translationsFolder({ 'en.json': '{}', 'sw.json': JSON.stringify(sw), 'fr.json': JSON.stringify(complete) });
    const report = untranslatedByLanguage(folder, texts);
    expect(report.map((r) => r.language)).toEqual(['fr', 'sw']);
    expect(report[0]?.untranslated).toEqual([]);
    const swahili = report[1];
    expect(swahili?.untranslated).toHaveLength(new Set(texts.map((t) => t.key)).size - 2);
    expect(swahili?.untranslated).toContain('choices.yes_no.no');
    expect(swahili?.untranslated).not.toContain('choices.yes_no.yes');
  });

  it('names a translation file that is not JSON and says what it should hold', () => {
    const folder = translationsFolder({ 'sw.json': '{ "a": ' });
    expect(() => untranslatedByLanguage(folder, texts)).toThrow(/sw.json is not valid JSON .*map each translation key to its text/);
  });
});
