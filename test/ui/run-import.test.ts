import { describe, expect, it } from 'vitest';
import { importJourney } from '../../core/src/import/import-journey.js';
import { parseImportRequest, parseImportResponse } from '../../ui/import-worker-protocol.js';
import { runImport, type ImportWorker } from '../../ui/run-import.js';
import { fakeImportWorker } from './fake-import-worker.js';

const CSV = new TextEncoder().encode(
  'participant,stage,action,pain_point,quote,emotion\r\nP01,Discover,Sees an ad,Price unclear,Nice poster,4\r\nP02,Buy,Pays online,Slow checkout,Too long,2\r\n',
);

type Listener = (event: { data?: unknown }) => void;

describe('runImport', () => {
  it('returns what the worker imported, the same result as importJourney here, and ends the worker', async () => {
    const { worker, state } = fakeImportWorker();
    const result = await runImport(CSV, { filename: 'interviews.csv' }, { createWorker: () => worker });
    expect(result).toEqual(importJourney(CSV, { filename: 'interviews.csv' }));
    expect(state.received).toHaveLength(1);
    expect(state.terminated).toBe(true);
  });

  it('sends a copy of the bytes, so the caller can re-import them later', async () => {
    const { worker } = fakeImportWorker();
    const bytes = CSV.slice();
    await runImport(bytes, { filename: 'interviews.csv' }, { createWorker: () => worker });
    expect(bytes.byteLength).toBe(CSV.byteLength);
    expect(bytes).toEqual(CSV);
  });

  it('passes the options through to the worker', async () => {
    const { worker, state } = fakeImportWorker();
    const options = { filename: 'interviews.csv', scale: '1-5' as const, columnMap: { quote: 'ignore' as const } };
    const result = await runImport(CSV, options, { createWorker: () => worker });
    expect(state.received[0]?.options).toEqual(options);
    expect(result).toEqual(importJourney(CSV, options));
  });

  it('imports here when the worker cannot be created (a host CSP refusing blob workers)', async () => {
    const result = await runImport(CSV, { filename: 'interviews.csv' }, {
      createWorker: () => {
        throw new DOMException('Refused to create a worker', 'SecurityError');
      },
    });
    expect(result).toEqual(importJourney(CSV, { filename: 'interviews.csv' }));
  });

  it('imports here when the worker fails after it was created', async () => {
    const { worker, state } = fakeImportWorker('refused-after-start');
    const result = await runImport(CSV, { filename: 'interviews.csv' }, { createWorker: () => worker });
    expect(result).toEqual(importJourney(CSV, { filename: 'interviews.csv' }));
    expect(state.terminated).toBe(true);
  });

  it('imports here when no worker is offered', async () => {
    expect(await runImport(CSV, { filename: 'interviews.csv' })).toEqual(importJourney(CSV, { filename: 'interviews.csv' }));
  });

  it('rejects with an AbortError and terminates the worker when cancelled', async () => {
    const { worker, state } = fakeImportWorker('silent');
    const controller = new AbortController();
    const running = runImport(CSV, { filename: 'interviews.csv' }, { createWorker: () => worker, signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(state.terminated).toBe(true);
  });

  it('starts no worker when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    let created = 0;
    const running = runImport(CSV, {}, {
      createWorker: () => {
        created += 1;
        return fakeImportWorker().worker;
      },
      signal: controller.signal,
    });
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(created).toBe(0);
  });

  it('reports a worker that crashed as a located problem', async () => {
    const listeners: Listener[] = [];
    const worker: ImportWorker = {
      addEventListener: (type, listener) => {
        if (type === 'message') listeners.push(listener);
      },
      postMessage: () => setTimeout(() => listeners.forEach((listener) => listener({ data: { type: 'parcours-import-crashed', id: 1, message: 'out of memory' } })), 0),
      terminate: () => undefined,
    };
    expect(await runImport(CSV, { filename: 'big.csv' }, { createWorker: () => worker })).toEqual({ ok: false, problems: [{ code: 'import.crashed', params: { error: 'out of memory' }, message: 'the import stopped on an unexpected error (out of memory)', file: 'big.csv' }] });
  });
});

describe('the import worker messages', () => {
  const result = importJourney(CSV, { filename: 'interviews.csv' });

  it.each([
    ['a result', { type: 'parcours-imported', id: 1, result }, true],
    ['a failed import', { type: 'parcours-imported', id: 1, result: { ok: false, problems: [{ message: 'empty' }] } }, true],
    ['a crash', { type: 'parcours-import-crashed', id: 1, message: 'out of memory' }, true],
    ['null', null, false],
    ['a string', 'parcours-imported', false],
    ['no id', { type: 'parcours-imported', result }, false],
    ['an unknown type', { type: 'hello', id: 1, result }, false],
    ['a result without journey', { type: 'parcours-imported', id: 1, result: { ok: true, report: {}, warnings: [] } }, false],
    ['problems that are not problems', { type: 'parcours-imported', id: 1, result: { ok: false, problems: ['empty'] } }, false],
    ['a crash without message', { type: 'parcours-import-crashed', id: 1 }, false],
  ])('a response: %s is %s', (_name, data, valid) => {
    expect(parseImportResponse(data) !== null).toBe(valid);
  });

  it.each([
    ['a request', { type: 'parcours-import', id: 1, bytes: CSV, options: {} }, true],
    ['bytes as an array', { type: 'parcours-import', id: 1, bytes: [1, 2], options: {} }, false],
    ['no options', { type: 'parcours-import', id: 1, bytes: CSV }, false],
    ['a response', { type: 'parcours-imported', id: 1, result }, false],
    ['undefined', undefined, false],
  ])('a request: %s is %s', (_name, data, valid) => {
    expect(parseImportRequest(data) !== null).toBe(valid);
  });
});
