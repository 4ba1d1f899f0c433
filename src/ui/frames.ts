// Work spread over frames. A task that changes the page is followed by the style, layout and paint of
// those changes; doing the next piece only after a frame has been drawn keeps each piece's script and
// each piece's layout in tasks of their own, so no one task holds the page for long.

/** Runs `work` in a task of its own just after the next frame (at once-ish where frames are not drawn). */
export function afterNextFrame(work: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(work, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(work, 0));
}
