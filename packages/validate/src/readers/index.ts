/**
 * The readers of `dh validate`: every way a partner's file becomes a streamed table. This index
 * is the complete public surface; the other files are internal and free to change.
 */
export { openTable } from './open-table.js';
export { UNSPLIT_ROW, type RowSelection } from './csv-chunk-parser.js';
export type { OpenTableOptions, RowBatch, RowUnit, TableFormat, TableResult, TableSource } from './table-source.js';
export type { ReadProblem, ReadProblemCode, ReadProblemSeverity } from './read-problem.js';
