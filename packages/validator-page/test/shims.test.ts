// The browser stand-ins for Node built-ins give what Node gives: checked against Node itself.
import { createHash, randomBytes } from 'node:crypto';
import { crc32 as nodeCrc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createHash as pageHash } from '../src/browser/shims/crypto.js';
import { crc32, createInflateRaw } from '../src/browser/shims/zlib.js';

const samples = [
  Buffer.alloc(0),
  Buffer.from('abc'),
  Buffer.alloc(55, 1),
  Buffer.alloc(64, 2),
  Buffer.from('日本語 ✓'),
  ...Array.from({ length: 40 }, (_, i) => randomBytes(i * 37)),
];

describe('the page shims', () => {
  it('hash SHA-1 as Node does (the REFI-QDA reader derives theme ids with it)', () => {
    for (const bytes of samples) expect(pageHash('sha1').update(bytes).digest('hex')).toBe(createHash('sha1').update(bytes).digest('hex'));
    expect(pageHash('sha1').update('a').update('bc', 'utf8').digest('hex')).toBe(createHash('sha1').update('abc').digest('hex'));
    expect(() => pageHash('md5')).toThrow('not available in the offline validator page');
  });

  it('compute CRC-32 and inflate raw DEFLATE as Node does (the workbook reader checks both)', async () => {
    for (const bytes of samples) {
      expect(crc32(bytes)).toBe(nodeCrc32(bytes));
      expect(crc32(bytes.subarray(7), crc32(bytes.subarray(0, 7)))).toBe(nodeCrc32(bytes));
      const inflate = createInflateRaw();
      const out: Buffer[] = [];
      inflate.on('data', (chunk: Buffer) => out.push(chunk));
      const done = new Promise((resolve, reject) => inflate.on('end', resolve).on('error', reject));
      inflate.end(deflateRawSync(bytes));
      await done;
      expect(Buffer.concat(out).equals(bytes)).toBe(true);
    }
  });
});
