// What the shims take from stream.cjs: readable-stream has Node's interface.
export { Readable, Transform } from 'node:stream';
