/**
 * A small printable document: headings, paragraphs, lists and tables, with every text
 * already in its language. Guides, coding frames, checklists and request letters are built
 * once as this model and rendered to Markdown, HTML and .docx alike, so the three never
 * disagree.
 */
export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly note?: boolean }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly ListItem[] }
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };

export interface ListItem {
  readonly text: string;
  /** Shown under the item, indented (probes under a question). */
  readonly children?: readonly string[];
}

export interface PrintableDocument {
  readonly title: string;
  /** BCP 47 tag of the language the texts are in. */
  readonly lang: string;
  readonly blocks: readonly Block[];
}
