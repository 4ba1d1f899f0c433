// "Reduce motion": the player's choice (the masthead's checkbox) if they made one, else the system's.
const REDUCE_MOTION = 'draftroom.reduceMotion';

export function prefersReducedMotion(): boolean {
  const saved = window.localStorage.getItem(REDUCE_MOTION);
  return saved === null ? window.matchMedia('(prefers-reduced-motion: reduce)').matches : saved === 'true';
}

/** Wires the checkbox; `onChange` tells the game in progress. */
export function wireReduceMotion(box: HTMLInputElement | null, onChange: (reduce: boolean) => void): void {
  if (!box) return;
  box.checked = prefersReducedMotion();
  box.addEventListener('change', () => {
    window.localStorage.setItem(REDUCE_MOTION, String(box.checked));
    onChange(box.checked);
  });
}
