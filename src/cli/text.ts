// Plain-text rendering for the terminal: aligned columns, percentages, signed numbers.
export { alignRows as table } from '../engine/analysis/table.ts';

export const pct = (p: number, digits = 1) => `${(p * 100).toFixed(digits)}%`;
export const signed = (x: number, digits = 1) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;
export const num = (x: number, digits = 1) => x.toFixed(digits);
