import MarkdownIt from 'markdown-it';

/** A heading's anchor as GitHub makes it, so links written for the repository's Markdown resolve here too. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * Markdown as handbook HTML: raw HTML in the source is escaped, every heading gets its GitHub
 * anchor, and each link goes through `rewrite` (a link it returns undefined for is kept as text,
 * so no page points at a file the site does not have).
 */
export function renderMarkdown(source: string, rewrite: (href: string) => string | undefined): string {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.core.ruler.push('dh_handbook', (state) => {
    const used = new Map<string, number>();
    state.tokens.forEach((token, i) => {
      if (token.type === 'heading_open') {
        const base = slug(state.tokens[i + 1]?.content ?? '');
        const seen = used.get(base) ?? 0;
        used.set(base, seen + 1);
        token.attrSet('id', seen === 0 ? base : `${base}-${seen}`);
      }
      const dropped: boolean[] = [];
      for (const child of token.children ?? []) {
        if (child.type === 'link_open') {
          const href = rewrite(child.attrGet('href') ?? '');
          dropped.push(href === undefined);
          if (href === undefined) {
            child.tag = 'span';
            child.attrs = null;
          } else child.attrSet('href', href);
        } else if (child.type === 'link_close' && dropped.pop() === true) child.tag = 'span';
        else if (child.type === 'image') {
          const src = rewrite(child.attrGet('src') ?? '');
          if (src === undefined) child.attrSet('src', '');
          else child.attrSet('src', src);
        }
      }
    });
  });
  return md.render(source);
}
