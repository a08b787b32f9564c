import type { ChoiceList, Text } from './types.js';
import type { ScriptParagraph } from './interview-guide.js';

/** One provision to look for, with where it comes from and what counts as each status. */
export interface ChecklistItem {
  readonly id: string;
  readonly question: Text;
  /** The international standard it comes from (UN OPSC art. 3, Lanzarote art. 23…). */
  readonly standard: string;
  readonly guidance: Text;
  /** `law` items carry a legal citation; `policy` items a document name and year. */
  readonly section: 'law' | 'policy';
  /** The checklist version in which this item's definition last changed in a way that breaks comparison. */
  readonly definedIn: string;
}

/**
 * A reviewer's checklist (docs/methodology.md § 1): one record per item, coded with a status
 * from a fixed list, with its evidence. Exported as a workbook a reviewer fills; `dh validate`
 * reads the filled workbook back.
 */
export interface Checklist {
  readonly kind: 'checklist';
  readonly id: string;
  readonly title: Text;
  readonly version: string;
  readonly instructions: readonly ScriptParagraph[];
  readonly items: readonly ChecklistItem[];
  /** The status list (yes, partial, no, unclear), with what each means. */
  readonly statuses: ChoiceList;
  readonly recordType: string;
  /** The field holding the item id. */
  readonly itemField: string;
  /** The field holding the status. */
  readonly statusField: string;
}
