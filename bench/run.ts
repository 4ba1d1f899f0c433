// npm run bench: speed figures as JSON, each checked against its target. A figure is the median of
// several timed batches, so one slow batch (garbage collection, another process) does not decide it.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readCapped } from '../src/cli/io.ts';
import { parseGoal } from '../src/engine/analysis/goal.ts';
import { listParameters } from '../src/engine/analysis/parameters.ts';
import { tornadoJob } from '../src/engine/analysis/sensitivity.ts';
import { solveJob } from '../src/engine/analysis/solve.ts';
import { stanceProbabilities } from '../src/engine/analysis/stance-probabilities.ts';
import { assess } from '../src/engine/assess.ts';
import { runJob } from '../src/engine/jobs.ts';
import { compile, type DraftIndex } from '../src/engine/model.ts';
import { simulateTally } from '../src/engine/montecarlo.ts';
import { aiTurn } from '../src/engine/negotiation/ai.ts';
import { runAi } from '../src/engine/negotiation/runner.ts';
import { newGame } from '../src/engine/negotiation/state.ts';
import type { GameState } from '../src/engine/negotiation/types.ts';
import { LIMITS } from '../src/scenario/limits.ts';
import { parseScenario } from '../src/scenario/parse.ts';
import { decodeLab } from '../src/state/lab-url.ts';
import { largeScenario } from './large-scenario.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Milliseconds per call of `fn`, as the median over `batches` batches of `perBatch` calls. */
function time(fn: (i: number) => unknown, perBatch: number, batches = 7): number {
  for (let i = 0; i < perBatch; i++) fn(i); // warm up the JIT
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) fn(i);
    samples.push((performance.now() - start) / perBatch);
  }
  return median(samples);
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
const load = (file: string) => {
  const result = parseScenario(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(`${file} is invalid: run draftroom validate`);
  return result.value;
};

// Loader.
const shipped = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));
const loader = Object.fromEntries(
  shipped.map((file) => {
    const text = readFileSync(`scenarios/${file}`, 'utf8');
    return [file, { bytes: text.length, parseMs: round(time(() => parseScenario(text, file), 5)) }];
  }),
);
const bad = readdirSync('tests/fixtures/bad').filter((f) => f.endsWith('.yaml'));
const slowestBad = Math.max(
  ...bad.map((file) => {
    const text = readFileSync(`tests/fixtures/bad/${file}`, 'utf8');
    return time(() => parseScenario(text, file), 3, 3);
  }),
);

// Scoring: every actor with full explanations, over 1,000 different drafts.
const model = compile(load('scenarios/gaza-isf-2025.yaml'));
let seed = 12345;
const next = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 4294967296;
};
const drafts: DraftIndex[] = Array.from({ length: 1000 }, () =>
  Int32Array.from(model.issues, (issue) => Math.floor(next() * issue.options.length)),
);
const scoreMs = time((i) => assess(model, drafts[i % drafts.length]!), 2000);

// Monte Carlo: 10,000 runs × 12 months of the opening draft (all eight events on).
const opening = assess(model, model.opening);
const mcMs = time(() => simulateTally(model, opening, { runs: 10_000, seed: 1, months: 12 }), 3, 7);

// Scaling: a generated scenario with 60 actors and 40 clauses.
const large = compile(largeScenario(60, 40));
const largeDrafts = Array.from({ length: 100 }, () =>
  Int32Array.from(large.issues, (issue) => Math.floor(next() * issue.options.length)),
);
const largeMs = time((i) => assess(large, largeDrafts[i % largeDrafts.length]!), 300);

// The game: one AI move, one AI round and a whole AI-only game of the default scenario.
const seats = Object.fromEntries(model.scenario.actors.map((a) => [a.id, 'ai' as const]));
const started = newGame(model, {
  seats,
  rounds: model.scenario.procedure.rounds,
  seed: 7,
  difficulty: 'normal',
});
if (!started.ok) throw new Error(started.error.message);
const gameStart: GameState = started.value;
const moveMs = model.scenario.actors.map((a) =>
  time(() => aiTurn(model, { ...gameStart, turn: gameStart.order.indexOf(a.id) }, a.id), 1, 3),
);
const oneRound = newGame(model, { seats, rounds: 1, seed: 7, difficulty: 'normal' });
const roundMs = time(() => oneRound.ok && runAi(model, oneRound.value), 1, 3);
const gameMs = time(() => runAi(model, gameStart), 1, 3);

