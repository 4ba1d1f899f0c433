// A tiny element builder. Text always goes in as text (never as HTML), because scenario files come
// from anyone, including uploads.
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: ReadonlyArray<Node | string>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * Sets `root`'s children to `children`, leaving in place the ones it already holds (in the same
 * order). A node taken out and put back is laid out again from scratch: a panel that keeps its
 * results element this way redraws its controls without laying out a long table again.
 */
export function replaceChildrenKeeping(root: Element, ...children: ReadonlyArray<Node | string>): void {
  const nodes = children.map((c) => (typeof c === 'string' ? document.createTextNode(c) : c));
  const keep = new Set(nodes);
  for (const child of [...root.childNodes]) if (!keep.has(child)) child.remove();
  let cursor = root.firstChild;
  for (const node of nodes) {
    if (node === cursor) cursor = cursor.nextSibling;
    else root.insertBefore(node, cursor);
  }
}

/** A plain button that runs `onClick`. */
export function button(
  label: string,
  onClick: () => void,
  attributes: Readonly<Record<string, string>> = {},
): HTMLButtonElement {
  const b = h('button', { type: 'button', ...attributes }, label);
  b.addEventListener('click', onClick);
  return b;
}
