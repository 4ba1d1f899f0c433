// `draftroom hazard`: the 12-month risk of no resolution, the opening and its variants, with the
// hazard ratios they imply against no resolution, as text and as JSON.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

const run = (...argv: string[]) => runCli(argv);

const GAZA = 'scenarios/gaza-isf-2025.yaml';

describe('draftroom hazard', { timeout: 60_000 }, () => {
  it('prints no resolution, the opening and each variant with its interval and hazard ratios', async () => {
    const json = await run('hazard', GAZA, '--vary', 'mandate=peacekeep,enforce', '--runs', '4000', '--json');
    expect(json.code).toBe(0);
    const r = JSON.parse(json.out);
    expect(r.rows.map((x: { id: string }) => x.id)).toEqual([
      'status_quo',
      'opening',
      'opening:mandate=peacekeep',
      'opening:mandate=enforce',
    ]);
    const [none, , consent, enforce] = r.rows;
    // No resolution is the reference: ratio 1, and its risk is the stated baseline within MC error.
    expect(none.hazardRatio).toBe(1);
    expect(none.impliedHazardRatio12).toBe(1);
    expect(Math.abs(none.collapse12 - r.baseline.collapse12)).toBeLessThan(0.03);
    for (const row of r.rows) {
      expect(row.ci95[0]).toBeLessThanOrEqual(row.collapse12);
      expect(row.ci95[1]).toBeGreaterThanOrEqual(row.collapse12);
    }
    // Either mandate, adopted, lowers the hazard. The faithful opening (24 October 2025) names no
    // contributor, so no force deploys under either variant: no troops, no peacekeeping factor.
    for (const row of [consent, enforce]) {
      expect(row.hazardRatio).toBeLessThan(1);
      expect(row.troops.month12).toBe(0);
      expect(row.peacekeeping.hazardRatio).toBe(1);
    }
    // Labels name the clause and option as a person reads them, never by id.
    const text = await run('hazard', GAZA, '--vary', 'mandate=peacekeep,enforce', '--runs', '4000');
    expect(text.out).toContain("Opening, Mandate of the force: Peacekeeping with the parties' consent");
    expect(text.out).not.toMatch(/mandate=|Opening, mandate:/);
    expect(text.out).toMatch(/No resolution .* 1\.00 +1\.00/);
    expect(text.out).toMatch(/Stated range, peacekeeping HR: 0\.26–0\.99/);
    // Same seed, same bytes.
    expect((await run('hazard', GAZA, '--vary', 'mandate=peacekeep,enforce', '--runs', '4000')).out).toBe(
      text.out,
    );
  });

  it('varies a named draft: a force deploys where its contributors serve, and builds up over months', async () => {
    const args = ['hazard', GAZA, '--draft', 'minimal-mandate', '--vary', 'mandate=monitor,enforce'];
    const r = JSON.parse((await run(...args, '--runs', '4000', '--json')).out);
    expect(r.rows.map((x: { id: string }) => x.id)).toEqual([
      'status_quo',
      'opening',
      'minimal-mandate',
      'minimal-mandate:mandate=monitor',
      'minimal-mandate:mandate=enforce',
    ]);
    const [, , named, monitor, enforce] = r.rows;
    // A force that deploys has its own factor in the stated range, and arrives over months.
    for (const row of [named, monitor]) {
      expect(row.peacekeeping.value).toBeGreaterThan(0);
      expect(row.peacekeeping.hazardRatio).toBeGreaterThanOrEqual(r.statedRanges.peacekeeping.low);
      expect(row.peacekeeping.hazardRatio).toBeLessThanOrEqual(r.statedRanges.peacekeeping.high);
      expect(row.troops.month3).toBeLessThan(row.troops.month12);
      expect(row.declined).toEqual([]);
    }
    // Under enforcement the contributors named in the text do not serve (their stated conditions).
    expect(enforce.troops.month12).toBe(0);
    expect(enforce.peacekeeping.hazardRatio).toBe(1);
    expect(enforce.declined.length).toBeGreaterThan(0);
    const text = (await run(...args, '--runs', '2000')).out;
    expect(text).toMatch(/Minimal monitoring mandate, Mandate of the force: Enforcement.* Egypt, Indonesia/);
    expect(text).toContain('Troops at 3 / 6 / 12 mo');
  });

  it('refuses an unknown draft with the choices (exit 2)', async () => {
    const bad = await run('hazard', GAZA, '--draft', 'nope');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--draft 'nope' is neither a draft of the scenario \(.*minimal-mandate/);
  });

  it('refuses an unknown clause or option with the choices (exit 2)', async () => {
    const clause = await run('hazard', GAZA, '--vary', 'nope=x');
    expect(clause.code).toBe(2);
    expect(clause.err).toMatch(/clauses: .*mandate/);
    const option = await run('hazard', GAZA, '--vary', 'mandate=nope');
    expect(option.code).toBe(2);
    expect(option.err).toMatch(/clause .mandate. has no option .nope. \(options: .*peacekeep/);
  });
});
