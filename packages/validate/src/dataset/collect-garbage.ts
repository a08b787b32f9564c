import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/**
 * A full garbage collection, now. V8 collects its old generation when that has grown, not when a
 * run lets go of much at once, and what it has not collected yet still counts in the process's
 * memory: a dataset rule run before the last file lets go of tables and groupings that would
 * otherwise stay while the next file is read on two threads (the problem-heavy survey folder's
 * peak: 311–323 MB, 278–293 MB with this, no slower; docs/architecture.md § Scale). Node gives
 * `gc` only under `--expose-gc`; that flag set at run time gives it to a new context, as Jest's
 * leak detector does. Where there is no such thing (the browser page), nothing happens.
 */
export function collectGarbageNow(): void {
  try {
    if (collect === undefined) {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    }
    collect();
  } catch {
    collect = () => undefined;
  }
}
