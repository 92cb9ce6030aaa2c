/**
 * The playground's entry (`npm start`): the shared panel on the left, wired to a simulated Miro
 * board drawn on the right; a sample journey is placed at start and opened in the panel.
 * URL options: `?lang=fr|en` (default: the browser's language), `?sample=<file in samples/>` or
 * `?sample=none` for an empty board. Started as a module worker (its own URL), the same bundle
 * imports large files off the UI thread instead.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { installPanelCss } from '../../ui/install-panel-css.js';
import { isWorkerScope } from '../../ui/is-worker-scope.js';
import { Panel, type InitialFile } from '../../ui/panel.js';
import { serveImports, type ImportWorkerScope } from '../../ui/serve-imports.js';
import { PlaygroundApp } from './playground-app.js';
import { createPlaygroundHost } from './playground-host.js';
import { playgroundText } from './playground-text.js';
import { createSimulatedBoard } from './simulated-board.js';
import { startSample } from './start-sample.js';
import './playground.css';

type Status = { text: string; kind: 'info' | 'error'; ready: boolean };

function Playground({ params, text, simulated, host }: PlaygroundSetup) {
  const [status, setStatus] = useState<Status>({ text: text.sampleLoading, kind: 'info', ready: false });
  // The sample placed at start, opened in the panel too so its report and preview are there.
  const [sample, setSample] = useState<InitialFile | undefined>(undefined);

  useEffect(() => {
    void (async () => {
      try {
        const placed = await startSample(host, new URL(location.href), params.get('sample'));
        if (placed === undefined) {
          setStatus({ text: '', kind: 'info', ready: true });
          return;
        }
        if (!placed.ok) {
          setStatus({ text: text.sampleFailed(placed.message), kind: 'error', ready: true });
          return;
        }
        // The panel shows the import the sample was placed from rather than importing it again.
        setSample(placed.file);
        const count = placed.report.created + placed.report.updated;
        setStatus({ text: text.samplePlaced(placed.layout.title, count), kind: 'info', ready: true });
      } catch (error) {
        setStatus({ text: text.sampleFailed(error instanceof Error ? error.message : String(error)), kind: 'error', ready: true });
      }
    })();
  }, []);

  return (
    <PlaygroundApp
      simulated={simulated}
      text={text}
      panel={
        <div class="panel-mount">
          <Panel host={host} createImportWorker={createImportWorker} {...(sample ? { initialFile: sample } : {})} />
        </div>
      }
      status={status.text}
      statusKind={status.kind}
      ready={status.ready}
      onEdited={(edited) => setStatus({ text: text.edited(shorten(edited)), kind: 'info', ready: true })}
    />
  );
}

/** One line of at most 60 characters, for the status bar. */
function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/** What the page sets up before rendering: the URL options, its words, the board and the host. */
interface PlaygroundSetup {
  params: URLSearchParams;
  text: ReturnType<typeof playgroundText>;
  simulated: ReturnType<typeof createSimulatedBoard>;
  host: ReturnType<typeof createPlaygroundHost>;
}

/** A worker running this same bundle (module), which then serves imports. */
function createImportWorker(): Worker {
  return new Worker(new URL(import.meta.url), { type: 'module' });
}

function startPage(): void {
  const params = new URLSearchParams(location.search);
  const asked = params.get('lang');
  const locale: 'fr' | 'en' = asked === 'fr' || asked === 'en' ? asked : navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  document.documentElement.lang = locale;
  const text = playgroundText(locale);
  document.title = text.title;
  const simulated = createSimulatedBoard();
  const host = createPlaygroundHost(simulated, { locale, storage: window.localStorage });
  installPanelCss(document);
  const root = document.getElementById('app');
  if (root) render(<Playground params={params} text={text} simulated={simulated} host={host} />, root);
}

if (isWorkerScope()) serveImports(self as unknown as ImportWorkerScope);
else startPage();
