import { describe, expect, it } from 'vitest';
import { KeyIndex } from './key-index.js';

describe('KeyIndex', () => {
  it('finds each of many keys again, with the number stored on first sight', () => {
    const index = new KeyIndex();
    for (let i = 0; i < 50_000; i++) index.insert(`H${i}\u001f${i % 7}`, i + 2, i % 3);
    expect(index.size).toBe(50_000);
    for (const i of [0, 1, 4095, 4096, 49_999]) {
      const id = index.find(`H${i}\u001f${i % 7}`);
      expect(index.values[id]).toBe(i + 2);
      expect(index.tags[id]).toBe(i % 3);
      expect(index.keyOf(id)).toBe(`H${i}\u001f${i % 7}`);
    }
    expect(index.find('H50000\u001f0')).toBe(-1);
  });

  it('tells a repeated key from a new one, and keeps the first row', () => {
    const index = new KeyIndex();
    const first = index.insert('C1', 2, 0);
    expect(index.added).toBe(true);
    expect(index.insert('C1', 9, 1)).toBe(first);
    expect(index.added).toBe(false);
    expect(index.values[first]).toBe(2);
  });

  it('keeps letters of every script apart, and never confuses a key with its prefix', () => {
    const index = new KeyIndex();
    const keys = ['Zoë', 'Zoe', 'Zoë2', 'ሰላም', 'ሰላ', '😀', 'é'.normalize('NFD'), 'é'];
    keys.forEach((key, i) => index.insert(key, i, 0));
    expect(index.size).toBe(keys.length);
    keys.forEach((key, i) => {
      expect(index.values[index.find(key)]).toBe(i);
      expect(index.keyOf(index.find(key))).toBe(key);
    });
  });
});
