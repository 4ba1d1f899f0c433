// The what-if lab's store (zustand vanilla), built by a factory with its services injected, like the
// game's: the settings an analyst chooses (draft, saved drafts, seed, runs, analyses — all of which go
// in the share link and survive a reload), the at-once summary of the draft, and the engine's answers,
// each with its own progress and cancel. A newer request of a kind cancels the older one still running.

import { createStore } from 'zustand/vanilla';
import type { StanceUncertainty } from '../engine/analysis/stance-shares.ts';
import type { ExpectationsReport } from '../engine/expectations.ts';
import type { ActorId, IssueId, OptionId } from '../engine/ids.ts';
import type { Model } from '../engine/model.ts';
import type { CeasefireOutlook } from '../engine/montecarlo.ts';
import type { Draft } from '../engine/scenario.ts';
import { isCancelled } from './engine-service.ts';
import { inProcessLabEngine, type LabEngine, type LabRun } from './lab-engine.ts';
import { STANCE_DRAWS } from './lab-stances.ts';
import { analysisTask, draftCatalogue, type LabSummary, summarise } from './lab-summary.ts';
import type { AnalysisKind, LabAnswer, LabTask, LabTaskKind, SweepSpec, TornadoOutput } from './lab-tasks.ts';
import {
  decodeLab,
  defaultSettings,
  encodeLab,
  LAB_LIMITS,
  type LabSettings,
  MAX_RUNS,
  validGoal,
} from './lab-url.ts';
import type { KeyValueStorage } from './storage.ts';

export interface LabServices {
  readonly model: Model;
  readonly storage: KeyValueStorage;
  /** The shipped scenario's file name (goes in the link); null for a file loaded from disk. */
  readonly scenarioFile: string | null;
  readonly engine?: LabEngine;
  /** A lab link to open instead of the saved state (its problems become the notice). */
  readonly hash?: string;
}

export interface LabProgress {
  readonly label: string;
  readonly done: number;
  readonly total: number;
  readonly unit: string;
}

export type { AnalysisKind } from './lab-tasks.ts';

export interface LabNotice {
  readonly kind: 'error' | 'info';
  readonly text: string;
}

export interface LabState {
  readonly settings: LabSettings;
  readonly summary: LabSummary;
  /** The collapse outlook of the current draft; null while it is being computed. */
  readonly outlook: CeasefireOutlook | null;
  /** Stance probabilities of the current draft over the sensitivity ranges; null while computed. */
  readonly stances: StanceUncertainty | null;
  /** The scenario's expectations checked (once, when the lab opens); null while checked. */
  readonly expectations: ExpectationsReport | null;
  readonly jobs: Partial<Record<LabTaskKind, LabProgress>>;
  readonly results: Partial<Record<AnalysisKind, LabAnswer>>;
  readonly errors: Partial<Record<LabTaskKind, string>>;
  readonly notice: LabNotice | null;

  setClause(issue: IssueId, option: OptionId): void;
  /** Starts from a catalogue draft: it becomes both the draft and what changes are measured from. */
  startFrom(key: string): void;
  /** Puts a whole draft in the editor (a solver answer), keeping the starting point. */
  applyDraft(draft: Draft): void;
  /** Saves the current draft under a name; false (with a notice) if the name is empty or taken. */
  saveDraft(name: string): boolean;
  removeSaved(name: string): void;
  toggleCompare(key: string): void;
  setSeed(seed: number): void;
  setRuns(runs: number): void;
  setTornado(output: TornadoOutput, actor: LabSettings['tornado']['actor']): void;
  setSweep(sweep: SweepSpec | null): void;
  setGoal(goal: string): void;
  /** Adds or removes an actor from those the consensus set is a Pareto set over. */
  togglePareto(actor: ActorId): void;
  run(kind: AnalysisKind): Promise<void>;
  cancel(kind: LabTaskKind): void;
  refreshOutlook(): Promise<void>;
  checkExpectations(): Promise<void>;
  dismissNotice(): void;
  /** The share link of the current settings (a hash: #lab?…). */
  link(): string;
}

