// Brings a drawn element in line with a freshly built one of the same shape, touching only what
// differs. The lab's actor table is rebuilt on every edit and answer; put in whole, its ~500 boxes
// were laid out again each time (a long task on an edit), while only a few numbers had changed.
// Only for trees without listeners: the drawn nodes are kept, the new ones' handlers are not moved.

function syncAttributes(from: Element, to: Element): void {
  for (const { name } of [...from.attributes]) if (!to.hasAttribute(name)) from.removeAttribute(name);
  for (const { name, value } of [...to.attributes])
    if (from.getAttribute(name) !== value) from.setAttribute(name, value);
}

/** Makes `from` equal `to` (same tags, attributes and text), replacing only what changed shape. */
export function morph(from: Node, to: Node): void {
  if (from.nodeType !== to.nodeType || from.nodeName !== to.nodeName) {
    (from as ChildNode).replaceWith(to);
  } else if (from.nodeType === Node.TEXT_NODE) {
    if (from.nodeValue !== to.nodeValue) from.nodeValue = to.nodeValue;
  } else if (from instanceof Element && to instanceof Element) {
    syncAttributes(from, to);
    const was = [...from.childNodes];
    const now = [...to.childNodes];
    if (was.length !== now.length) from.replaceChildren(...now);
    else
      was.forEach((child, i) => {
        morph(child, now[i] as Node);
      });
  }
}
