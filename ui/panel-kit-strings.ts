export type MapExportFormat = 'svg' | 'html' | 'csv' | 'mermaid' | 'json';
export type CsvTemplateKind = 'wide' | 'interview' | 'survey';

export interface PanelKitStrings {
  skipToPlace: string;
  topPerCell: string;
  topPerCellHint: string;
  topAll: string;
  minCount: string;
  minCountHint: (n: number) => string;
  tableToggle: string;
  tableCaption: (title: string) => string;
  tableLane: string;
  tableEmpty: string;
  extras: string;
  templates: string;
  templatesHint: string;
  templateKinds: Record<CsvTemplateKind, string>;
  exportMap: string;
  exportHint: string;
  formats: Record<MapExportFormat, string>;
  download: string;
  downloadNamed: (what: string) => string;
  copyNamed: (what: string) => string;
  copy: string;
  downloaded: (file: string) => string;
  copied: (what: string) => string;
  copyFailed: string;
}

/**
 * The panel's words for the map options of big data, the templates and exports, and the
 * accessibility helpers (skip link, the map as a table): one table, French and English side by
 * side, reached as `panelStrings(locale).kit`.
 */
export const PANEL_KIT_STRINGS: Record<'fr' | 'en', PanelKitStrings> = {
  en: {
    skipToPlace: 'Skip to placing the map',
    topPerCell: 'Cards per cell',
    topPerCellHint: 'the most said; the others in “+N more”',
    topAll: 'All',
    minCount: 'Said by at least',
    minCountHint: (n: number) => (n <= 1 ? 'everyone counts' : `people; the others in “+N more”`),
    tableToggle: 'The map as a table',
    tableCaption: (title: string) => `“${title}”: each lane by stage`,
    tableLane: 'Lane',
    tableEmpty: '—',
    extras: 'Templates and export',
    templates: 'CSV templates to fill in',
    templatesHint: 'Fill one in with a spreadsheet, then import it here as “A file”.',
    templateKinds: {
      wide: 'A row per stage',
      interview: 'Interviews: a row per observation',
      survey: 'Survey: a row per respondent',
    },
    exportMap: 'Export this map',
    exportHint: 'If the download is blocked here, use Copy and paste into a file.',
    formats: { svg: 'SVG picture', html: 'HTML report', csv: 'CSV', mermaid: 'Mermaid', json: 'JSON' },
    download: 'Download',
    downloadNamed: (what: string) => `Download: ${what}`,
    copyNamed: (what: string) => `Copy: ${what}`,
    copy: 'Copy',
    downloaded: (file: string) => `${file} downloaded.`,
    copied: (what: string) => `${what} copied.`,
    copyFailed: 'Copying is blocked here: use Download.',
  },
  fr: {
    skipToPlace: 'Aller au placement de la carte',
    topPerCell: 'Cartes par case',
    topPerCellHint: 'les plus citées ; les autres dans « +N autres »',
    topAll: 'Toutes',
    minCount: 'Citées par au moins',
    minCountHint: (n: number) => (n <= 1 ? 'tout compte' : 'personnes ; les autres dans « +N autres »'),
    tableToggle: 'La carte en tableau',
    tableCaption: (title: string) => `« ${title} » : chaque ligne par étape`,
    tableLane: 'Ligne',
    tableEmpty: '—',
    extras: 'Modèles et export',
    templates: 'Modèles CSV à remplir',
    templatesHint: 'Remplissez-en un dans un tableur, puis importez-le ici avec « Un fichier ».',
    templateKinds: {
      wide: 'Une ligne par étape',
      interview: 'Entretiens : une ligne par observation',
      survey: 'Enquête : une ligne par répondant',
    },
    exportMap: 'Exporter cette carte',
    exportHint: 'Si le téléchargement est bloqué ici, utilisez Copier puis collez dans un fichier.',
    formats: { svg: 'Image SVG', html: 'Rapport HTML', csv: 'CSV', mermaid: 'Mermaid', json: 'JSON' },
    download: 'Télécharger',
    downloadNamed: (what: string) => `Télécharger : ${what}`,
    copyNamed: (what: string) => `Copier : ${what}`,
    copy: 'Copier',
    downloaded: (file: string) => `${file} téléchargé.`,
    copied: (what: string) => `${what} : copié.`,
    copyFailed: 'La copie est bloquée ici : utilisez Télécharger.',
  },
};
