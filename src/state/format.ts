// Number formats shared by the table and the panels.

/**
 * 1200 → "1,200". Grouped by hand: the first toLocaleString call of a page loads locale data, a
 * 30 ms pause in the middle of play.
 */
export const groupThousands = (n: number): string =>
  String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
