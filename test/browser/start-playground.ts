import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A playground server the tests started, and how to stop it. */
export interface RunningPlayground {
  url: string;
  stop(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('../../scripts/playground.mjs', import.meta.url));

/**
 * Starts the playground exactly as `npm start` does (`node scripts/playground.mjs`: build, then
 * serve) on a free port (`--port 0`), and resolves with the URL it prints. Rejects with the
 * server's output if it exits or prints no URL within `timeoutMs`.
 *
 * @example const playground = await startPlayground(); await page.goto(playground.url); await playground.stop();
 */
export function startPlayground(timeoutMs = 60_000): Promise<RunningPlayground> {
  const child = spawn(process.execPath, [SCRIPT, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  // A test run that ends without calling stop() (crash, Ctrl+C) leaves no server behind.
  process.once('exit', kill);
  const stop = async () => {
    kill();
    await exited;
    process.off('exit', kill);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the playground printed no URL within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/localhost:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[0], stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the playground server exited (code ${code}) before serving:\n${output}`));
    });
  });
}
