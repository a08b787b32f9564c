import { escapeXml } from '@dh/core';

/** A small XML tree, rendered with every text and attribute escaped. */
export interface XmlElement {
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string | number | undefined>>;
  /** Text content; an element has text or children, not both. */
  readonly text?: string;
  readonly children?: readonly (XmlElement | undefined | false)[];
}

export function xml(
  name: string,
  attributes: XmlElement['attributes'],
  content?: string | readonly (XmlElement | undefined | false)[],
): XmlElement {
  return {
    name,
    ...(attributes && { attributes }),
    ...(typeof content === 'string' ? { text: content } : content !== undefined && { children: content }),
  };
}

/** The element as indented XML (two spaces per level). */
export function renderXml(element: XmlElement, depth = 0): string {
  const pad = '  '.repeat(depth);
  const attributes = Object.entries(element.attributes ?? {})
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  const children = (element.children ?? []).filter((c): c is XmlElement => Boolean(c));
  if (element.text !== undefined) return `${pad}<${element.name}${attributes}>${escapeXml(element.text)}</${element.name}>`;
  if (children.length === 0) return `${pad}<${element.name}${attributes}/>`;
  return [`${pad}<${element.name}${attributes}>`, ...children.map((c) => renderXml(c, depth + 1)), `${pad}</${element.name}>`].join('\n');
}