export const LAB_LABELS: Record<LabTaskKind, string> = {
  outlook: 'Simulating the ceasefire',
  compare: 'Comparing the drafts',
  tornado: 'Testing every parameter',
  sweep: 'Sweeping the parameter',
  solve: 'Searching for clause changes',
  consensus: 'Searching for the consensus set',
  stances: 'Drawing plausible settings',
  expectations: 'Checking the expectations',
};

/** Shortest time between two progress updates of the store (each redraws the bars). */
const PROGRESS_INTERVAL_MS = 100;

export const labStorageKey = (model: Model) => `draftroom.lab.${model.scenario.id}`;

export function createLabStore(services: LabServices) {
  const { model, storage } = services;
  const engine = services.engine ?? inProcessLabEngine(model);
  const key = labStorageKey(model);
  const running: Partial<Record<LabTaskKind, LabRun>> = {};
  const latest: Partial<Record<LabTaskKind, number>> = {};
  let tickets = 0;

  let initial: LabSettings = defaultSettings(model, services.scenarioFile);
  let notice: LabNotice | null = null;
  const fromLink = services.hash !== undefined;
  const saved = fromLink ? services.hash : storage.getItem(key);
  if (saved) {
    const decoded = decodeLab(model, saved, services.scenarioFile);
    initial = decoded.settings;
    if (!decoded.ok)
      notice = {
        kind: 'error',
        text: `${fromLink ? 'The link' : 'The saved lab'} could not be read, so the lab opened at its defaults: ${decoded.problems.join('; ')}.`,
      };
  }
  const startDraft = (s: LabSettings) =>
    draftCatalogue(model, s.saved).find((d) => d.key === s.start)?.clauses ?? s.draft;

  const store = createStore<LabState>()((set, get) => {
    const persist = (settings: LabSettings) => {
      try {
        storage.setItem(key, encodeLab(model, settings));
      } catch {
        set({
          notice: { kind: 'error', text: 'The lab could not be saved in this browser (storage full?).' },
        });
      }
    };
    /** New settings: saved, and the summary recomputed if the draft or its start changed. */
    const update = (change: Partial<LabSettings>) => {
      const before = get().settings;
      const settings = { ...before, ...change };
      const draftMoved =
        settings.draft !== before.draft || settings.start !== before.start || settings.saved !== before.saved;
      set(
        draftMoved
          ? { settings, summary: summarise(model, settings.draft, startDraft(settings)) }
          : { settings },
      );
      persist(settings);
      if (settings.draft !== before.draft || settings.seed !== before.seed || settings.runs !== before.runs)
        void get().refreshOutlook();
    };

    /** Runs a task as `kind`: cancels the older one, reports progress at most every 100 ms. */
    const launch = async (kind: LabTaskKind, task: LabTask): Promise<LabAnswer | null> => {
      running[kind]?.cancel();
      let last = 0;
      const label = LAB_LABELS[kind];
      const unit = kind === 'outlook' || kind === 'compare' ? 'runs' : 'steps';
      set((s) => ({
        jobs: { ...s.jobs, [kind]: { label, done: 0, total: 1, unit } },
        errors: { ...s.errors, [kind]: undefined },
      }));
      // The first step may report before engine.run returns: the ticket is known before the run.
      const ticket = ++tickets;
      latest[kind] = ticket;
      const run = engine.run(task, (p) => {
        const now = performance.now();
        if (now - last < PROGRESS_INTERVAL_MS && p.done < p.total) return;
        last = now;
        if (latest[kind] === ticket) set((s) => ({ jobs: { ...s.jobs, [kind]: { label, unit, ...p } } }));
      });
      running[kind] = run;
      try {
        return await run.answer;
      } catch (error) {
        if (!isCancelled(error))
          set((s) => ({
            errors: { ...s.errors, [kind]: error instanceof Error ? error.message : String(error) },
          }));
        return null;
      } finally {
        if (latest[kind] === ticket) {
          delete running[kind];
          delete latest[kind];
          set((s) => ({ jobs: { ...s.jobs, [kind]: undefined } }));
        }
      }
    };

    return {
      settings: initial,
      summary: summarise(model, initial.draft, startDraft(initial)),
      outlook: null,
      stances: null,
      expectations: null,
      jobs: {},
      results: {},
      errors: {},
      notice,

      setClause: (issue, option) => update({ draft: { ...get().settings.draft, [issue]: option } }),
      startFrom: (start) => {
        const entry = draftCatalogue(model, get().settings.saved).find((d) => d.key === start);
        if (entry) update({ start, draft: entry.clauses });
      },
      applyDraft: (draft) => update({ draft: { ...get().settings.draft, ...draft } }),
      saveDraft: (raw) => {
        const name = raw.trim();
        const s = get().settings;
        const problem =
          name === ''
            ? 'Give the draft a name.'
            : /[~]/.test(name)
              ? 'A name cannot contain ~.'
              : s.saved.some((d) => d.name === name)
                ? `There is already a draft named ${name}.`
                : s.saved.length >= LAB_LIMITS.saved
                  ? `The lab keeps at most ${LAB_LIMITS.saved} saved drafts (a link holds no more): remove one first.`
                  : null;
        if (problem) {
          set({ notice: { kind: 'error', text: problem } });
          return false;
        }
        update({ saved: [...s.saved, { name, clauses: s.draft }], compare: [...s.compare, `saved:${name}`] });
        set({ notice: { kind: 'info', text: `Saved the current draft as ${name}.` } });
        return true;
      },
      removeSaved: (name) => {
        const s = get().settings;
        const k = `saved:${name}`;
        update({
          saved: s.saved.filter((d) => d.name !== name),
          compare: s.compare.filter((c) => c !== k),
          ...(s.start === k ? { start: 'opening' } : {}),
        });
      },
      toggleCompare: (k) => {
        const c = get().settings.compare;
        update({ compare: c.includes(k) ? c.filter((x) => x !== k) : [...c, k] });
      },
      setSeed: (seed) => {
        if (Number.isInteger(seed) && seed >= 0 && seed < 2 ** 31) update({ seed });
      },
      setRuns: (runs) => {
        if (Number.isInteger(runs) && runs >= 100 && runs <= MAX_RUNS) update({ runs });
      },
      setTornado: (output, actor) => update({ tornado: { output, actor } }),
      setSweep: (sweep) => update({ sweep }),
      setGoal: (goal) => {
        if (validGoal(model, goal)) update({ goal });
      },

      togglePareto: (actor) => {
        const p = get().settings.pareto;
        update({ pareto: p.includes(actor) ? p.filter((a) => a !== actor) : [...p, actor] });
      },

      run: async (kind) => {
        const task = analysisTask(model, kind, get().settings);
        if (typeof task === 'string') {
          set((s) => ({ errors: { ...s.errors, [kind]: task } }));
          return;
        }
        const answer = await launch(kind, task);
        if (!answer) return;
        set((s) => ({ results: { ...s.results, [kind]: answer } }));
        const ran = get().settings.ran;
        if (!ran.includes(kind)) update({ ran: [...ran, kind] });
      },
      cancel: (kind) => {
        const run = running[kind];
        if (!run) return;
        run.cancel();
        delete running[kind];
        delete latest[kind];
        set((s) => ({ jobs: { ...s.jobs, [kind]: undefined } }));
      },
      refreshOutlook: async () => {
        const { draft, runs, seed } = get().settings;
        set({ outlook: null, stances: null });
        // The stance probabilities follow every edit as the outlook does, on the same seed.
        const stances = launch('stances', { kind: 'stances', draft, draws: STANCE_DRAWS, seed }).then(
          (answer) => {
            if (answer) set({ stances: answer.data as StanceUncertainty });
          },
        );
        const answer = await launch('outlook', { kind: 'outlook', draft, runs, seed });
        if (answer) set({ outlook: answer.data as CeasefireOutlook });
        await stances;
      },
      checkExpectations: async () => {
        if (!model.scenario.expectations?.length) return;
        const answer = await launch('expectations', { kind: 'expectations' });
        if (answer) set({ expectations: answer.data as ExpectationsReport });
      },
      dismissNotice: () => set({ notice: null }),
      link: () => encodeLab(model, get().settings),
    };
  });
  return store;
}

export type LabStoreApi = ReturnType<typeof createLabStore>;

/** Starts the outlook and re-runs the analyses a link (or the saved lab) names. */
export async function startLab(store: LabStoreApi): Promise<void> {
  const s = store.getState();
  const runs = [s.refreshOutlook(), s.checkExpectations(), ...s.settings.ran.map((kind) => s.run(kind))];
  await Promise.all(runs);
}
