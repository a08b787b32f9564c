import { Buffer } from 'buffer';
import { unavailable } from './file-registry.js';

/** SHA-1 (FIPS 180-4) of the bytes, as Node's `createHash('sha1')` gives it. */
function sha1(bytes: Uint8Array): Uint8Array {
  const length = bytes.length;
  const padded = new Uint8Array(((length + 9 + 63) >> 6) << 6);
  padded.set(bytes);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor((length * 8) / 2 ** 32));
  view.setUint32(padded.length - 4, (length * 8) >>> 0);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Uint32Array(80);
  for (let block = 0; block < padded.length; block += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(block + t * 4);
    for (let t = 16; t < 80; t++) {
      const x = (w[t - 3] as number) ^ (w[t - 8] as number) ^ (w[t - 14] as number) ^ (w[t - 16] as number);
      w[t] = (x << 1) | (x >>> 31);
    }
    let [a, b, c, d, e] = h as [number, number, number, number, number];
    for (let t = 0; t < 80; t++) {
      const [f, k] =
        t < 20
          ? [(b & c) | (~b & d), 0x5a827999]
          : t < 40
            ? [b ^ c ^ d, 0x6ed9eba1]
            : t < 60
              ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
              : [b ^ c ^ d, 0xca62c1d6];
      const next = (((a << 5) | (a >>> 27)) + f + e + k + (w[t] as number)) >>> 0;
      [e, d, c, b, a] = [d, c, (b << 30) | (b >>> 2), a, next];
    }
    [a, b, c, d, e].forEach((value, index) => (h[index] = ((h[index] as number) + value) >>> 0));
  }
  const digest = new Uint8Array(20);
  const out = new DataView(digest.buffer);
  h.forEach((value, index) => out.setUint32(index * 4, value));
  return digest;
}

/** `crypto.createHash` of Node, for SHA-1 only: what the REFI-QDA reader's name-based UUIDs use. */
export function createHash(algorithm: string) {
  if (algorithm.toLowerCase() !== 'sha1') unavailable(`the ${algorithm} hash`);
  const parts: Uint8Array[] = [];
  const hash = {
    update(data: Uint8Array | string, encoding?: BufferEncoding) {
      parts.push(typeof data === 'string' ? Buffer.from(data, encoding ?? 'utf8') : data);
      return hash;
    },
    digest(encoding?: BufferEncoding) {
      const digest = Buffer.from(sha1(Buffer.concat(parts)));
      return encoding === undefined ? digest : digest.toString(encoding);
    },
  };
  return hash;
}

export const randomBytes = () => unavailable('random bytes');

export default { createHash, randomBytes };
