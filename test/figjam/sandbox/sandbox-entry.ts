/**
 * What Figma puts around a plugin's main thread, rebuilt inside QuickJS for the sandbox tests: the
 * fake `figma`, `__html__`, `console` and timers, the globals Figma documents for plugin code
 * (https://developers.figma.com/docs/plugins/how-plugins-run/, "the main thread … has access to
 * … the figma global object, … console, setTimeout"; no DOM, no `AbortController`:
 * figma/plugin-typings#207). Nothing else is added: the built `code.js` runs next to pure
 * ECMAScript, as in Figma. The test's own hooks live on `__harness`, a name the plugin never reads.
 *
 * Bundled by esbuild into one script (see `figjam-sandbox.ts`); this file runs inside QuickJS only.
 */
import { bareCalls, type Prepared } from '../../../scripts/bench/figjam-bare-calls.js';
import { FakeFigma } from '../../fakes/figma-fake.js';
import { describeNodes } from './describe-nodes.js';

interface Timer {
  id: number;
  at: number;
  run: () => void;
  every?: number;
}

const timers: Timer[] = [];
const logs: string[] = [];
let clock = 0;
let lastTimer = 0;

function addTimer(run: () => void, ms: unknown, every: boolean): number {
  const delay = Math.max(0, Number(ms) || 0);
  const timer: Timer = { id: ++lastTimer, at: clock + delay, run };
  if (every) timer.every = Math.max(1, delay);
  timers.push(timer);
  return timer.id;
}

function clearTimer(id: unknown): void {
  const index = timers.findIndex((timer) => timer.id === id);
  if (index >= 0) timers.splice(index, 1);
}

const fake = new FakeFigma();
let bare: { prepared: Prepared[]; done: boolean } | undefined;
const sandbox = globalThis as Record<string, unknown>;
sandbox.figma = fake;
sandbox.__html__ = '<!doctype html><title>Parcours</title>';
sandbox.console = {
  log: (...parts: unknown[]) => void logs.push(parts.map(String).join(' ')),
  info: (...parts: unknown[]) => void logs.push(parts.map(String).join(' ')),
  warn: (...parts: unknown[]) => void logs.push(`warn: ${parts.map(String).join(' ')}`),
  error: (...parts: unknown[]) => void logs.push(`error: ${parts.map(String).join(' ')}`),
};
sandbox.setTimeout = (run: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => addTimer(() => run(...args), ms, false);
sandbox.clearTimeout = clearTimer;
sandbox.setInterval = (run: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => addTimer(() => run(...args), ms, true);
sandbox.clearInterval = clearTimer;

sandbox.__harness = {
  fake,
  /** Hands the main thread one message from the panel, as Figma calls `figma.ui.onmessage`. */
  send(json: string): void {
    const handler = fake.ui.onmessage;
    if (!handler) throw new Error('the plugin set no figma.ui.onmessage');
    void handler(JSON.parse(json), { origin: 'null' });
  },
  /** The messages the main thread posted since the last call, as JSON. */
  drain(): string {
    return JSON.stringify(fake.posted.splice(0));
  },
  /** Runs the next timer due (virtual time jumps to it); false when none is waiting. */
  runTimer(): boolean {
    timers.sort((a, b) => a.at - b.at || a.id - b.id);
    const timer = timers.shift();
    if (!timer) return false;
    clock = timer.at;
    if (timer.every !== undefined) timers.push({ ...timer, at: clock + timer.every });
    timer.run();
    return true;
  },
  /** The page as the plugin left it, as JSON (see `describeNodes`). */
  nodes(): string {
    return JSON.stringify(describeNodes(fake));
  },
  logs(): string {
    return JSON.stringify(logs);
  },
  /** The bench's bare side: the calls a placement makes, given as data (`prepare`), loaded before the clock starts. */
  loadBare(json: string): void {
    bare = { prepared: JSON.parse(json) as Prepared[], done: false };
  },
  runBare(): void {
    const run = bare;
    if (!run) throw new Error('loadBare first');
    void bareCalls(fake, run.prepared).then(() => (run.done = true));
  },
  bareDone(): boolean {
    return bare?.done === true;
  },
  /** Makes the host refuse something from now on, as `FakeFigma.failures` says. */
  fail(json: string): void {
    fake.failures = JSON.parse(json);
  },
};
