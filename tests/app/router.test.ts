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
    { screen: 'class' },
    { screen: 'join', code: '' },
    { screen: 'join', code: 'ABCD2345' },
    { screen: 'room', room: 'x7Kp_2-0' },
    { screen: 'console', session: 'x7Kp_2' },
    { screen: 'console', session: 'x7Kp_2', token: 'secret-Token_123' },
    { screen: 'class-debrief', session: 'x7Kp_2' },
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
    ['#/room/', 'title'],
    ['#/room/a/b', 'title'],
    ['#/room/<img src=x>', 'title'],
    ['#/console/../x', 'title'],
    ['#/console/a/b/c', 'title'],
    ['#/join/<b>', 'join'],
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

describe('classroom addresses', () => {
  it('a code that is not one reads as an empty join form, never as markup', () => {
    expect(parseRoute('#/join/<b>')).toEqual({ screen: 'join', code: '' });
  });
  it('only plain ids reach the classroom screens', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('room', 'console', 'class-debrief', 'join'),
        fc.string({ maxLength: 80 }),
        (head, tail) => {
          const route = parseRoute(`#/${head}/${tail}`);
          for (const value of Object.values(route).slice(1))
            expect(String(value)).toMatch(/^[A-Za-z0-9_-]*$/);
        },
      ),
    );
  });
});
