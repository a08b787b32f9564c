/**
 * A strict little XML parser for tests: it accepts only well-formed XML 1.0 (one root,
 * balanced and properly nested tags, quoted unique attributes, no bare `<` or `&`) and
 * returns the element tree, so tests can both prove well-formedness and query content.
 * No DTDs, which our exports never contain.
 */
export interface XmlNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  text: string;
}

const NAME = '[A-Za-z_:][A-Za-z0-9_:.-]*';
const START_TAG = new RegExp(`^<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const END_TAG = new RegExp(`^</(${NAME})\\s*>`);
const ENTITY = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/g;
const ENTITY_VALUES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

export function parseXml(source: string): XmlNode {
  let rest = source.replace(/^\uFEFF?<\?xml[^?]*\?>/, '');
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  const fail = (why: string): never => {
    throw new SyntaxError(`not well-formed XML at offset ${source.length - rest.length}: ${why}`);
  };
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const text = lt === -1 ? rest : rest.slice(0, lt);
    if (text !== '') {
      const current = stack[stack.length - 1];
      if (!current && text.trim() !== '') fail('text outside the root element');
      if (current) current.text += decode(text, fail);
      rest = rest.slice(text.length);
      continue;
    }
    if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end === -1) fail('unterminated comment');
      rest = rest.slice(end + 3);
      continue;
    }
    const endTag = END_TAG.exec(rest);
    if (endTag) {
      const open = stack.pop();
      if (!open || open.name !== endTag[1]) fail(`</${endTag[1]}> does not close <${open?.name ?? '(nothing)'}>`);
      rest = rest.slice(endTag[0].length);
      continue;
    }
    const startTag = START_TAG.exec(rest);
    if (!startTag) fail(`malformed tag: ${rest.slice(0, 40)}`);
    const [whole, name = '', attributeText = '', selfClosing] = startTag as RegExpExecArray;
    const node: XmlNode = { name, attributes: attributesOf(attributeText, fail), children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else if (root) fail('a second root element');
    else root = node;
    if (!selfClosing) stack.push(node);
    rest = rest.slice(whole.length);
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]?.name}> is never closed`);
  if (!root) fail('no root element');
  return root as XmlNode;
}

function attributesOf(text: string, fail: (why: string) => never): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = match[1] ?? '';
    if (name in attributes) fail(`attribute ${name} given twice`);
    attributes[name] = decode(match[2] ?? match[3] ?? '', fail);
  }
  return attributes;
}

function decode(text: string, fail: (why: string) => never): string {
  if (text.replace(ENTITY, '').includes('&')) fail(`a bare & in "${text.slice(0, 40)}"`);
  return text.replace(
    ENTITY,
    (entity) =>
      ENTITY_VALUES[entity] ?? String.fromCodePoint(Number(entity.startsWith('&#x') ? `0x${entity.slice(3, -1)}` : entity.slice(2, -1))),
  );
}

/** Every descendant element with this name, in document order. */
export function descendants(node: XmlNode, name: string): XmlNode[] {
  return node.children.flatMap((child) => [...(child.name === name ? [child] : []), ...descendants(child, name)]);
}

export const child = (node: XmlNode, name: string): XmlNode | undefined => node.children.find((c) => c.name === name);
