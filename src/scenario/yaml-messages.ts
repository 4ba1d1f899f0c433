// The YAML parser's messages, said in words a teacher can act on. Indentation mistakes are the
// commonest, and the parser's own wording ("implicit keys", "compact mappings") is jargon.
const FRIENDLY: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /^All mapping items must start at the same column/,
    'this line is indented differently from the other fields of its map: use the same number of spaces as the fields above it',
  ],
  [
    /^All sequence items must start at the same column/,
    "this list item ('- ') is indented differently from the items above it",
  ],
  [
    /^(Implicit keys need to be on a single line|Nested mappings are not allowed in compact mappings)/,
    "a 'key: value' line is indented too far or broken across lines: check the indentation of this line and the line after it",
  ],
  [
    /^Implicit map keys need to be followed by map values/,
    "expected a 'key: value' line here: a colon is missing, or the line is indented wrongly",
  ],
  [
    /^Sequence item without - indicator/,
    "expected a list item starting with '- ' here: check this line's indentation",
  ],
  [/^Tabs are not allowed as indentation/, 'a tab is used for indentation: YAML needs spaces'],
  [/^Missing closing "?quote/, 'a quotation mark is opened but not closed'],
  [/^Flow map .*end with a \}/, "a '{ … }' map is not closed with '}', or its lines are indented wrongly"],
  [
    /^Flow sequence .*end with a \]/,
    "a '[ … ]' list is not closed with ']', or its lines are indented wrongly",
  ],
];

export function friendlyYamlMessage(message: string): string {
  const first = message.split('\n')[0] ?? '';
  for (const [pattern, friendly] of FRIENDLY) if (pattern.test(first)) return `YAML syntax: ${friendly}`;
  return `YAML syntax: ${first}`;
}
