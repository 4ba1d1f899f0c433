// What the table shows lives in src/state/table-view.ts, so that the table drawn here and the table
// as a list (src/ui/seat-list.ts, for narrow screens) read the same view.
export * from '../state/table-view.ts';
