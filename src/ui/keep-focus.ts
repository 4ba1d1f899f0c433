// The panels are rebuilt whole on every store change, which would throw keyboard focus back to the
// page's top after each key press. Every control has a stable id, so the focus (and the caret in a
// text field) is put back on the rebuilt control with the same id.

interface FocusMark {
  readonly id: string;
  readonly selection: readonly [number, number] | null;
}

function markFocus(doc: Document): FocusMark | null {
  const active = doc.activeElement;
  if (!(active instanceof HTMLElement) || !active.id || active === doc.body) return null;
  const field = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? active : null;
  let selection: FocusMark['selection'] = null;
  try {
    if (field && field.selectionStart !== null && field.selectionEnd !== null)
      selection = [field.selectionStart, field.selectionEnd];
  } catch {
    // Number and checkbox inputs have no caret; focus alone is enough.
  }
  return { id: active.id, selection };
}

function restoreFocus(doc: Document, mark: FocusMark): void {
  const active = doc.activeElement;
  // Focus still sits on a live element (the same one, or one the render chose on purpose): leave it.
  if (active instanceof HTMLElement && active !== doc.body && active.isConnected) return;
  const again = doc.getElementById(mark.id);
  if (!again || (again as HTMLButtonElement).disabled) return;
  again.focus({ preventScroll: true });
  if (mark.selection && (again instanceof HTMLInputElement || again instanceof HTMLTextAreaElement)) {
    try {
      again.setSelectionRange(mark.selection[0], mark.selection[1]);
    } catch {
      // As above: not every input has a caret.
    }
  }
}

/** Runs `render`, then gives keyboard focus back to the control that had it, found by its id. */
export function renderKeepingFocus(render: () => void, doc: Document = document): void {
  const mark = markFocus(doc);
  render();
  if (mark) restoreFocus(doc, mark);
}
