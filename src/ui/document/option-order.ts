// The order in which a clause's options are offered to a person: the author's, as the scenario
// keeps it (each option's `position`; the engine's own order is by id).
export { optionsInAuthorOrder } from '../../engine/display-order.ts';
