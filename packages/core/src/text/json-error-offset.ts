/**
 * Finds where JSON text first breaks the grammar. Node 20's JSON.parse does not always say where
 * ("Unexpected token '}'"), and a partner needs a line and column to fix a hand-edited file.
 * Runs only after JSON.parse failed, so clarity beats speed here.
 */
export function jsonErrorOffset(text: string): number {
  const scanner = new JsonScanner(text);
  return scanner.run();
}

const MAX_NESTING = 512;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class JsonScanner {
  private index = 0;

  constructor(private readonly text: string) {}

  run(): number {
    if (!this.value(0)) return this.index;
    this.skipSpace();
    return this.index < this.text.length ? this.index : -1;
  }

  private value(depth: number): boolean {
    this.skipSpace();
    const char = this.text[this.index];
    if (char === '{') return depth < MAX_NESTING && this.members('}', depth, true);
    if (char === '[') return depth < MAX_NESTING && this.members(']', depth, false);
    if (char === '"') return this.string();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return this.sticky(NUMBER);
    return ['true', 'false', 'null'].some((word) => this.word(word));
  }

  /** Object members (`key: value`) or array items, up to the closing bracket. */
  private members(close: string, depth: number, keyed: boolean): boolean {
    this.index++;
    this.skipSpace();
    if (this.text[this.index] === close) return this.advance();
    for (;;) {
      if (keyed && !this.key()) return false;
      if (!this.value(depth + 1)) return false;
      this.skipSpace();
      const char = this.text[this.index];
      if (char === close) return this.advance();
      if (char !== ',') return false;
      this.index++;
    }
  }

  private key(): boolean {
    this.skipSpace();
    if (this.text[this.index] !== '"' || !this.string()) return false;
    this.skipSpace();
    return this.text[this.index] === ':' && this.advance();
  }

  private string(): boolean {
    this.index++;
    while (this.index < this.text.length) {
      const code = this.text.charCodeAt(this.index);
      if (code === 0x22) return this.advance();
      if (code < 0x20) return false;
      if (code === 0x5c) {
        if (!this.sticky(ESCAPE)) return false;
      } else this.index++;
    }
    return false;
  }

  private sticky(pattern: RegExp): boolean {
    pattern.lastIndex = this.index;
    if (!pattern.test(this.text)) return false;
    this.index = pattern.lastIndex;
    return true;
  }

  private word(word: string): boolean {
    if (!this.text.startsWith(word, this.index)) return false;
    this.index += word.length;
    return true;
  }

  private advance(): boolean {
    this.index++;
    return true;
  }

  private skipSpace(): void {
    while (/[ \t\n\r]/.test(this.text[this.index] ?? '')) this.index++;
  }
}

/** 1-based line and column of an offset, as text editors count them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
