// Text written into XML (the SVG charts in the lab's report and downloads). Besides the markup
// characters, XML 1.0 forbids most control characters and unpaired surrogates outright, even as
// references, so they become U+FFFD and the document always parses. Line breaks and tabs are written
// as references: the output stays on one line (the Markdown report embeds it as one HTML block line)
// and parses back to the same text.

/** Characters XML 1.0 cannot hold: C0 except tab, LF, CR; U+FFFE, U+FFFF; lone surrogates. */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this is for
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/** The text as XML character data or an attribute value (either quote style). */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/[&<>"'\n\r\t]/g, (c) => REFERENCES[c] ?? c);
}
