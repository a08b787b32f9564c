/**
 * A set of strings with a number kept per string, in typed arrays rather than JS strings:
 * the keys of a million records take a few tens of megabytes, and no cell string (a slice of
 * a large parser chunk, which would keep the whole chunk alive) is retained. Strings are
 * stored as variable-length 16-bit units (one byte for ASCII), hashed with FNV-1a, and
 * found by open addressing.
 */
export class KeyIndex {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  private starts = new Int32Array(1 << 10);
  private lengths = new Int32Array(1 << 10);
  private slots = new Int32Array(1 << 11).fill(-1);
  private hashes = new Int32Array(1 << 10);
  /** A number stored with each key (here: the row it was first seen on). */
  values = new Int32Array(1 << 10);
  /** A second number per key (here: the file it was first seen in). */
  tags = new Int32Array(1 << 10);
  size = 0;

  /** The id of `key`, or -1 when absent. */
  find(key: string): number {
    const hash = hashOf(key);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] ?? -1;
      if (id < 0) return -1;
      if (this.hashes[id] === hash && this.equals(id, key)) return id;
    }
  }

  /** Adds `key` unless present; returns its id, and whether it was new in `added`. */
  insert(key: string, value: number, tag: number): number {
    const hash = hashOf(key);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] ?? -1;
      if (id < 0) break;
      if (this.hashes[id] === hash && this.equals(id, key)) {
        this.added = false;
        return id;
      }
    }
    const id = this.size++;
    this.ensureEntries(id + 1);
    this.starts[id] = this.used;
    this.lengths[id] = this.encode(key);
    this.hashes[id] = hash;
    this.values[id] = value;
    this.tags[id] = tag;
    this.slots[slot] = id;
    if (this.size * 2 > this.slots.length) this.rehash();
    this.added = true;
    return id;
  }

  added = false;

  /** The key of an id, decoded (only for messages). */
  keyOf(id: number): string {
    let text = '';
    const end = (this.starts[id] ?? 0) + (this.lengths[id] ?? 0);
    for (let at = this.starts[id] ?? 0; at < end;) {
      const [unit, next] = this.decodeAt(at);
      text += String.fromCharCode(unit);
      at = next;
    }
    return text;
  }

  private equals(id: number, key: string): boolean {
    let at = this.starts[id] ?? 0;
    const end = at + (this.lengths[id] ?? 0);
    for (let i = 0; i < key.length; i++) {
      if (at >= end) return false;
      const unit = key.charCodeAt(i);
      if (unit < 0x80) {
        if (this.bytes[at] !== unit) return false;
        at++;
      } else {
        const [stored, next] = this.decodeAt(at);
        if (stored !== unit) return false;
        at = next;
      }
    }
    return at === end;
  }

  /** 0x00–0x7f: one byte; above: 0x80|high7, then two more bytes of 7 bits. */
  private encode(key: string): number {
    this.ensureBytes(this.used + key.length * 3);
    const start = this.used;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      if (unit < 0x80) this.bytes[this.used++] = unit;
      else {
        this.bytes[this.used++] = 0x80 | (unit >> 14);
        this.bytes[this.used++] = (unit >> 7) & 0x7f;
        this.bytes[this.used++] = unit & 0x7f;
      }
    }
    return this.used - start;
  }

  private decodeAt(at: number): [number, number] {
    const first = this.bytes[at] ?? 0;
    if (first < 0x80) return [first, at + 1];
    return [((first & 0x7f) << 14) | ((this.bytes[at + 1] ?? 0) << 7) | (this.bytes[at + 2] ?? 0), at + 3];
  }

  private ensureBytes(needed: number): void {
    if (needed <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(needed, this.bytes.length * 2));
    grown.set(this.bytes.subarray(0, this.used));
    this.bytes = grown;
  }

  private ensureEntries(needed: number): void {
    if (needed <= this.starts.length) return;
    const capacity = this.starts.length * 2;
    this.starts = grow(this.starts, capacity);
    this.lengths = grow(this.lengths, capacity);
    this.hashes = grow(this.hashes, capacity);
    this.values = grow(this.values, capacity);
    this.tags = grow(this.tags, capacity);
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = (this.hashes[id] ?? 0) & mask;
      while ((slots[slot] ?? -1) >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}

function grow(array: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(capacity);
  grown.set(array);
  return grown;
}

function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 1; // non-negative, so `& mask` indexes
}
