// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  heatmap,
  intervalChart,
  lineChart,
  percent,
  svgToString,
  tornadoChart,
} from '../../../../src/ui/lab/charts/index.ts';

const HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';

/** One of each chart, with scenario-like text that tries to inject markup everywhere text goes. */
function charts(text: string): SVGSVGElement[] {
  return [
    tornadoChart({
      title: `Tornado ${text}`,
      unit: text,
      base: 0.4,
      bars: [{ label: text, low: 0.3, high: 0.5, lowLabel: text, highLabel: '0.8' }],
      format: percent(),
    }),
    lineChart({
      title: `Line ${text}`,
      xLabel: text,
      yLabel: text,
      series: [{ name: text, points: [0, 1, 2].map((x) => ({ x, y: x / 4, lo: x / 5, hi: x / 3 })) }],
    }),
    heatmap({
      title: `Heatmap ${text}`,
      xLabel: text,
      yLabel: text,
      xs: [text, 'b'],
      ys: [1],
      values: [[1, 2]],
    }),
    intervalChart({
      title: `Interval ${text}`,
      unit: text,
      rows: [{ label: text, value: 1, lo: 0.5, hi: 1.5 }],
    }),
  ];
}

describe('svgToString', () => {
  it('gives the same bytes for the same data', () => {
    const first = charts('Baseline hazard').map(svgToString);
    const second = charts('Baseline hazard').map(svgToString);
    expect(second).toEqual(first);
    for (const text of first) expect(text.length).toBeGreaterThan(500);
  });

  it('writes a standalone SVG document that parses back as the same chart', () => {
    for (const svg of charts('Baseline hazard')) {
      const text = svgToString(svg);
      expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox=')).toBe(true);
      expect(text.endsWith('</svg>\n')).toBe(true);
      expect(text).not.toContain('class="undefined"');
      const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(parsed.querySelector('parsererror')).toBeNull();
      const root = parsed.documentElement;
      expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
      expect(root.getAttribute('role')).toBe('img');
      expect(root.querySelector('title')!.textContent).toBe(svg.querySelector('title')!.textContent);
      expect(root.querySelector('desc')!.textContent).toBe(svg.querySelector('desc')!.textContent);
      expect(root.querySelectorAll('*').length).toBe(svg.querySelectorAll('*').length);
      // Its look travels with it: fonts and colours are attributes, not a stylesheet it would lose.
      expect(root.getAttribute('font-family')).toContain('sans-serif');
      expect(root.getAttribute('width')).toBe('720');
    }
  });

  it('lets no label inject markup, in the DOM or in the exported text', () => {
    for (const svg of charts(HOSTILE)) {
      expect(svg.querySelector('script, img, foreignObject')).toBeNull();
      expect(svg.querySelector('title')!.textContent).toContain(HOSTILE);
      const text = svgToString(svg);
      expect(text).not.toContain('<script');
      expect(text).not.toContain('<img');
      expect(text).toContain('&lt;script&gt;');
      expect(text).toContain('&amp;');
      const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(parsed.querySelector('parsererror')).toBeNull();
      expect(parsed.querySelector('script, img')).toBeNull();
      for (const element of parsed.querySelectorAll('*'))
        for (const attribute of element.attributes) expect(attribute.name.startsWith('on')).toBe(false);
    }
  });

  it('writes one well-formed line whatever the label holds: controls, line breaks, lone surrogates', () => {
    const odd = 'Bell\u0007 esc\u001b[31m nul\u0000 two\nlines\ttab \ud800 [x](javascript:alert(1))';
    for (const svg of charts(odd)) {
      const text = svgToString(svg);
      // No raw control character at all: line breaks and tabs are written as references.
      expect([...text.trimEnd()].filter((c) => c.charCodeAt(0) < 0x20)).toEqual([]);
      const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(parsed.querySelector('parsererror')).toBeNull();
      expect(parsed.querySelector('a, script, img')).toBeNull();
      expect(parsed.querySelector('title')!.textContent).toContain('two\nlines\ttab');
    }
  });

  it('gives every chart ids of its own, so several can share a page or report', () => {
    const ids = charts('a').flatMap((svg) => [...svg.querySelectorAll('[id]')].map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