// What would it take: the solver from the opening draft, up to three changes, 2,000 runs, each goal kind.
// adopt is already met by the opening draft; risk<0.2 needs two changes; risk<0.1 and support:rus
// with one change less are out of reach, so they search every set of up to three changes.
const solveGoals = ['adopt', 'consent', 'support:ham', 'support:isr', 'support:chn', 'risk<0.2', 'risk<0.1'];
const solveMs = solveGoals.map((text) => {
  const goal = parseGoal(text, model.scenario);
  if (!goal.ok) throw new Error(goal.error);
  let outcome = '';
  const ms = time(
    () => {
      const s = runJob(solveJob(model, model.scenario.openingDraft, goal.value, { maxChanges: 3 }));
      outcome = `${s.status}${s.size ? ` at ${s.size}` : ''}, ${s.searched} drafts scored`;
    },
    1,
    3,
  );
  return { goal: text, ms: round(ms, 0), outcome };
});
const solveWorst = Math.max(...solveMs.map((s) => s.ms));
// The tornado: the first 40 parameters of the default scenario at low and high, 2,000 runs each
// (81 settings: the baseline and 80 ends), then every parameter the scenario states a range for.
const gaza = model.scenario;
const parameters = listParameters(gaza);
const first40 = parameters.slice(0, 40).map((p) => p.id);
const tornadoMs = time(
  () => runJob(tornadoJob(gaza, gaza.openingDraft, { runs: 2000, seed: 1, parameters: first40 })),
  1,
  5,
);
// The longest single step of the tornado job (the browser worker can only cancel between steps).
let longestStepMs = 0;
{
  const job = tornadoJob(gaza, gaza.openingDraft, { runs: 2000, seed: 1, parameters: first40 });
  for (;;) {
    const start = performance.now();
    const step = job.next();
    longestStepMs = Math.max(longestStepMs, performance.now() - start);
    if (step.done) break;
  }
}
const tornadoAllMs = time(() => runJob(tornadoJob(gaza, gaza.openingDraft, { runs: 2000, seed: 1 })), 1, 3);

// Stance probabilities (issue #13): 1,000 joint draws of the ranges that move stances, opening draft;
// also the first call on a fresh model (what `score` pays once) and a random draft each time.
const stanceMs = time(() => stanceProbabilities(model, model.opening, { draws: 1000, seed: 1 }), 3, 7);
const stanceDraftsMs = time(
  (i) => stanceProbabilities(model, drafts[i % drafts.length]!, { draws: 1000, seed: 1 }),
  3,
  7,
);
let stanceColdMs = 0;
{
  const fresh = compile(load('scenarios/gaza-isf-2025.yaml'));
  const start = performance.now();
  stanceProbabilities(fresh, fresh.opening, { draws: 1000, seed: 1 });
  stanceColdMs = performance.now() - start;
}

// Hostile input (issue #12): lab links of saved drafts — 1 MB; the probe's 40,000 (it froze the tab
// 4.5 s before the duplicate-name check became linear); one just under the 256 KiB limit, so every
// entry is read — and /dev/urandom read as a scenario (1.1 GB over 10 s before the cap applied as the
// bytes stream).
const mandate = model.issues.find((i) => i.id === 'mandate') ?? model.issues[0]!;
const entry = (i: number) => `saved=d${i}~${mandate.id}.${mandate.options.at(-1)!.id}`;
const savedLink = (count: number) => `#lab?${Array.from({ length: count }, (_, i) => entry(i)).join('&')}`;
/** The longest link of saved drafts within `chars` characters. */
const linkWithin = (chars: number) => {
  let count = 0;
  for (let length = '#lab?'.length; length + entry(count).length + 1 <= chars; count++)
    length += entry(count).length + 1;
  return savedLink(count);
};
const megabyteLink = linkWithin(1_000_000);
const probeLink = savedLink(40_000);
const fullLink = linkWithin(256 * 1024);
const linkMs = time(() => decodeLab(model, megabyteLink, 'gaza-isf-2025.yaml'), 1, 5);
const probeLinkMs = time(() => decodeLab(model, probeLink, 'gaza-isf-2025.yaml'), 1, 5);
const fullLinkMs = time(() => decodeLab(model, fullLink, 'gaza-isf-2025.yaml'), 1, 5);
let urandomMs = 0;
{
  const start = performance.now();
  const read = await readCapped('/dev/urandom', LIMITS.bytes);
  const refused = read.ok && parseScenario(read.bytes, '/dev/urandom');
  urandomMs = performance.now() - start;
  if (!refused || refused.ok) throw new Error('/dev/urandom must be refused');
}

