import { describe, expect, it } from 'vitest';
import { smallInstrument } from '../../test/small-instrument.js';
import { q } from '../expression/builders.js';
import { choices, defineInstrument, integer, selectOne, withExtensionLists } from './builder.js';
import { instrumentTexts, untranslatedKeys } from './translations.js';
import { placedQuestions } from './walk.js';

const base = {
  id: 't',
  title: 'T',
  version: '1.0.0',
  recordType: 't',
  key: ['a'],
  choiceLists: [
    choices('yn', [
      ['yes', 'Yes'],
      ['no', 'No'],
    ]),
  ],
};

describe('defining an instrument', () => {
  it('gives every text a stable translation key with its English source', () => {
    const keys = instrumentTexts(smallInstrument).map((t) => t.key);
    expect(keys).toContain('mini.title');
    expect(keys).toContain('mini.age.label');
    expect(keys).toContain('mini.age.constraint_message');
    expect(keys).toContain('choices.yes_no.dont_know');
  });

  it('reports the keys a language has not translated', () => {
    const texts = instrumentTexts(smallInstrument);
    const missing = untranslatedKeys(texts, { 'mini.title': 'Utafiti mdogo', 'mini.age.label': ' ' });
    expect(missing).not.toContain('mini.title');
    expect(missing).toContain('mini.age.label');
    expect(missing).toHaveLength(texts.length - 1);
  });

  it('combines a group relevance with its questions and marks self-completion', () => {
    const age = placedQuestions(smallInstrument).find((p) => p.question.name === 'platforms');
    expect(age?.relevant).toEqual({ kind: 'and', operands: [q('consent').eq('yes'), q('online').eq('yes')] });
  });

  it('refuses an expression reading a question asked later', () => {
    expect(() => defineInstrument({ ...base, children: [integer('a', 'A', { relevant: q('b').eq(1) }), integer('b', 'B')] })).toThrow(
      /relevance of "a" reads "b", which is not asked before it/,
    );
  });

  it('refuses names that are not XML names, duplicates, and unknown lists', () => {
    expect(() => defineInstrument({ ...base, key: [], children: [integer('1a', 'A')] })).toThrow(/"1a" is not a valid XML name/);
    expect(() => defineInstrument({ ...base, children: [integer('a', 'A'), integer('a', 'A again')] })).toThrow(/"a" is defined twice/);
    expect(() => defineInstrument({ ...base, children: [integer('a', 'A'), selectOne('b', 'nope', 'B')] })).toThrow(
      /list "nope", which the instrument does not define/,
    );
  });

  it('lets a country fill an extension list but not a fixed one', () => {
    const filled = withExtensionLists(smallInstrument, {
      platform: [{ code: 'local_app', label: 'Local app' }],
      yes_no: [{ code: 'oui', label: 'Oui' }],
    });
    expect(filled.choiceLists.find((l) => l.name === 'platform')?.choices.map((c) => c.code)).toEqual(['local_app']);
    expect(filled.choiceLists.find((l) => l.name === 'yes_no')?.choices.map((c) => c.code)).toEqual(['yes', 'no', 'dont_know', 'refused']);
  });
});
