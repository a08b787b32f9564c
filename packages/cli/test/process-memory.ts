import { readdirSync, readFileSync } from 'node:fs';

/** Parent of each running process, from /proc (Linux). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(entry), Number(fields[1]));
    } catch {
      // the process ended while being read
    }
  }
  return map;
}

function descends(pid: number, ancestor: number, parent: Map<number, number>): boolean {
  for (let at = parent.get(pid); at !== undefined && at > 1; at = parent.get(at)) if (at === ancestor) return true;
  return false;
}

/**
 * Resident memory (bytes) of this process's descendants whose command line matches: e.g. the
 * Chromium renderer that runs a page and its Web Worker.
 */
export function descendantsRss(match: (commandLine: string) => boolean): number {
  const parent = parents();
  let total = 0;
  for (const pid of parent.keys()) {
    if (!descends(pid, process.pid, parent)) continue;
    try {
      if (!match(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '))) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += Number(rss?.[1] ?? 0) * 1024;
    } catch {
      // the process ended while being read
    }
  }
  return total;
}
