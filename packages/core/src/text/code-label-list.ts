/**
 * `code:Label;code:Label` → entries, as scaffold options write answer lists on one line
 * (strata, regions). An entry without a colon is its own label. Codes are checked where the
 * list lands (the assessment config's schema), so every problem is reported in one place.
 */
export function parseCodeLabelList(spec: string): { code: string; label: string }[] {
  return spec
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((entry) => {
      const at = entry.indexOf(':');
      return at < 0 ? { code: entry, label: entry } : { code: entry.slice(0, at).trim(), label: entry.slice(at + 1).trim() };
    });
}
