// Saving text as a file from the page: the debrief's exports, the lab's tables and report, and the
// damaged save a failed Continue hands back. Works without a server, and in tests.
import { h } from './dom.ts';

/** Hands the browser `text` as a file named `name`, through a temporary <a download>. */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name, hidden: '' });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a second later it is safe.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
