import type { TableContract } from '@dh/core';
import type { TableResult } from '../results/results-schema.js';
import { countTable } from './count-table.js';
import { statusTable } from './status-table.js';
import type { TableContext } from './table-context.js';
import { timeSeries } from './time-series.js';

/** A table by its output kind: one engine per kind, whatever the activity. */
export function computeTable(contract: TableContract, ctx: TableContext): TableResult {
  switch (contract.outputKind) {
    case 'count-table':
      return countTable(contract, ctx);
    case 'status-table':
      return statusTable(contract, ctx);
    case 'time-series':
      return timeSeries(contract, ctx);
  }
}
