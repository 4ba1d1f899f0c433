// npm run bench: speed figures as JSON. Each figure is the median of several timed batches, so one
// slow batch (a garbage collection, another process) does not decide it.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseScenario } from '../src/scenario/parse.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Milliseconds per call of `fn`, as the median over `batches` batches of `perBatch` calls. */
function time(fn: () => unknown, perBatch: number, batches = 7): number {
  for (let i = 0; i < perBatch; i++) fn(); // warm up the JIT
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    samples.push((performance.now() - start) / perBatch);
  }
  return median(samples);
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

const shipped = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));
const bad = readdirSync('tests/fixtures/bad').filter((f) => f.endsWith('.yaml'));

const loader = Object.fromEntries(
  shipped.map((file) => {
    const text = readFileSync(`scenarios/${file}`, 'utf8');
    return [file, { bytes: text.length, parseMs: round(time(() => parseScenario(text, file), 5)) }];
  }),
);

const badTimes = bad.map((file) => {
  const text = readFileSync(`tests/fixtures/bad/${file}`, 'utf8');
  return { file, ms: time(() => parseScenario(text, file), 3, 3) };
});
const slowest = badTimes.reduce((a, b) => (b.ms > a.ms ? b : a), { file: '', ms: 0 });

const hostile = {
  aliasBombMs: round(
    time(() => {
      const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (let i = 1; i < 10; i++)
        lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
      return parseScenario(lines.join('\n'), 'bomb.yaml');
    }, 3),
  ),
  oversizedMs: round(time(() => parseScenario('x'.repeat(1024 * 1024 + 1), 'big.yaml'), 3)),
};

console.log(
  JSON.stringify(
    {
      node: process.version,
      loader,
      badFixtures: { count: bad.length, slowest: { file: slowest.file, ms: round(slowest.ms) } },
      hostile,
    },
    null,
    2,
  ),
);
