// Node's `stream` in the browser: the readable-stream package (Node's streams, published for
// browsers), with the `Readable.from` its browser build leaves out, which the workbook reader uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS module, as the packages that require('stream') expect
const streams = require('readable-stream');

/** A readable stream of what an (async) iterable yields; stopping the stream stops the iterator. */
function from(iterable, options = {}) {
  const iterator = iterable[Symbol.asyncIterator] ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
  let reading = false;
  const stream = new streams.Readable({
    objectMode: true,
    highWaterMark: 1,
    ...options,
    read() {
      if (reading) return;
      reading = true;
      (async () => {
        try {
          for (;;) {
            const { value, done } = await iterator.next();
            if (done) {
              stream.push(null);
              return;
            }
            if (!stream.push(value)) return;
          }
        } catch (error) {
          stream.destroy(error);
        } finally {
          reading = false;
        }
      })();
    },
    destroy(error, callback) {
      Promise.resolve(iterator.return?.()).then(
        () => callback(error),
        () => callback(error),
      );
    },
  });
  return stream;
}

streams.Readable.from = from;
module.exports = streams;
