// A chart as standalone SVG text for the Markdown report and downloads. Written by hand rather than
// with XMLSerializer so the bytes are the same in every browser and in jsdom: attributes in the order
// they were set, every text and attribute escaped, empty elements self-closed. The charts carry their
// look in presentation attributes, so the text needs no stylesheet.
import { SVG_NS } from './svg.ts';

const escapeText = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (text: string): string =>
  escapeText(text)
    .replaceAll('"', '&quot;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;')
    .replaceAll('\t', '&#9;');

function write(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(escapeText(node.nodeValue ?? ''));
    return;
  }
  if (node.nodeType !== 1) return; // comments and the like are not part of a chart
  const element = node as Element;
  const name = element.localName;
  out.push(`<${name}`);
  for (const attribute of Array.from(element.attributes)) {
    if (attribute.name === 'xmlns') continue;
    out.push(` ${attribute.name}="${escapeAttribute(attribute.value)}"`);
  }
  if (element.childNodes.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of Array.from(element.childNodes)) write(child, out);
  out.push(`</${name}>`);
}

/** The chart as a standalone SVG document (one line, then a newline); same chart, same bytes. */
export function svgToString(svg: SVGSVGElement): string {
  const out: string[] = [];
  write(svg, out);
  const text = out.join('');
  return `${text.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`)}\n`;
}
