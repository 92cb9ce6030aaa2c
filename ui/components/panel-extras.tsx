import { useState } from 'preact/hooks';
import type { Journey, LayoutOptions } from '../../core/src/index.js';
import { copyText } from '../copy-text.js';
import { downloadText } from '../download-text.js';
import type { CsvTemplateKind } from '../panel-kit-strings.js';
import type { PanelStrings } from '../panel-strings.js';
import { csvTemplate } from '../state/csv-templates.js';
import { MAP_EXPORT_FORMATS, mapExport } from '../state/map-exports.js';

interface Props {
  locale: 'fr' | 'en';
  strings: PanelStrings;
  /** The map shown, and its options laid out as a picture; absent: only the templates are offered. */
  map?: { journey: Journey; pictureOptions: LayoutOptions };
}

const TEMPLATE_KINDS: readonly CsvTemplateKind[] = ['wide', 'interview', 'survey'];

/**
 * "Templates and export": CSV templates to fill in (in the panel's language) and the current map as
 * SVG, HTML report, CSV, Mermaid or JSON, each with Download and Copy (a host iframe may refuse
 * downloads or the clipboard: one of the two gets through). The outcome is announced politely.
 */
export function PanelExtras({ locale, strings, map }: Props) {
  const { kit } = strings;
  const [status, setStatus] = useState('');
  const download = (name: string, text: string, type: string, event: Event) => {
    const document = (event.currentTarget as HTMLElement).ownerDocument;
    downloadText(name, text, type, document);
    setStatus(kit.downloaded(name));
  };
  const copy = (what: string, text: string, event: Event) => {
    const document = (event.currentTarget as HTMLElement).ownerDocument;
    void copyText(text, document).then((copied) => setStatus(copied ? kit.copied(what) : kit.copyFailed));
  };
  return (
    <details class="pc-section pc-details pc-extras">
      <summary class="pc-heading">{kit.extras}</summary>
      <div class="pc-stack">
        <div role="group" aria-labelledby="pc-templates-title">
          <p class="pc-subtitle" id="pc-templates-title">
            {kit.templates}
          </p>
          <p class="pc-hint">{kit.templatesHint}</p>
          <ul class="pc-file-list">
            {TEMPLATE_KINDS.map((kind) => {
              const template = csvTemplate(kind, locale);
              return (
                <li key={kind}>
                  <span>{kit.templateKinds[kind]}</span>
                  <button
                    type="button"
                    class="pc-button pc-secondary pc-small"
                    aria-label={kit.downloadNamed(kit.templateKinds[kind])}
                    onClick={(event) => download(template.name, template.text, 'text/csv;charset=utf-8', event)}
                  >
                    {kit.download}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
        {map && (
          <div role="group" aria-labelledby="pc-export-title">
            <p class="pc-subtitle" id="pc-export-title">
              {kit.exportMap}
            </p>
            <p class="pc-hint">{kit.exportHint}</p>
            <ul class="pc-file-list">
              {MAP_EXPORT_FORMATS.map((format) => {
                const what = kit.formats[format];
                // Made on demand: an HTML report of a big map is not built on every render.
                const made = () => mapExport(format, map.journey, map.pictureOptions);
                return (
                  <li key={format}>
                    <span>{what}</span>
                    <button
                      type="button"
                      class="pc-button pc-secondary pc-small"
                      aria-label={kit.downloadNamed(what)}
                      onClick={(event) => {
                        const file = made();
                        download(file.name, file.text, file.type, event);
                      }}
                    >
                      {kit.download}
                    </button>
                    <button type="button" class="pc-button pc-secondary pc-small" aria-label={kit.copyNamed(what)} onClick={(event) => copy(what, made().text, event)}>
                      {kit.copy}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        <p class="pc-hint" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </details>
  );
}
