import { Buffer } from 'buffer';
import { Inflate } from 'fflate';
import { Transform } from './stream.cjs';

const TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** `zlib.crc32` of Node (22.2+, 20.15+): the CRC-32 a zip entry declares, continued from `value`. */
export function crc32(data: Uint8Array | string, value = 0): number {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let crc = ~value;
  for (let index = 0; index < bytes.length; index++) crc = (TABLE[(crc ^ (bytes[index] as number)) & 0xff] as number) ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** `zlib.createInflateRaw` of Node: a stream that decompresses raw DEFLATE (a zip entry's data), by fflate. */
export function createInflateRaw(): Transform {
  const inflate = new Inflate();
  const stream = new Transform({
    transform(chunk: Uint8Array, _encoding, done) {
      try {
        inflate.push(chunk, false);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done) {
      try {
        inflate.push(new Uint8Array(0), true);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
  inflate.ondata = (data) => {
    stream.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  };
  return stream;
}

export default { crc32, createInflateRaw };
