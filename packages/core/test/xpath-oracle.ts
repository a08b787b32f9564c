import { DOMParser } from '@xmldom/xmldom';
import xpath from 'xpath';
import { answerText, type RecordValues } from '../src/index.js';

// The xpath package turns an empty node into 0 in arithmetic (Number of a string object),
// where XPath 1.0 § 4.4 and ODK give NaN; align it to the spec so the oracle is the spec.
interface XNumberLike {
  numberValue(): number;
}
const lib = xpath as unknown as {
  XNumber: new (text: string | number) => XNumberLike;
  XBoolean: new (value: boolean) => unknown;
  XNodeSet: { prototype: { stringValue(): string; number(): XNumberLike; numberValue(): number } };
};
lib.XNodeSet.prototype.number = function number(this: { stringValue(): string }) {
  return new lib.XNumber(this.stringValue());
};
lib.XNodeSet.prototype.numberValue = function numberValue(this: { number(): XNumberLike }) {
  return this.number().numberValue();
};

/**
 * An independent XPath 1.0 engine (the `xpath` package over an XForm-like instance) with
 * ODK's `selected()` and `count-selected()`, used to check that compiled XLSForm
 * expressions mean what `evaluate` computes.
 */
export function evaluateCompiledXlsform(compiled: string, record: RecordValues, selfName?: string): boolean {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = Object.entries(record)
    .map(([name, value]) => `<${name}>${escape(answerText(value))}</${name}>`)
    .join('');
  const doc = new DOMParser().parseFromString(`<data>${body}</data>`, 'text/xml');
  const path = compiled.replace(/\$\{([A-Za-z_][\w.-]*)\}/g, '/data/$1');
  const node = selfName === undefined ? doc : (xpath.select1(`/data/${selfName}`, doc as unknown as Node) as Node);
  const tokens = (v: { stringValue(): string }) =>
    v
      .stringValue()
      .trim()
      .split(/\s+/)
      .filter((t) => t !== '');
  const parse = (xpath as unknown as { parse(expr: string): { evaluateBoolean(options: object): boolean } }).parse;
  return parse(path).evaluateBoolean({
    node: node as Node,
    functions: {
      // Results as the engine's own value kinds: a bare JS value would be read as a string in arithmetic and comparisons.
      selected: (_ctx: unknown, value: { stringValue(): string }, code: { stringValue(): string }) =>
        new lib.XBoolean(tokens(value).includes(code.stringValue())),
      'count-selected': (_ctx: unknown, value: { stringValue(): string }) => new lib.XNumber(tokens(value).length),
    },
  });
}
