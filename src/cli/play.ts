// `draftroom play SCENARIO [--seats ai|ACTOR=human,...] [--rounds N] [--seed S] [--difficulty D]
// [--json] [--save FILE]`: an AI-only game printed as a transcript with reasons, or a game in which
// humans play some seats by typing commands at the terminal (`help` lists them).
import type { ActorId } from '../engine/ids.ts';
import { compile, type Model } from '../engine/model.ts';
import { applyAction } from '../engine/negotiation/reducer.ts';
import { runAi } from '../engine/negotiation/runner.ts';
import { makeSave } from '../engine/negotiation/save.ts';
import { newGame, waitingOn } from '../engine/negotiation/state.ts';
import { DIFFICULTIES, type Difficulty, type SeatKind } from '../engine/negotiation/types.ts';
import { roundDeep } from '../engine/report.ts';
import { integerOption, parseArgs } from './args.ts';
import { EXIT, type Io, UsageError } from './io.ts';
import { loadScenario } from './load.ts';
import { outputPathProblem, writeOutput } from './output-path.ts';
import { HUMAN_HELP, handleCommand } from './play-commands.ts';
import { renderLog, renderResult } from './transcript.ts';

export const PLAY_USAGE =
  'usage: draftroom play SCENARIO.yaml [--seats ai|ACTOR=human,...] [--rounds N] [--seed S] [--difficulty easy|normal|hard] [--json] [--save FILE]';

function parseSeats(model: Model, value: string | undefined): Record<ActorId, SeatKind> {
  const seats = Object.fromEntries(model.scenario.actors.map((a) => [a.id, 'ai' as SeatKind])) as Record<
    ActorId,
    SeatKind
  >;
  if (value === undefined || value === 'ai') return seats;
  for (const part of value.split(',')) {
    const [id, kind = 'human'] = part.split('=').map((s) => s.trim());
    if (!id || !model.actorIndex.has(id as ActorId)) {
      throw new UsageError(
        `--seats: '${id}' is not an actor (actors: ${model.scenario.actors.map((a) => a.id).join(', ')})`,
      );
    }
    if (kind !== 'human' && kind !== 'ai')
      throw new UsageError(`--seats: '${part}' must be ACTOR=human or ACTOR=ai`);
    seats[id as ActorId] = kind;
  }
  return seats;
}

export async function playCommand(args: readonly string[], io: Io): Promise<number> {
  const flags = {
    seats: 'string',
    rounds: 'string',
    seed: 'string',
    difficulty: 'string',
    json: 'boolean',
    save: 'string',
  } as const;
  const { positional, options } = parseArgs(args, { flags }, PLAY_USAGE);
  if (positional.length !== 1) throw new UsageError(`expected one scenario file\n${PLAY_USAGE}`);
  const scenario = await loadScenario(positional[0]!, io);
  const model = compile(scenario);
  const difficulty = (options.difficulty === undefined ? 'normal' : options.difficulty) as Difficulty;
  if (!DIFFICULTIES.includes(difficulty))
    throw new UsageError(`--difficulty must be one of ${DIFFICULTIES.join(', ')}`);
  const setup = {
    seats: parseSeats(model, options.seats === true ? undefined : options.seats),
    rounds: integerOption(options.rounds, 'rounds', 1, 20, scenario.procedure.rounds),
    seed: integerOption(options.seed, 'seed', 0, 4_294_967_295, 1),
    difficulty,
  };
  const started = newGame(model, setup);
  if (!started.ok) throw new UsageError(started.error.message);
  const saveTo = typeof options.save === 'string' ? options.save : undefined;
  // Before the game: a whole game played for a save that cannot be written is a game lost.
  const saveProblem = saveTo === undefined ? null : outputPathProblem(saveTo);
  if (saveProblem) throw new UsageError(`--save: ${saveProblem}`);
  const interactive = Object.values(setup.seats).includes('human');
  if (interactive && (options.json || !io.prompt)) {
    throw new UsageError(
      options.json
        ? '--json plays AI seats only; drop the human seats or --json'
        : 'human seats need an interactive terminal',
    );
  }

  let state = started.value;
  let printed = 0;
  /** Writes the save; a failure is said, and `false` lets the caller decide the exit code. */
  const save = (file: string): boolean => {
    const problem = writeOutput(file, `${JSON.stringify(makeSave(model, state), null, 2)}\n`);
    if (problem) io.err(`draftroom play: ${problem}`);
    return problem === null;
  };
  const advance = () => {
    const next = runAi(model, state);
    if (!next.ok) throw new Error(next.error.message);
    state = next.value;
  };
  const flush = () => {
    if (options.json) return;
    const lines = renderLog({ ...state, log: state.log.slice(printed) });
    printed = state.log.length;
    for (const line of lines) io.out(line);
  };
  advance();
  if (interactive) {
    io.out(HUMAN_HELP);
    flush();
    for (;;) {
      const actor = waitingOn(state, model.scenario.procedure.penHolder, 'human')?.actor;
      if (!actor) break;
      for (const offer of state.offers) {
        if (offer.status === 'open' && offer.to.includes(actor) && !offer.accepted.includes(actor)) {
          io.out(
            `  Trade T${offer.id} awaits your answer: accept T${offer.id} or reject T${offer.id} (status shows it).`,
          );
        }
      }
      const line = await io.prompt!(
        `${model.scenario.actors.find((a) => a.id === actor)?.short ?? actor} (round ${state.round})> `,
      );
      if (line === null) {
        io.err('draftroom play: the input ended before the game did');
        if (saveTo) save(saveTo);
        return EXIT.usage;
      }
      const outcome = handleCommand(model, state, actor, line, io);
      if (outcome.kind === 'quit') return EXIT.ok;
      // A save that fails is said, and the game goes on: the player can save elsewhere.
      if (outcome.kind === 'save' && save(outcome.file)) io.out(`  Saved to ${outcome.file}.`);
      if (outcome.kind === 'action') {
        const next = applyAction(model, state, outcome.action);
        if (!next.ok) {
          io.out(`  ✗ ${next.error.message}`);
          continue;
        }
        state = next.value;
        advance();
      }
      flush();
    }
  }
  // A late failure (disk full…) is said; the game is still shown, and the exit code tells.
  const done = saveTo === undefined || save(saveTo) ? EXIT.ok : EXIT.usage;
  if (options.json) {
    io.out(JSON.stringify(roundDeep({ log: state.log, result: state.result }), null, 2));
    return done;
  }
  flush();
  for (const line of renderResult(model, state)) io.out(line);
  return done;
}
