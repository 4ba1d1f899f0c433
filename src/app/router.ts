// The app's screens as history entries: each screen has a hash of its own, so Back and Forward move
// between them without a reload, and a reload lands on the screen it left (the game screen resumes
// the saved game). The hash is untrusted input (anyone can type one): a hash that names no screen is
// the title, never an error.

export type Route =
  | { readonly screen: 'title' }
  /** The "Play as…" choice for a shipped scenario, by file name (`gaza-isf-2025.yaml`). */
  | { readonly screen: 'play'; readonly file: string }
  /** The shared and private briefing of the game in progress, before round 1. */
  | { readonly screen: 'briefing' }
  | { readonly screen: 'game' }
  | { readonly screen: 'debrief' }
  | { readonly screen: 'how-to-play' }
  /** The scenario studio: its text is kept in the browser, so the address needs nothing else. */
  | { readonly screen: 'studio' }
  /** The lab keeps its own link format (`#lab?scenario=…&draft=…`), which analysts already share. */
  | { readonly screen: 'lab'; readonly hash: string };

const FILE_NAME = /^[A-Za-z0-9._-]{1,120}\.ya?ml$/;

export function parseRoute(hash: string): Route {
  if (hash === '#lab' || hash.startsWith('#lab?')) return { screen: 'lab', hash };
  const path = hash.replace(/^#\/?/, '');
  if (path.startsWith('play/')) {
    let file = '';
    try {
      file = decodeURIComponent(path.slice('play/'.length));
    } catch {
      return { screen: 'title' };
    }
    return FILE_NAME.test(file) ? { screen: 'play', file } : { screen: 'title' };
  }
  switch (path) {
    case 'briefing':
    case 'game':
    case 'debrief':
    case 'how-to-play':
    case 'studio':
      return { screen: path };
    default:
      return { screen: 'title' };
  }
}

export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'title':
      return '#/';
    case 'play':
      return `#/play/${encodeURIComponent(route.file)}`;
    case 'lab':
      return route.hash;
    default:
      return `#/${route.screen}`;
  }
}

export interface Router {
  /** Shows `route` as a new history entry (or in place of the current one). */
  go(route: Route, options?: { readonly replace?: boolean }): void;
  /** Re-shows the current entry's screen (e.g. after a problem screen). */
  current(): Route;
}

/**
 * Wires the history to `show`. `show` draws a screen; it never navigates by itself, so a screen drawn
 * for Back or Forward does not push an entry of its own.
 */
export function createRouter(show: (route: Route) => void, win: Window = window): Router {
  const current = () => parseRoute(win.location.hash);
  win.addEventListener('popstate', () => show(current()));
  return {
    go(route, options) {
      const hash = routeHash(route);
      const url = win.location.pathname + win.location.search + hash;
      if (options?.replace || win.location.hash === hash) win.history.replaceState(null, '', url);
      else win.history.pushState(null, '', url);
      show(route);
    },
    current,
  };
}
