// The .qdc a team imports into NVivo, ATLAS.ti, MAXQDA or QualCoder must be what those tools
// accept: checked against the REFI-QDA Codebook.xsd with libxml2, not with dh's own reading.
import { readFileSync } from 'node:fs';
import { defineCodingFrame } from '@dh/core';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { describe, expect, it } from 'vitest';
import { Translator } from '../texts/export-texts.js';
import { themeGuid } from '@dh/core';
import { refiCodebook } from './refi-codebook.js';

const schema = XmlDocument.fromString(readFileSync(new URL('../../test/refi/Codebook.xsd', import.meta.url), 'utf8'));
const validator = XsdValidator.fromDoc(schema);

/** Throws libxml2's own message when the document breaks the schema. */
function validate(xml: string): void {
  const doc = XmlDocument.fromString(xml);
  try {
    validator.validate(doc);
  } finally {
    doc.dispose();
  }
}

const frame = defineCodingFrame({
  id: 'capacity_frame',
  title: 'Capacity & barriers',
  version: '1.2.0',
  codes: [
    {
      id: 'capacity',
      label: 'Capacity <of the unit>',
      definition: 'What the unit can & cannot do.',
      include: 'Staff, equipment, budget.',
      exclude: 'Laws (use legal_gaps).',
      example: '"We have one phone for the whole unit."',
      children: [{ id: 'training_gap', label: 'Lack of training', definition: 'Staff were not trained for online cases.' }],
    },
    { id: 'victim_blaming', label: 'Victim-blaming attitudes', definition: 'Children are held responsible.' },
  ],
});

describe('the REFI-QDA codebook', () => {
  it('is valid against Codebook.xsd, in every language, with texts that need escaping', () => {
    for (const [language, translations] of [
      ['en', undefined],
      ['fr', { 'capacity_frame.capacity.label': 'Capacités « de l’unité »' }],
    ] as const) {
      const qdc = refiCodebook(frame, new Translator(language, translations));
      expect(() => validate(qdc), language).not.toThrow();
      expect(qdc).toContain('xmlns="urn:QDA-XML:codebook:1.0"');
    }
  });

  it('keeps nesting and gives each code the GUID its id fixes, build after build', () => {
    const qdc = refiCodebook(frame, new Translator('en', undefined));
    expect(qdc).toMatch(new RegExp(`<Code guid="${themeGuid('capacity')}"[^>]*>[\\s\\S]*<Code guid="${themeGuid('training_gap')}"`));
    expect(refiCodebook(frame, new Translator('en', undefined))).toBe(qdc);
  });

  it('the check is real: a codebook with a malformed GUID or no codes is refused', () => {
    const qdc = refiCodebook(frame, new Translator('en', undefined));
    expect(() => validate(qdc.replace(themeGuid('capacity'), 'not-a-guid'))).toThrow(/guid/i);
    expect(() => validate(qdc.replace(/<Codes>[\s\S]*<\/Codes>/, '<Codes></Codes>'))).toThrow();
  });
});
