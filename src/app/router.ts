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
  | { readonly screen: 'lab'; readonly hash: string }
  /** An instructor creating a classroom session. */
  | { readonly screen: 'class' }
  /** A student joining with a code (from the link or the projector). */
  | { readonly screen: 'join'; readonly code: string }
  /** A student's seat at a classroom table (the seat token is kept on the device). */
  | { readonly screen: 'room'; readonly room: string }
  /**
   * The instructor's console of a session. The secret link carries the console token once
   * (`#/console/ID/TOKEN`); the app keeps it and shows the address without it (it is on a projector).
   */
  | { readonly screen: 'console'; readonly session: string; readonly token?: string }
  /** The class debrief: the session's tables side by side. */
  | { readonly screen: 'class-debrief'; readonly session: string };

const FILE_NAME = /^[A-Za-z0-9._-]{1,120}\.ya?ml$/;
/** Session, room and token ids as the room server makes them; a code as a student may type it. */
const ID = /^[A-Za-z0-9_-]{1,128}$/;

/** The classroom's addresses (`class`, `join/CODE`, `room/ID`, `console/ID[/TOKEN]`, `class-debrief/ID`). */
function classroomRoute(path: string): Route | null {
  const [head, ...rest] = path.split('/');
  const [a = '', b] = rest;
  if (head === 'class' && rest.length === 0) return { screen: 'class' };
  if (head === 'join' && rest.length <= 1) return { screen: 'join', code: ID.test(a) ? a : '' };
  if (!ID.test(a)) return null;
  if (head === 'room' && rest.length === 1) return { screen: 'room', room: a };
  if (head === 'class-debrief' && rest.length === 1) return { screen: 'class-debrief', session: a };
  if (head === 'console' && rest.length === 1) return { screen: 'console', session: a };
  if (head === 'console' && rest.length === 2 && b && ID.test(b))
    return { screen: 'console', session: a, token: b };
  return null;
}

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
  const classroom = classroomRoute(path);
  if (classroom) return classroom;
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
    case 'join':
      return route.code ? `#/join/${route.code}` : '#/join';
    case 'room':
      return `#/room/${route.room}`;
    case 'console':
      return `#/console/${route.session}${route.token ? `/${route.token}` : ''}`;
    case 'class-debrief':
      return `#/class-debrief/${route.session}`;
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
