// A chart as standalone SVG text for the Markdown report and downloads. Written by hand rather than
// with XMLSerializer so the bytes are the same in every browser and in jsdom: attributes in the order
// they were set, every text and attribute escaped (escapeXml: one line, always well-formed), empty
// elements self-closed. The charts carry their look in presentation attributes, so the text needs no
// stylesheet.
import { escapeXml } from '../../../engine/escape/xml.ts';
import { SVG_NS } from './svg.ts';

/** Element and attribute names are the chart code's own, but a name that is not one is dropped, not written. */
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;

function write(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(escapeXml(node.nodeValue ?? ''));
    return;
  }
  if (node.nodeType !== 1) return; // comments and the like are not part of a chart
  const element = node as Element;
  const name = element.localName;
  if (!XML_NAME.test(name)) return;
  out.push(`<${name}`);
  for (const attribute of Array.from(element.attributes)) {
    if (attribute.name === 'xmlns' || !XML_NAME.test(attribute.name)) continue;
    out.push(` ${attribute.name}="${escapeXml(attribute.value)}"`);
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