const figures = {
  node: process.version,
  loader: { ...loader, slowestBadFixtureMs: round(slowestBad) },
  scoring: {
    what: 'assess(): every actor of gaza-isf-2025 with full explanations, stances, vote, consent, drivers and hazard',
    msPerDraft: round(scoreMs, 4),
    draftsPerSecond: Math.round(1000 / scoreMs),
    target: 20_000,
    meets: 1000 / scoreMs >= 20_000,
  },
  monteCarlo: {
    what: '10,000 runs × 12 months, opening draft, 8 events',
    ms: round(mcMs, 1),
    runMonthsPerSecond: Math.round((10_000 * 12 * 1000) / mcMs),
    target: 2_400_000,
    meets: (10_000 * 12 * 1000) / mcMs >= 2_400_000,
  },
  game: {
    what: 'AI actors on gaza-isf-2025: one move (median and slowest of all 25 actors), one round, a whole 4-round game',
    moveMsMedian: round(median(moveMs), 1),
    moveMsSlowest: round(Math.max(...moveMs), 1),
    moveTargetMs: 50,
    roundMs: round(roundMs, 0),
    roundTargetMs: 500,
    gameMs: round(gameMs, 0),
    gameTargetMs: 5000,
    meets: Math.max(...moveMs) <= 50 && roundMs <= 500 && gameMs <= 5000,
  },
  solve: {
    what: 'solve from the opening draft of gaza-isf-2025, up to three changes, 2,000 runs, seed 1 (median of 3)',
    goals: solveMs,
    worstMs: solveWorst,
    targetMs: 2000,
    meets: solveWorst <= 2000,
  },
  tornado: {
    what: `tornado on gaza-isf-2025, opening draft: the first 40 parameters at low and high with 2,000 runs each (81 Monte Carlo settings); also all ${parameters.length}`,
    ms40: round(tornadoMs, 0),
    targetMs: 1000,
    parameters: parameters.length,
    msAll: round(tornadoAllMs, 0),
    longestStepMs: round(longestStepMs, 1),
    stepTargetMs: 10,
    meets: tornadoMs <= 1000,
    stepMeets: longestStepMs <= 10,
  },
  stanceProbabilities: {
    what: 'stance probabilities of every actor, P(adopted) and P(ground consent) on gaza-isf-2025: 1,000 joint draws of salience, thresholds and reservations (opening draft; a random draft each call; the first call on a fresh model)',
    draws: 1000,
    ms: round(stanceMs, 1),
    msRandomDrafts: round(stanceDraftsMs, 1),
    msFirstCall: round(stanceColdMs, 1),
    targetMs: 50,
    meets: Math.max(stanceMs, stanceDraftsMs) <= 50,
  },
  hostileInput: {
    what: "lab links read and refused: 1 MB, the probe's 40,000 saved drafts, one just under the 256 KiB limit (every entry read); /dev/urandom read to the 1 MiB cap and refused",
    labLinkBytes: megabyteLink.length,
    labLinkMs: round(linkMs, 2),
    probeLinkMs: round(probeLinkMs, 2),
    fullLinkBytes: fullLink.length,
    fullLinkMs: round(fullLinkMs, 2),
    urandomMs: round(urandomMs, 1),
    targetMs: 1000,
    meets: Math.max(linkMs, probeLinkMs, fullLinkMs, urandomMs) <= 1000,
  },
  scaling: {
    what: 'assess() on a generated scenario with 60 actors and 40 clauses',
    msPerDraft: round(largeMs, 4),
    targetMs: 1,
    meets: largeMs <= 1,
  },
};
console.log(JSON.stringify(figures, null, 2));
