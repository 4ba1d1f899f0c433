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
      'mandate=peacekeep',
      'mandate=enforce',
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
    // Either mandate, adopted, lowers the hazard. A force that deploys has its own factor in the stated
    // range; one that does not has none. The faithful opening (24 October 2025) names no contributor,
    // so today no force deploys under either variant (issue #13 item 3 ties deployment to each
    // contributor's conditions instead) — the branch that a force takes is tested in
    // tests/engine/hazard-evidence.test.ts at full strength.
    for (const row of [consent, enforce]) {
      expect(row.hazardRatio).toBeLessThan(1);
      if (row.peacekeeping.value > 0) {
        expect(row.peacekeeping.hazardRatio).toBeGreaterThanOrEqual(r.statedRanges.peacekeeping.low);
        expect(row.peacekeeping.hazardRatio).toBeLessThanOrEqual(r.statedRanges.peacekeeping.high);
      } else expect(row.peacekeeping.hazardRatio).toBe(1);
    }
    const text = await run('hazard', GAZA, '--vary', 'mandate=peacekeep,enforce', '--runs', '4000');
    expect(text.out).toMatch(/No resolution .* 1\.00 +1\.00/);
    expect(text.out).toMatch(/Stated range, peacekeeping HR: 0\.26–0\.99/);
    // Same seed, same bytes.
    expect((await run('hazard', GAZA, '--vary', 'mandate=peacekeep,enforce', '--runs', '4000')).out).toBe(
      text.out,
    );
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
