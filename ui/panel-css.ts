/**
 * The panel's styles, scoped under `.pc-panel`. Colours come from FigJam's theme variables when the
 * plugin runs there (`themeColors: true`), with light fallbacks for Miro and the playground. Buttons
 * and links take `--pc-action`, a blue with 5.4:1 contrast against white (WCAG AA asks 4.5:1 for
 * text): FigJam's brand blue (#0d99ff) gives white text only 2.99:1, so it stays for focus rings.
 */
export const PANEL_CSS = `
.pc-panel{--pc-bg:var(--figma-color-bg,#fff);--pc-bg2:var(--figma-color-bg-secondary,#f5f5f5);--pc-text:var(--figma-color-text,#1e1e1e);--pc-muted:var(--figma-color-text-secondary,#6b6b6b);--pc-border:var(--figma-color-border,#e2e2e2);--pc-brand:var(--figma-color-bg-brand,#0d99ff);--pc-onbrand:var(--figma-color-text-onbrand,#fff);--pc-danger:var(--figma-color-text-danger,#d92d20);--pc-warn:var(--figma-color-text-warning,#b54708);--pc-ok:var(--figma-color-text-success,#027a48);--pc-focus:0 0 0 2px var(--pc-bg),0 0 0 4px var(--pc-brand);--pc-action:#0b69c7;
box-sizing:border-box;display:flex;flex-direction:column;gap:12px;min-height:100vh;padding:12px 14px 0;background:var(--pc-bg);color:var(--pc-text);font:12px/1.45 Inter,system-ui,-apple-system,"Segoe UI",sans-serif;-webkit-font-smoothing:antialiased}
/* border-box set on every element: inherit would not cross <details>, whose content sits behind a slot */
.pc-panel *,.pc-panel *::before,.pc-panel *::after{box-sizing:border-box}
.pc-panel h1,.pc-panel h2,.pc-panel h3,.pc-panel p{margin:0}
.pc-header{display:flex;align-items:flex-start;justify-content:space-between;gap:8px}
.pc-title{font-size:15px;font-weight:700;letter-spacing:-.01em}
.pc-heading{font-size:12px;font-weight:600;margin:0 0 6px}
.pc-subtitle{font-size:12px;font-weight:600;margin-bottom:6px}
.pc-muted{color:var(--pc-muted)}
.pc-hint{color:var(--pc-muted);font-size:11px}
.pc-error{color:var(--pc-danger)}
.pc-section{display:block}
.pc-stack{display:flex;flex-direction:column;gap:8px}
.pc-inline{display:flex;flex-wrap:wrap;gap:8px}.pc-inline>.pc-field{flex:1 1 90px}
.pc-field{display:flex;flex-direction:column;gap:3px;font-weight:500}
.pc-field small{font-weight:400;color:var(--pc-muted)}
.pc-panel input[type=text],.pc-panel input[type=number],.pc-panel select,.pc-panel textarea{width:100%;min-width:0;height:28px;padding:4px 8px;border:1px solid var(--pc-border);border-radius:6px;background:var(--pc-bg);color:inherit;font:inherit}
.pc-panel textarea{height:auto;resize:vertical}
.pc-panel select{padding-right:4px}
.pc-panel input:focus-visible,.pc-panel select:focus-visible,.pc-panel textarea:focus-visible,.pc-panel button:focus-visible,.pc-panel summary:focus-visible{outline:none;box-shadow:var(--pc-focus)}
.pc-panel :focus-within>input.pc-visually-hidden:focus-visible{outline:none}
.pc-segment:focus-within,.pc-button:focus-within,.pc-chip:focus-within{box-shadow:var(--pc-focus)}
.pc-list{border:0;margin:0;padding:0;min-width:0}
.pc-list legend,.pc-chips legend{font-weight:600;padding:0;margin-bottom:4px}
.pc-list ol{list-style:none;margin:0 0 4px;padding:0;display:flex;flex-direction:column;gap:4px}
.pc-row{display:flex;gap:4px;align-items:center}
.pc-row select{flex:0 0 112px}
.pc-row-buttons{display:flex;gap:2px;flex:none}
.pc-icon{width:24px;height:24px;border:0;border-radius:5px;background:transparent;color:var(--pc-muted);font-size:13px;line-height:1;cursor:pointer}
.pc-icon:hover:not(:disabled){background:var(--pc-bg2);color:var(--pc-text)}
.pc-icon:disabled{opacity:.3;cursor:default}
.pc-link{align-self:flex-start;border:0;background:none;padding:2px 0;color:var(--pc-action);font:inherit;font-weight:500;cursor:pointer;border-radius:4px}
.pc-button{display:inline-flex;align-items:center;justify-content:center;gap:6px;height:30px;padding:0 12px;border:1px solid transparent;border-radius:6px;background:var(--pc-action);color:#fff;font:inherit;font-weight:600;cursor:pointer;white-space:nowrap}
.pc-button:disabled{opacity:.45;cursor:default}
.pc-secondary{background:var(--pc-bg);color:var(--pc-text);border-color:var(--pc-border)}
.pc-ghost{background:transparent;color:var(--pc-muted);border-color:var(--pc-border);height:24px;padding:0 8px;font-weight:500}
.pc-primary-wide{width:100%;height:34px;font-size:13px}
.pc-segmented{display:flex;border:0;margin:0;padding:2px;background:var(--pc-bg2);border-radius:8px;min-width:0}
.pc-segment{position:relative;flex:1;text-align:center;padding:5px 8px;border-radius:6px;font-weight:500;color:var(--pc-muted);cursor:pointer}
.pc-selected{background:var(--pc-bg);color:var(--pc-text);box-shadow:0 1px 2px rgba(0,0,0,.12)}
.pc-check{display:flex;gap:6px;align-items:center}
.pc-details>summary{cursor:pointer;font-weight:600;padding:2px 0;border-radius:4px;list-style-position:inside}
.pc-details[open]>summary{margin-bottom:6px}
.pc-drop{display:flex;flex-direction:column;align-items:center;gap:8px;padding:16px 12px;border:1.5px dashed var(--pc-border);border-radius:8px;text-align:center;color:var(--pc-muted)}
.pc-drop-over{border-color:var(--pc-brand);background:var(--pc-bg2)}
.pc-report{border:1px solid var(--pc-border);border-radius:8px;padding:10px;display:flex;flex-direction:column;gap:8px}
.pc-facts{display:grid;grid-template-columns:auto 1fr;gap:3px 10px;margin:0;align-items:center}
.pc-facts dt{color:var(--pc-muted)}.pc-facts dd{margin:0;font-weight:500}
.pc-facts select{height:24px}
.pc-columns{width:100%;border-collapse:collapse;table-layout:fixed}
.pc-columns th,.pc-columns td{padding:3px 0;text-align:left;vertical-align:middle;border-top:1px solid var(--pc-border)}
.pc-columns thead th{border-top:0;color:var(--pc-muted);font-weight:500}
.pc-columns tbody th{font-weight:500;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;padding-right:8px}
.pc-columns thead th:first-child{width:44%}
.pc-columns select{height:24px;max-width:100%}
.pc-unknown th{color:var(--pc-warn)}
.pc-badge{margin-left:6px;padding:0 6px;border-radius:9px;font-size:10px;font-weight:600;background:var(--pc-bg2)}
.pc-warn .pc-badge,.pc-badge.pc-warn{color:var(--pc-warn)}
.pc-problems ul,.pc-notes,.pc-plan-items{margin:0;padding:0 0 0 16px;display:flex;flex-direction:column;gap:2px;max-height:160px;overflow:auto}
.pc-problems.pc-error>summary{color:var(--pc-danger)}
.pc-problems.pc-warn>summary{color:var(--pc-warn)}
.pc-where{color:var(--pc-muted)}
.pc-preview{border:1px solid var(--pc-border);border-radius:8px;background:var(--pc-bg2);padding:6px;max-height:220px;overflow:auto}
.pc-preview svg{display:block;width:100%;height:auto}
.pc-preview{cursor:pointer}
.pc-evidence{margin-top:8px;padding:8px;border:1px solid var(--pc-border);border-radius:8px}
.pc-sources{font-size:12px;word-break:break-word;margin:4px 0}
.pc-quotes{margin:4px 0;padding-left:18px;font-size:12px}
.pc-chips{display:flex;flex-wrap:wrap;gap:4px;border:0;margin:0;padding:0;min-width:0}
.pc-chip{display:inline-flex;align-items:center;gap:4px;padding:2px 8px 2px 4px;border:1px solid var(--pc-border);border-radius:14px;cursor:pointer}
.pc-chip input{margin:0}
.pc-footer{position:sticky;bottom:0;margin:auto -14px 0;padding:10px 14px 12px;background:var(--pc-bg);border-top:1px solid var(--pc-border)}
.pc-card{display:flex;flex-direction:column;gap:8px}
.pc-ok .pc-subtitle{color:var(--pc-ok)}
.pc-warn>.pc-subtitle{color:var(--pc-warn)}
.pc-counts{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px}
.pc-count{padding:3px 8px;border-radius:6px;background:var(--pc-bg2)}
.pc-count strong{font-weight:700}
.pc-count.pc-keep{color:var(--pc-warn)}
.pc-count.pc-waiting{color:var(--pc-warn)}
.pc-note{margin:0;font-size:11px;color:var(--pc-muted)}
.pc-warn-text{color:var(--pc-warn)}
.pc-estimate{display:flex;gap:6px;align-items:flex-start;padding:6px 8px;border-radius:6px;background:var(--pc-bg2);color:var(--pc-muted);font-size:11px}
.pc-estimate::before{content:"";flex:none;width:6px;height:6px;margin-top:5px;border-radius:50%;background:var(--pc-brand)}
.pc-tag{display:inline-block;min-width:64px;color:var(--pc-muted);font-size:11px}
.pc-actions{display:flex;justify-content:flex-end;align-items:center;gap:8px}
.pc-actions>.pc-muted{margin-right:auto}
.pc-progress{width:100%;height:8px;accent-color:var(--pc-brand)}
.pc-check-row{display:flex;align-items:center;gap:10px}.pc-check-row>.pc-hint{flex:1}
.pc-check-report{gap:6px}
.pc-check-report.pc-ok{border-color:var(--pc-ok)}.pc-check-report.pc-warn{border-color:var(--pc-warn)}.pc-check-report.pc-fail{border-color:var(--pc-danger)}
.pc-check-text{display:flex;flex-direction:column;gap:4px}
.pc-check-report .pc-subtitle{margin:0}
.pc-verdict{font-weight:500}
.pc-check-lines{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:3px}
.pc-check-lines li{display:flex;gap:6px;align-items:baseline}
.pc-mark{flex:none;width:12px;text-align:center;font-weight:700}
.pc-check-ok .pc-mark{color:var(--pc-ok)}.pc-check-warn .pc-mark{color:var(--pc-warn)}.pc-check-fail .pc-mark,.pc-check-fail{color:var(--pc-danger)}.pc-check-info .pc-mark{color:var(--pc-muted)}
.pc-visually-hidden{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.pc-skip{position:absolute;left:8px;top:-40px;z-index:10;padding:6px 10px;border:0;border-radius:6px;background:var(--pc-action);color:#fff;font:inherit;font-weight:600;cursor:pointer}
.pc-skip:focus{top:8px;outline:none;box-shadow:var(--pc-focus)}
.pc-panel{position:relative}
.pc-preview:focus-visible,.pc-table-scroll:focus-visible,.pc-panel ul:focus-visible{outline:none;box-shadow:var(--pc-focus)}
.pc-small{height:24px;padding:0 8px;font-weight:500}
.pc-file-list{list-style:none;margin:4px 0 0;padding:0;display:flex;flex-direction:column;gap:4px}
.pc-file-list li{display:flex;align-items:center;gap:6px}.pc-file-list li>span{flex:1;min-width:0}
.pc-map-table{margin-top:6px}
.pc-table-scroll{max-height:260px;overflow:auto;border:1px solid var(--pc-border);border-radius:6px;margin-top:4px}
.pc-table{border-collapse:collapse;font-size:11px;min-width:100%}
.pc-table th,.pc-table td{border:1px solid var(--pc-border);padding:3px 5px;text-align:left;vertical-align:top}
.pc-table thead th{background:var(--pc-bg2);position:sticky;top:0}
.pc-table ul{margin:0;padding:0 0 0 12px}
.pc-grow{flex:1;min-width:0;overflow-wrap:anywhere}.pc-targets{display:flex;flex-direction:column;gap:4px}
.pc-persona{display:flex;flex-direction:column;gap:6px;border:1px solid var(--pc-border);border-radius:8px;margin:0 0 6px;padding:6px 8px 8px;min-width:0}.pc-persona legend{font-weight:600;padding:0 4px}
`;
