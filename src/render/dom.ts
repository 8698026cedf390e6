// A tiny element builder. Children that are strings become text nodes: content is never parsed.

export type Child = Node | string | null | undefined | false;

export type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;

export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

export const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgEl(doc: Document, tag: string, attrs: Attrs = {}, children: readonly Child[] = []): SVGElement {
  const node = doc.createElementNS(SVG_NS, tag) as SVGElement;
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
}

export function append(node: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'string' ? node.ownerDocument!.createTextNode(child) : child);
  }
}
