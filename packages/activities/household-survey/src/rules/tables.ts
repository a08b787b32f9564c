import { answerText, tableColumn, type RecordTable } from '@dh/core';

/** A row of a dataset rule's table: its index there, and its row number in the file (the header is row 1). */
export interface NumberedRow {
  readonly table: RecordTable;
  readonly index: number;
  readonly row: number;
}

export const EMPTY_TABLE: RecordTable = { file: '', rows: [], rowNumbers: [] };

export function tableOf(tables: ReadonlyMap<string, RecordTable>, recordType: string): RecordTable {
  return tables.get(recordType) ?? EMPTY_TABLE;
}

/** A row's answer as text, trimmed; '' when empty. Rules read data as it was typed, numbers included. */
export function textOf(row: NumberedRow, field: string): string {
  return cellText(tableColumn(row.table, field)[row.index]);
}

export function numberOf(row: NumberedRow, field: string): number | undefined {
  return cellNumber(tableColumn(row.table, field)[row.index]);
}

/** A value of a table's column (`tableColumn`) as text, trimmed: what `textOf` gives, for rules that walk a column. */
export function cellText(value: unknown): string {
  return answerText(value).trim();
}

/** A value of a table's column as a number, when its text is one: what `numberOf` gives. */
export function cellNumber(value: unknown): number | undefined {
  // A whole number kept as one (the schema's integers): the number its text gives, without writing the text.
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value === 0 ? 0 : value;
  const text = cellText(value);
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/** The table's row at an index, with its row number in the file. */
export function numbered(table: RecordTable, index: number): NumberedRow {
  return { table, index, row: table.rowNumbers[index] ?? index + 2 };
}

/** The table's rows at some indices (a group's), in that order. */
export function numberedAt(table: RecordTable, indices: readonly number[]): NumberedRow[] {
  return indices.map((index) => numbered(table, index));
}

/**
 * A table's rows grouped by a key built from some fields, in the order keys first occur; rows
 * with any key field empty are left out (links report those). A group's rows are kept as a chain
 * of row indices in typed arrays, not as an array of row objects per key: a national roster has
 * hundreds of thousands of households, and objects per row were most of the memory of a run.
 */
export class RowGroups {
  private readonly keys: KeyTable;
  /** Per group: its first row, and how many rows it has. */
  private readonly first: Int32Array;
  private readonly sizes: Int32Array;
  /** Per row: the next row of its group, -1 after the last. */
  private readonly next: Int32Array;

  constructor(table: RecordTable, fields: readonly string[]) {
    const count = table.rowNumbers.length;
    const columns = fields.map((field) => tableColumn(table, field));
    this.keys = new KeyTable(count);
    // Sized for a group per row, then cut to the groups there are.
    const first = new Int32Array(count);
    const last = new Int32Array(count);
    const sizes = new Int32Array(count);
    this.next = new Int32Array(count).fill(-1);
    // A group's rows often follow one another (a household's roster lines): the previous row's group is tried first.
    let previousKey: string | undefined;
    let previous = -1;
    for (let i = 0; i < count; i++) {
      const key = keyOf(columns, i);
      if (key === undefined) continue;
      const made = this.keys.size;
      const group = key === previousKey ? previous : this.keys.numberOf(key, true);
      previousKey = key;
      previous = group;
      if (group === made) {
        first[group] = i;
        last[group] = i;
        sizes[group] = 1;
      } else {
        this.next[last[group] as number] = i;
        last[group] = i;
        sizes[group] = (sizes[group] as number) + 1;
      }
    }
    this.first = first.slice(0, this.keys.size);
    this.sizes = sizes.slice(0, this.keys.size);
  }

  /** How many rows carry the key (0 when none). */
  count(key: string): number {
    const group = this.keys.numberOf(key, false);
    return group < 0 ? 0 : (this.sizes[group] as number);
  }

  /** The indices of the rows carrying the key, in table order. */
  rowsOf(key: string): number[] {
    const group = this.keys.numberOf(key, false);
    return group < 0 ? [] : this.chain(group);
  }

  /** The row index when exactly one row carries the key: a duplicated id is reported as such, not by every rule that reads it. */
  onlyRow(key: string): number | undefined {
    const group = this.keys.numberOf(key, false);
    return group >= 0 && this.sizes[group] === 1 ? this.first[group] : undefined;
  }

  /** Every key with the indices of its rows. */
  *groups(): Iterable<[key: string, rows: number[]]> {
    for (let group = 0; group < this.keys.size; group++) yield [this.keys.keyOf(group), this.chain(group)];
  }

  /** Every key that exactly one row carries, with that row's index. */
  *onlyRows(): Iterable<[key: string, row: number]> {
    for (let group = 0; group < this.keys.size; group++)
      if (this.sizes[group] === 1) yield [this.keys.keyOf(group), this.first[group] as number];
  }

  private chain(group: number): number[] {
    const rows: number[] = [];
    for (let i = this.first[group] as number; i >= 0; i = this.next[i] as number) rows.push(i);
    return rows;
  }
}

/**
 * Strings numbered 0, 1, 2… in the order first added, found by open addressing on an FNV-1a hash
 * of their characters. On 200,000 household codes it fills in half the time of a `Map` and finds
 * in a quarter (a `Map` hashes each fresh string anew, and grows by rehashing every entry).
 */
class KeyTable {
  private readonly keys: string[] = [];
  /** Per slot, the number of the key in it; -1 when empty. */
  private slots: Int32Array;
  /** Per key, its hash. */
  private hashes: Int32Array;

  /** Sized for `expected` keys, grown beyond. */
  constructor(expected: number) {
    let slots = 16;
    while (slots < expected * 2) slots *= 2;
    this.slots = new Int32Array(slots).fill(-1);
    this.hashes = new Int32Array(Math.max(8, expected));
  }

  get size(): number {
    return this.keys.length;
  }

  keyOf(id: number): string {
    return this.keys[id] ?? '';
  }

  /** The number of `key`; when absent, -1, or the next number if `add` (the key is then added). */
  numberOf(key: string, add: boolean): number {
    let hash = 0x811c9dc5 | 0;
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] as number;
      if (id < 0) break;
      if (this.hashes[id] === hash && this.keys[id] === key) return id;
    }
    if (!add) return -1;
    const id = this.keys.length;
    this.keys.push(key);
    if (id >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    this.slots[slot] = id;
    if (this.keys.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.keys.length; id++) {
      let slot = (this.hashes[id] as number) & mask;
      while ((slots[slot] as number) >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}

/** The key of row `i` from the key fields' columns; undefined when a part is empty. */
function keyOf(columns: readonly (readonly unknown[])[], i: number): string | undefined {
  let key = '';
  for (let k = 0; k < columns.length; k++) {
    const part = answerText((columns[k] as readonly unknown[])[i]).trim();
    if (part === '') return undefined;
    key = k === 0 ? part : `${key}\u0000${part}`;
  }
  return key;
}

/**
 * Groupings already made in this run, per table and key fields: several rules group the roster
 * by household, and each grouping walks every row. Keyed by the row numbers array, which every
 * rule's view of a record type shares (each rule gets a table object of its own); the row count
 * is in the key, so a table that grew is grouped afresh.
 */
const groupings = new WeakMap<readonly number[], Map<string, RowGroups>>();

/** The table's rows grouped by the fields, made once per table and fields. */
export function groupRows(table: RecordTable, fields: readonly string[]): RowGroups {
  let byKey = groupings.get(table.rowNumbers);
  if (!byKey) groupings.set(table.rowNumbers, (byKey = new Map()));
  const cacheKey = `${table.rowNumbers.length}\u0001${fields.join('\u0000')}`;
  const made = byKey.get(cacheKey);
  if (made) return made;
  const groups = new RowGroups(table, fields);
  byKey.set(cacheKey, groups);
  return groups;
}
