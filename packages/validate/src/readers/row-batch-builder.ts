import { readProblem, type ReadProblem } from './read-problem.js';
import type { RowBatch } from './table-source.js';

/** Collects aligned rows and their problems until a reader hands the batch on. */
export class RowBatchBuilder {
  private rows: string[][] = [];
  private rowNumbers: number[] = [];
  private problems: ReadProblem[] = [];

  constructor(
    private readonly file: string,
    private readonly width: number,
  ) {}

  get size(): number {
    return this.rows.length;
  }

  get isEmpty(): boolean {
    return this.rows.length === 0 && this.problems.length === 0;
  }

  /** Adds a row whose cells are already aligned with the header. */
  addAlignedRow(cells: string[], rowNumber: number): void {
    this.rows.push(cells);
    this.rowNumbers.push(rowNumber);
  }

  /** Adds a row of any length: a wrong cell count is reported, then the row is padded or cut to fit. */
  addRow(cells: string[], rowNumber: number): void {
    if (cells.length !== this.width) {
      this.problems.push(raggedRowProblem(this.file, rowNumber, this.width, cells.length));
      cells = cells.length > this.width ? cells.slice(0, this.width) : padCells(cells, this.width);
    }
    this.addAlignedRow(cells, rowNumber);
  }

  addProblem(problem: ReadProblem): void {
    this.problems.push(problem);
  }

  /** Returns the batch so far and starts a new one. */
  take(stopped = false): RowBatch {
    const batch: RowBatch = { rows: this.rows, rowNumbers: this.rowNumbers, problems: this.problems, stopped };
    this.rows = [];
    this.rowNumbers = [];
    this.problems = [];
    return batch;
  }
}

function padCells(cells: string[], width: number): string[] {
  const padded = cells.slice();
  while (padded.length < width) padded.push('');
  return padded;
}

export function raggedRowProblem(file: string, row: number, expected: number, actual: number): ReadProblem {
  const more = actual > expected;
  return readProblem({
    code: 'ragged-row',
    file,
    row,
    message: `Row ${row} has ${actual} cells but the header has ${expected} columns.`,
    hint: more
      ? 'A value containing the delimiter must be in double quotes; otherwise remove the extra cells.'
      : 'A cell is missing in this row: add it (empty if unknown) so the values line up with the header.',
  });
}

/** A batch holding one problem that ended the reading. */
export function stoppedBatch(problem: ReadProblem): RowBatch {
  return { rows: [], rowNumbers: [], problems: [problem], stopped: true };
}
