import { build as esbuild } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { getQuickJS, type QuickJSContext, type QuickJSHandle, type QuickJSRuntime } from 'quickjs-emscripten';
import type { PanelChannel } from '../../../figma-plugin/src/figjam-panel-host.js';
import type { ToMain } from '../../../figma-plugin/src/messages.js';
import type { NodeDescription } from './describe-nodes.js';

interface Scripts {
  /** `figma-plugin/dist/code.js` exactly as `npm run build` writes it. */
  code: string;
  /** `sandbox-entry.ts` bundled: the fake `figma` and Figma's other globals. */
  host: string;
}

let scripts: Promise<Scripts> | undefined;

/** Builds the plugin as shipped and the host script, once per process. */
export function sandboxScripts(): Promise<Scripts> {
  scripts ??= (async () => {
    // A runtime path: the build script is plain JS with no typings.
    const figjam = (await import(new URL('../../../scripts/build/figjam.mjs', import.meta.url).href)) as { build: () => Promise<{ code: string }> };
    const files = await figjam.build();
    const host = await esbuild({
      entryPoints: [fileURLToPath(new URL('./sandbox-entry.ts', import.meta.url))],
      bundle: true,
      format: 'iife',
      target: 'es2020',
      write: false,
      logLevel: 'warning',
    });
    return { code: await readFile(files.code, 'utf8'), host: host.outputFiles[0]!.text };
  })();
  return scripts;
}

/**
 * The built FigJam main thread running inside QuickJS, the engine of Figma's plugin sandbox, with
 * the fake `figma` and only Figma's documented globals around it. The panel talks to it through
 * `channel` (a `PanelChannel`, as in FigJam), so tests drive it with the panel's own host code and
 * messages; `pump` runs the sandbox's jobs and timers until a condition holds.
 *
 * @example const sandbox = await FigJamSandbox.start(); const host = createFigJamPanelHost(sandbox.channel, 'en');
 */
export class FigJamSandbox {
  private readonly listeners = new Set<(raw: unknown) => void>();
  private readonly inbox: ToMain[] = [];
  private readonly harness: QuickJSHandle;

  readonly channel: PanelChannel = {
    post: (message) => void this.inbox.push(message),
    listen: (handler) => {
      this.listeners.add(handler);
      return () => this.listeners.delete(handler);
    },
  };

  private constructor(
    private readonly runtime: QuickJSRuntime,
    private readonly context: QuickJSContext,
  ) {
    this.harness = context.getProp(context.global, '__harness');
  }

  /** A fresh sandbox: the host script, then the built `code.js`, evaluated as Figma would. */
  static async start(): Promise<FigJamSandbox> {
    const [{ code, host }, quickjs] = await Promise.all([sandboxScripts(), getQuickJS()]);
    const runtime = quickjs.newRuntime();
    const context = runtime.newContext();
    context.unwrapResult(context.evalCode(host, 'figma-host.js')).dispose();
    const sandbox = new FigJamSandbox(runtime, context);
    sandbox.evaluate(code, 'code.js');
    return sandbox;
  }

  /** Runs a script in the sandbox; an exception inside is thrown here with its message and stack. */
  evaluate(source: string, filename = 'eval.js'): unknown {
    const result = this.context.evalCode(source, filename);
    if (result.error) {
      const error = this.context.dump(result.error) as { message?: string; stack?: string } | string;
      result.error.dispose();
      throw new Error(`inside QuickJS: ${typeof error === 'string' ? error : `${error.message ?? ''}\n${error.stack ?? ''}`}`);
    }
    const value = this.context.dump(result.value);
    result.value.dispose();
    return value;
  }

  /**
   * Delivers the panel's messages and runs the sandbox (promise jobs first, then the next timer,
   * virtual time jumping to it) until `done()` is true. Throws when the sandbox goes idle first, or
   * after `maxTurns` turns: a placement that never answers is a failure, not a hang.
   */
  async pump(done: () => boolean, maxTurns = 1_000_000): Promise<void> {
    for (let turn = 0; turn < maxTurns; turn++) {
      for (const message of this.inbox.splice(0)) this.call('send', JSON.stringify(message));
      const jobs = this.runtime.executePendingJobs();
      if (jobs.error) {
        const error = this.context.dump(jobs.error);
        jobs.error.dispose();
        throw new Error(`inside QuickJS, in a promise job: ${JSON.stringify(error)}`);
      }
      for (const message of JSON.parse(this.call('drain') as string) as unknown[]) for (const listen of this.listeners) listen(message);
      // The panel's side (Node promises) answers before the sandbox runs on.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (done()) return;
      if (this.inbox.length > 0 || this.runtime.hasPendingJob()) continue;
      if (!this.call('runTimer')) throw new Error(`the sandbox went idle before the condition held; its console: ${this.call('logs')}`);
    }
    throw new Error(`the condition did not hold within ${maxTurns} turns`);
  }

  /** Runs `work` (a promise of the panel side) while pumping the sandbox until it settles. */
  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    const watched = work.finally(() => (settled = true));
    await this.pump(() => settled);
    return watched;
  }

  /** The fake page's nodes, depth first. */
  nodes(): NodeDescription[] {
    return JSON.parse(this.call('nodes') as string) as NodeDescription[];
  }

  /** What the plugin wrote with `console`. */
  logs(): string[] {
    return JSON.parse(this.call('logs') as string) as string[];
  }

  /** Every global the sandbox holds besides ECMAScript's: what Figma gives a plugin, and the harness. */
  hostGlobals(): string[] {
    const mine = this.evaluate('Object.getOwnPropertyNames(globalThis)') as string[];
    const fresh = this.runtime.newContext();
    const names = fresh.unwrapResult(fresh.evalCode('Object.getOwnPropertyNames(globalThis)'));
    const ecmascript = new Set(fresh.dump(names) as string[]);
    names.dispose();
    fresh.dispose();
    return mine.filter((name) => !ecmascript.has(name)).sort();
  }

  /**
   * Runs the bench's bare calls (`bareCalls` on the fake, the data prepared beforehand) inside the
   * sandbox; resolves when they are done. Only the run itself is in `onStart`…resolve.
   */
  async bare(prepared: readonly object[], onStart: () => void): Promise<void> {
    this.call('loadBare', JSON.stringify(prepared));
    onStart();
    this.call('runBare');
    await this.pump(() => this.call('bareDone') === true);
  }

  /** Makes the fake host refuse something from now on (`FakeFailures`). */
  fail(failures: object): void {
    this.call('fail', JSON.stringify(failures));
  }

  dispose(): void {
    this.harness.dispose();
    this.context.dispose();
    this.runtime.dispose();
  }

  private call(name: string, ...args: string[]): unknown {
    const fn = this.context.getProp(this.harness, name);
    const handles = args.map((arg) => this.context.newString(arg));
    const result = this.context.callFunction(fn, this.harness, ...handles);
    fn.dispose();
    for (const handle of handles) handle.dispose();
    if (result.error) {
      const error = this.context.dump(result.error) as { message?: string; stack?: string };
      result.error.dispose();
      throw new Error(`inside QuickJS (${name}): ${error.message ?? JSON.stringify(error)}\n${error.stack ?? ''}`);
    }
    const value = this.context.dump(result.value);
    result.value.dispose();
    return value;
  }
}
