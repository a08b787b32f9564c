import type { DesignDeclaration } from '@dh/core';
import type { ColumnMap } from '../columns/column-map.js';
import type { IssueSink } from '../issues/issue-sink.js';
import type { RecordPlan } from '../rows/record-plan.js';
import type { FileContext, RowObserver } from '../rows/record-checker.js';
import type { RowView } from '../rows/row-view.js';
import { numberOrText } from '../values/cell-values.js';
import { columnOf, variableReads } from './column-of.js';
import { detachedCopy } from './detached-copy.js';

interface Place {
  readonly row: number;
  readonly file: number;
}

/**
 * Survey design checks for one DesignDeclaration (docs/methodology.md § household-survey): every
 * weight positive, every PSU nested in one stratum, every stratum with at least two PSUs.
 * Only the distinct PSU and stratum codes are kept (hundreds, not rows).
 */
export class DesignTracker {
  private readonly stratumOfPsu = new Map<string, { stratum: string; at: Place; others?: Map<string, Place> }>();
  private readonly psusOfStratum = new Map<string, { psus: Set<string>; at: Place }>();
  private lastPsu = '';
  private lastStratum = '';

  constructor(
    readonly design: DesignDeclaration,
    private readonly files: readonly string[],
  ) {}

  observerFor(map: ColumnMap, context: FileContext, plan: RecordPlan): RowObserver | undefined {
    const names = [this.design.stratum, this.design.psu, this.design.weight];
    const [stratum = -1, psu = -1, weight = -1] = names.map((name) => columnOf(map, name));
    names.forEach((name, k) => {
      const declaredField = map.recordType.fields.some((f) => f.name === name);
      // A missing field is already reported by the header check; a design variable the record type lacks is not.
      if ([stratum, psu, weight][k] === -1 && !declaredField) {
        context.sink.add(
          {
            code: 'missing-column',
            file: context.file,
            record: map.recordType.name,
            field: name,
            params: {
              hint: `The survey design (assessment.json) names "${name}" as a design variable of ${map.recordType.name}: add the column, or correct the variable name in assessment.json.`,
            },
          },
          context.fileIndex,
        );
      }
    });
    const weightField = plan.fields.findIndex((f) => f.name === this.design.weight);
    // The weight is checked where it is asked: the variables its relevance reads are read too.
    const relevance = weightField < 0 ? -1 : (plan.relevance.setOfField[weightField] ?? -1);
    const asked = relevance < 0 ? [] : plan.relevance.setReads(relevance).flatMap((name) => variableReads(map, name));
    return {
      reads: [stratum, psu, weight, ...asked].filter((column) => column >= 0),
      observe: (view: RowView, row: number) => {
        if (weight >= 0 && (weightField < 0 || plan.relevance.isRelevant(weightField, view.record)))
          this.checkWeight(view.cells[weight] ?? '', row, context);
        if (stratum >= 0 && psu >= 0) this.notePsu(view.cells[stratum] ?? '', view.cells[psu] ?? '', row, context.fileIndex);
      },
    };
  }

  private checkWeight(cell: string, row: number, context: FileContext): void {
    const value = numberOrText(cell);
    if (typeof value === 'number' && value > 0 && Number.isFinite(value)) return;
    if (!context.sink.count('weight-invalid', undefined, context.fileIndex)) return;
    context.sink.keep({
      code: 'weight-invalid',
      file: context.file,
      record: this.design.recordType,
      row,
      field: this.design.weight,
      value: cell,
    });
  }

  private notePsu(stratum: string, psu: string, row: number, file: number): void {
    if (stratum === '' || psu === '') return;
    // Exports list a cluster's households together: most rows repeat the previous pair.
    if (psu === this.lastPsu && stratum === this.lastStratum) return;
    // Kept as read: the one chunk a long code may hold is let go at the next change, and a copy here cost 0.5 µs at each change.
    this.lastPsu = psu;
    this.lastStratum = stratum;
    const known = this.stratumOfPsu.get(psu);
    // The pair as first seen: both maps hold it already (rows out of cluster order come here, one lookup each).
    if (known !== undefined && known.stratum === stratum) return;
    const at: Place = { row, file };
    if (known === undefined) {
      this.stratumOfPsu.set(detachedCopy(psu), { stratum: detachedCopy(stratum), at });
    } else if (known.stratum !== stratum && !known.others?.has(stratum)) {
      (known.others ??= new Map()).set(detachedCopy(stratum), at);
    }
    const psus = this.psusOfStratum.get(stratum);
    if (psus === undefined) this.psusOfStratum.set(detachedCopy(stratum), { psus: new Set([detachedCopy(psu)]), at });
    else if (!psus.psus.has(psu)) psus.psus.add(detachedCopy(psu));
  }

  finish(sink: IssueSink): void {
    const { recordType, psu: psuName, stratum: stratumName } = this.design;
    for (const [psu, entry] of this.stratumOfPsu) {
      if (entry.others === undefined) continue;
      const [, second] = [...entry.others][0] ?? [];
      const at = second ?? entry.at;
      const strata = [entry.stratum, ...entry.others.keys()].map((s) => `"${s}"`).join(', ');
      sink.add(
        {
          code: 'psu-in-several-strata',
          file: this.files[at.file] ?? '',
          record: recordType,
          row: at.row,
          field: psuName,
          value: psu,
          params: { strata },
        },
        at.file,
      );
    }
    for (const [stratum, entry] of this.psusOfStratum) {
      if (entry.psus.size !== 1) continue;
      sink.add(
        {
          code: 'single-psu-stratum',
          file: this.files[entry.at.file] ?? '',
          record: recordType,
          row: entry.at.row,
          field: stratumName,
          value: stratum,
          params: { count: 1, psu: String([...entry.psus][0] ?? '') },
        },
        entry.at.file,
      );
    }
  }
}
