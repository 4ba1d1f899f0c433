// The hash is untrusted input: every screen's hash reads back as that screen, and anything else is the
// title, never an error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoute, type Route, routeHash } from '../../src/app/router.ts';

describe('routes as hashes', () => {
  const routes: Route[] = [
    { screen: 'title' },
    { screen: 'play', file: 'gaza-isf-2025.yaml' },
    { screen: 'briefing' },
    { screen: 'game' },
    { screen: 'debrief' },
    { screen: 'how-to-play' },
    { screen: 'studio' },
    { screen: 'lab', hash: '#lab?scenario=gaza-isf-2025.yaml&draft=x' },
  ];

  it.each(routes)('reads back $screen from its own hash', (route) => {
    expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it.each([
    ['', 'title'],
    ['#', 'title'],
    ['#/nowhere', 'title'],
    ['#/play/..%2F..%2Fetc%2Fpasswd', 'title'],
    ['#/play/%E0%A4%A', 'title'],
    ['#/play/<script>.yaml', 'title'],
    ['#/play/gaza-isf-2025.yaml', 'play'],
    ['#game', 'game'],
    ['#lab', 'lab'],
    ['#/studio', 'studio'],
    ['#studio', 'studio'],
  ])('reads %j as the %s screen', (hash, screen) => {
    expect(parseRoute(hash).screen).toBe(screen);
  });

  it('never throws on any hash, and a play route only ever names a plain YAML file name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (tail) => {
        const route = parseRoute(`#/play/${tail}`);
        if (route.screen === 'play') expect(route.file).toMatch(/^[A-Za-z0-9._-]+\.ya?ml$/);
        expect(() => parseRoute(`#${tail}`)).not.toThrow();
      }),
    );
  });
});
