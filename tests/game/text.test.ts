import type Phaser from 'phaser';
import { describe, expect, it, vi } from 'vitest';
import { knownMetrics, label, type MeasureFont, warmTextMetrics } from '../../src/game/text.ts';

/** A scene whose `add.text` records the style each label asked for. */
function recordingScene() {
  const styles: Array<Record<string, unknown>> = [];
  const text = {
    setOrigin: () => text,
    style: { getTextMetrics: () => ({ ascent: 1, descent: 1, fontSize: 2 }) },
  };
  const scene = {
    add: {
      text: (_x: number, _y: number, _content: string, style: Record<string, unknown>) => {
        styles.push(style);
        return text;
      },
    },
  } as unknown as Phaser.Scene;
  return { scene, styles };
}

describe('warmTextMetrics', () => {
  (globalThis as { window?: unknown }).window ??= { devicePixelRatio: 1 };
  const asked: string[] = [];
  const measure: MeasureFont = (font, test) => {
    asked.push(font);
    expect(test.length).toBeGreaterThan(0);
    const size = Number(/(\d+)px/.exec(font)?.[1]);
    return { ascent: size * 0.75, descent: size * 0.25 };
  };
  const now = (work: () => void) => work();

  it('does nothing without a canvas (no zero metrics are kept)', async () => {
    await warmTextMetrics(() => ({ ascent: 0, descent: 0 }), now);
    expect(knownMetrics(16, 'bold')).toBeUndefined();
  });

  it('measures each of the table fonts once, in the font string Phaser would set', async () => {
    await warmTextMetrics(measure, now);
    expect(asked).toContain('bold 16px Inter, "Segoe UI", system-ui, sans-serif');
    expect(asked).toContain('italic 17px Inter, "Segoe UI", system-ui, sans-serif');
    expect(new Set(asked).size).toBe(asked.length);
    expect(knownMetrics(16, 'bold')).toEqual({ ascent: 12, descent: 4, fontSize: 16 });
    const before = asked.length;
    await warmTextMetrics(measure, now);
    expect(asked.length).toBe(before);
  });

  it('hands the warmed metrics to new labels, so Phaser does not measure them again', () => {
    const { scene, styles } = recordingScene();
    label(scene, 0, 0, 'Egypt', 16, { bold: true });
    expect(styles[0]?.metrics).toEqual({ ascent: 12, descent: 4, fontSize: 16 });
    // A size the table does not warm is measured by Phaser the first time.
    label(scene, 0, 0, 'EG', 41, { bold: true });
    expect(styles[1]?.metrics).toBeUndefined();
  });

  it('spreads the work over several tasks', async () => {
    const tasks: Array<() => void> = [];
    // A fresh copy of the module, whose cache has nothing measured yet.
    vi.resetModules();
    const fresh = await import('../../src/game/text.ts');
    const done = fresh.warmTextMetrics(measure, (work: () => void) => tasks.push(work));
    let ran = 0;
    while (tasks.length > 0) {
      tasks.shift()?.();
      ran++;
    }
    await done;
    expect(ran).toBeGreaterThan(2);
  });
});
