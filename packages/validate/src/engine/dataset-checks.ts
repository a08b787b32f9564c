import type { BuiltActivity, RecordLink, RecordType } from '@dh/core';
import type { ColumnMap } from '../columns/column-map.js';
import { DatasetRuleTables, type RuleRun, type SkippedCheck } from '../dataset/dataset-rule-tables.js';
import { DesignTracker } from '../dataset/design-tracker.js';
import { KeyIndex } from '../dataset/key-index.js';
import { LinkTracker } from '../dataset/link-tracker.js';
import { RecordKeys } from '../dataset/record-keys.js';
import type { FileContext, RowObserver } from '../rows/record-checker.js';
import type { RecordPlan } from '../rows/record-plan.js';

/**
 * The checks that span rows and files: duplicate ids, links, survey design and dataset
 * rules. Each keeps only what it needs (keys, distinct PSUs, `needs` columns) across rows.
 */
export class DatasetChecks {
  private readonly keys = new Map<string, RecordKeys>();
  private readonly links: LinkTracker[] = [];
  private readonly designs: DesignTracker[] = [];
  private readonly tables: DatasetRuleTables;
  private readonly skipped: SkippedCheck[] = [];

  constructor(activity: BuiltActivity, present: readonly RecordType[], files: readonly string[]) {
    const names = new Set(present.map((r) => r.name));
    for (const recordType of present) this.keys.set(recordType.name, new RecordKeys(recordType, files));
    for (const link of activity.links) {
      const absent = [link.from.recordType, link.to.recordType].filter((name) => !names.has(name));
      if (absent.length > 0) {
        this.skipped.push({ check: `link ${describeLink(link)}`, reason: `no ${absent.join(' or ')} data was given` });
        continue;
      }
      const targetKeys = this.keys.get(link.to.recordType);
      const pointsAtKey = targetKeys !== undefined && sameFields(targetKeys.recordType.key, link.to.fields);
      this.links.push(new LinkTracker(link, pointsAtKey ? targetKeys.index : new KeyIndex(), !pointsAtKey, files));
    }
    for (const design of activity.designs) {
      if (names.has(design.recordType)) this.designs.push(new DesignTracker(design, files));
    }
    this.tables = new DatasetRuleTables(activity.datasetRules, names);
  }

  observersFor(map: ColumnMap, context: FileContext, plan: RecordPlan): RowObserver[] {
    const name = map.recordType.name;
    const observers = [
      this.keys.get(name)?.observerFor(map, context),
      ...this.links.filter((t) => t.link.to.recordType === name).map((t) => t.targetObserverFor(map, context)),
      ...this.links.filter((t) => t.link.from.recordType === name).map((t) => t.sourceObserverFor(map, context)),
      ...this.designs.filter((d) => d.design.recordType === name).map((d) => d.observerFor(map, context, plan)),
      this.tables.observerFor(map, context, plan),
    ];
    return observers.filter((o): o is RowObserver => o !== undefined);
  }

  /**
   * Every file of this record type has been read: links pointing at it can be resolved at once,
   * and the dataset rules with all their record types read run (their issues placed as `finish` would raise them).
   */
  recordTypeDone(name: string, rules: RuleRun): void {
    for (const tracker of this.links) if (tracker.link.to.recordType === name) tracker.targetComplete = true;
    this.tables.recordTypeDone(name, rules);
  }

  /** Raises the issues across rows, at `rules.stage`: links, design, then the dataset rules in order. */
  finish(rules: RuleRun): SkippedCheck[] {
    for (const tracker of this.links) tracker.finish(rules.sink);
    for (const design of this.designs) design.finish(rules.sink);
    const notJudged = [...this.keys.values(), ...this.links].map((t) => t.notJudged).filter((s): s is SkippedCheck => s !== undefined);
    return [...this.skipped, ...notJudged, ...this.tables.run(rules)];
  }
}

function sameFields(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

function describeLink(link: RecordLink): string {
  return `${link.from.recordType}.${link.from.fields.join('+')} → ${link.to.recordType}.${link.to.fields.join('+')}`;
}
