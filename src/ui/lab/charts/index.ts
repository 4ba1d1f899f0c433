// The lab's charts: plain SVG built from data, each with a data table beside it. Inputs are generic
// (labels and numbers), so the charts do not depend on the engine's result types.
export { chartFigure, dataTable } from './data-table.ts';
export { type HeatmapInput, heatmap } from './heatmap.ts';
export { type IntervalInput, type IntervalRow, intervalChart } from './interval.ts';
export { type LineInput, type LinePoint, type LineSeries, lineChart } from './line.ts';
export { type Format, formatNumber, percent, signedFormat } from './scale.ts';
export { svgToString } from './serialise.ts';
export { type TornadoBar, type TornadoInput, tornadoChart } from './tornado.ts';
