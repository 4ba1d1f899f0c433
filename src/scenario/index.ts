// The scenario layer's public surface: text in, canonical Scenario (or located problems) out.
export { makeJsonSchema } from './json-schema.ts';
export { type ParseResult, parseScenario } from './parse.ts';
export { formatProblem, type ScenarioProblem } from './problems.ts';
export { makeScenarioYaml } from './write.ts';
