import { describe, expect, it } from 'vitest';
import { importJourney } from '../../core/src/import/import-journey.js';
import { readWorkbook } from '../../core/src/import/workbook/read-workbook.js';
import { parseImportResponse, type ImportStep } from '../../ui/import-worker-protocol.js';
import { runImport } from '../../ui/run-import.js';
import { writeXlsx } from '../fixtures/workbooks/write-workbook.js';
import { fakeImportWorker } from './fake-import-worker.js';

const WORKBOOK = writeXlsx([
  { name: 'Consignes', rows: [['Une ligne par observation']] },
  { name: 'Entretiens', rows: [['Participant', 'Étape', 'Verbatim', 'Émotion'], ['P1', 'Découverte', 'Clair', 4], ['P2', 'Achat', 'Long\net cher', 2]] },
]);

describe('runImport with a workbook', () => {
  it('the worker loads the reader, tells each step as it starts, and answers as importJourney with the reader would', async () => {
    const { worker, state } = fakeImportWorker();
    const steps: ImportStep[] = [];
    const options = { filename: 'entretiens.xlsx', sheet: 'Entretiens' };
    const result = await runImport(WORKBOOK, options, { createWorker: () => worker, onStep: (step) => steps.push(step) });
    expect(steps).toEqual(['loading-reader', 'reading-workbook', 'building-map']);
    expect(result).toEqual(importJourney(WORKBOOK, { ...options, readWorkbook }));
    expect(result).toMatchObject({ ok: true, sheets: { read: 'Entretiens', names: ['Consignes', 'Entretiens'] } });
    expect(state.received[0]?.options).toEqual(options);
  });

  it('never sends the reader function to the worker (it cannot be cloned); the worker loads its own', async () => {
    const { worker, state } = fakeImportWorker();
    const result = await runImport(WORKBOOK, { filename: 'entretiens.xlsx', readWorkbook }, { createWorker: () => worker });
    expect(state.received[0]?.options).toEqual({ filename: 'entretiens.xlsx' });
    expect(result.ok).toBe(false);
    expect(result.sheets?.read).toBe('Consignes');
  });

  it('without a worker, loads the reader here and imports the same', async () => {
    const result = await runImport(WORKBOOK, { filename: 'entretiens.xlsx', sheet: 2 });
    expect(result).toEqual(importJourney(WORKBOOK, { filename: 'entretiens.xlsx', sheet: 2, readWorkbook }));
  });
});

describe('the step message', () => {
  it.each([
    [{ type: 'parcours-import-step', id: 1, step: 'reading-workbook' }, { type: 'parcours-import-step', id: 1, step: 'reading-workbook' }],
    [{ type: 'parcours-import-step', id: 1, step: 'unzipping' }, null],
    [{ type: 'parcours-import-step', id: 1 }, null],
  ])('%j reads as %j', (data, expected) => {
    expect(parseImportResponse(data)).toEqual(expected);
  });
});
