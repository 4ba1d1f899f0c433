// Number formats shared by the table and the panels: the engine's own, so a count reads the same in
// the page, the CLI and the engine's messages.
export { groupThousands } from '../engine/format.ts';
