import type { JSX } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fitFontSize, STICKY_MAX_FONT } from './fit-font-size.js';
import { ItemEditor } from './item-editor.js';
import type { PlaygroundText } from './playground-text.js';
import { sceneItems, type SceneItem } from './scene-item.js';
import { SceneItemView, stickyPaper } from './scene-item-view.js';
import type { SimulatedBoard } from './simulated-board.js';
import { fitView, unionBox, visibleRect, zoomAt, type ViewTransform } from './view-transform.js';

export interface BoardViewProps {
  simulated: SimulatedBoard;
  text: PlaygroundText;
  /** Told after the user changed an item's text. */
  onEdited?: (text: string) => void;
}

type Editable = Extract<SceneItem, { kind: 'sticky' | 'shape' | 'text' | 'card' }>;

/** Zoom step of the +/− buttons and keys; the wheel zooms continuously. */
const ZOOM_STEP = 1.25;
const PAN_STEP = 80;
/** Below this width on screen (pixels), a double-click zooms to the item before editing it. */
const EDITABLE_WIDTH = 160;

/**
 * The simulated board drawn in the page: every item the board holds, redrawn after each change,
 * with pan (drag, arrow keys), zoom (wheel, +/− buttons and keys, fit) and in-place editing of a
 * sticky (double-click), which changes the item's content as a Miro user would. It follows the
 * board's `zoomTo` (a new map is shown whole) and reports its viewport back to the board, so a new
 * map lands in view.
 *
 * @example <BoardView simulated={createSimulatedBoard()} text={playgroundText('en')} />
 */
export function BoardView({ simulated, text, onEdited }: BoardViewProps): JSX.Element {
  const host = useRef<HTMLDivElement>(null);
  const [items, setItems] = useState<SceneItem[]>([]);
  const [size, setSize] = useState({ w: 800, h: 600 });
  const [view, setView] = useState<ViewTransform>({ x: 0, y: 0, k: 0.5 });
  const [editing, setEditing] = useState<string | undefined>();
  const pendingZoom = useRef<string[] | undefined>(undefined);
  const drag = useRef<{ x: number; y: number; view: ViewTransform; pointer: number } | undefined>(undefined);
  const itemsRef = useRef<SceneItem[]>([]);
  const sizeRef = useRef(size);
  sizeRef.current = size;

  const fitTo = useCallback((ids?: string[]) => {
    const chosen = ids ? itemsRef.current.filter((item) => ids.includes(item.id)) : itemsRef.current;
    const bounds = unionBox(chosen.flatMap((item) => ('box' in item ? [item.box] : [])));
    if (bounds) setView(fitView(bounds, sizeRef.current, 64));
  }, []);

  // Redraw after each change, at most once per frame (placement changes the board item by item).
  useEffect(() => {
    let frame = 0;
    let alive = true;
    const refresh = () => {
      if (frame) return;
      frame = requestAnimationFrame(async () => {
        frame = 0;
        const next = sceneItems(await simulated.items());
        if (!alive) return;
        itemsRef.current = next;
        setItems(next);
        if (pendingZoom.current) {
          const ids = pendingZoom.current;
          pendingZoom.current = undefined;
          fitTo(ids);
        }
      });
    };
    const unsubscribe = simulated.subscribe(refresh);
    const unzoom = simulated.onZoomTo((ids) => {
      pendingZoom.current = ids;
      refresh();
    });
    refresh();
    return () => {
      alive = false;
      cancelAnimationFrame(frame);
      unsubscribe();
      unzoom();
    };
  }, [simulated, fitTo]);

  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(() => setSize({ w: element.clientWidth, h: element.clientHeight }));
    observer.observe(element);
    setSize({ w: element.clientWidth, h: element.clientHeight });
    return () => observer.disconnect();
  }, []);

  useEffect(() => simulated.setViewport(visibleRect(view, size)), [simulated, view, size]);

  // The wheel zooms about the pointer; it needs a non-passive listener to keep the page still.
  useEffect(() => {
    const element = host.current;
    if (!element) return undefined;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const bounds = element.getBoundingClientRect();
      const factor = Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.0015));
      setView((current) => zoomAt(current, { x: event.clientX - bounds.left, y: event.clientY - bounds.top }, factor));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  const zoomBy = (factor: number) => setView((current) => zoomAt(current, { x: size.w / 2, y: size.h / 2 }, factor));
  const editable = items.find((item): item is Editable => item.id === editing && item.kind !== 'frame' && item.kind !== 'connector');

  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0 || editing) return;
    drag.current = { x: event.clientX, y: event.clientY, view, pointer: event.pointerId };
    (event.currentTarget as Element).setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    const start = drag.current;
    if (!start || start.pointer !== event.pointerId) return;
    setView({ ...start.view, x: start.view.x + event.clientX - start.x, y: start.view.y + event.clientY - start.y });
  };
  const onPointerUp = (event: PointerEvent) => {
    if (drag.current?.pointer === event.pointerId) drag.current = undefined;
  };
  const onDoubleClick = (event: MouseEvent) => {
    // Pointer capture can retarget the click to the canvas: look under the pointer instead.
    const target = document.elementFromPoint(event.clientX, event.clientY)?.closest('[data-item-id]');
    const id = target?.getAttribute('data-item-id');
    const item = items.find((candidate) => candidate.id === id);
    if (!item || item.kind === 'frame' || item.kind === 'connector') return;
    // Text is hard to edit when small: zoom to the item first, as close as 100 %.
    if (item.box.w * view.k < EDITABLE_WIDTH) {
      const k = Math.min(1, Math.max(view.k, EDITABLE_WIDTH / item.box.w));
      setView({ k, x: size.w / 2 - (item.box.x + item.box.w / 2) * k, y: size.h / 2 - (item.box.y + item.box.h / 2) * k });
    }
    setEditing(item.id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const pan: Record<string, [number, number]> = { ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP] };
    const move = pan[event.key];
    if (move) {
      event.preventDefault();
      setView((current) => ({ ...current, x: current.x + move[0], y: current.y + move[1] }));
    } else if (event.key === '+' || event.key === '=') zoomBy(ZOOM_STEP);
    else if (event.key === '-') zoomBy(1 / ZOOM_STEP);
    else if (event.key === '0') fitTo();
  };

  return (
    <section class="board" aria-label={text.boardLabel}>
      <div
        ref={host}
        class="board-canvas"
        tabIndex={0}
        role="application"
        aria-label={text.boardCanvasLabel}
        aria-roledescription={text.boardRole}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onDblClick={onDoubleClick}
        onKeyDown={onKeyDown}
      >
        <svg class="board-svg" width={size.w} height={size.h} aria-hidden="true">
          <defs>
            <pattern id="board-dots" width={24 * view.k} height={24 * view.k} patternUnits="userSpaceOnUse" x={view.x} y={view.y}>
              <circle cx={1} cy={1} r={1} fill="#d3d5de" />
            </pattern>
            {/* Miro's note casts its shadow below the paper, inside the note's 228-high box (scene-item-view.tsx). */}
            <filter id="sticky-shadow" x="-10%" y="-10%" width="120%" height="130%">
              <feDropShadow dx="0" dy="6" stdDeviation="5" flood-color="#1a1a2e" flood-opacity="0.16" />
            </filter>
            <filter id="card-shadow" x="-10%" y="-10%" width="120%" height="140%">
              <feDropShadow dx="0" dy="1" stdDeviation="1.5" flood-color="#1a1a2e" flood-opacity="0.12" />
            </filter>
          </defs>
          {view.k * 24 >= 6 && <rect width="100%" height="100%" fill="url(#board-dots)" />}
          <g class="board-items" transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
            {items.map((item) => (
              <SceneItemView key={item.id} item={item} zoom={view.k} editing={item.id === editing} />
            ))}
          </g>
        </svg>
        {items.length === 0 && <p class="board-empty">{text.boardEmpty}</p>}
        {editable && (
          <ItemEditor
            key={editable.id}
            box={editable.kind === 'sticky' ? stickyPaper(editable.box) : editable.box}
            view={view}
            text={editable.text}
            fill={editable.kind === 'sticky' ? editable.fill : editable.kind === 'shape' ? editable.fill : '#ffffff'}
            fontSize={editable.kind === 'text' ? editable.fontSize : fitFontSize(editable.text, editable.box.w, (editable.kind === 'sticky' ? stickyPaper(editable.box) : editable.box).h, 12, STICKY_MAX_FONT)}
            label={text.editLabel}
            onCommit={(value) => {
              setEditing(undefined);
              simulated.editText(editable.id, value);
              onEdited?.(value);
            }}
            onCancel={() => setEditing(undefined)}
          />
        )}
      </div>
      <div class="board-badge" aria-hidden="true">
        <span class="board-badge-dot" />
        {text.boardBadge}
      </div>
      <p class="board-hint">{text.boardHint}</p>
      <div class="zoom-bar" role="toolbar" aria-label={text.zoomToolbar}>
        <button type="button" class="zoom-button" aria-label={text.zoomOut} title={text.zoomOut} onClick={() => zoomBy(1 / ZOOM_STEP)}>
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10" /></svg>
        </button>
        <output class="zoom-level" aria-live="polite" aria-label={text.zoomLevel}>
          {Math.round(view.k * 100)} %
        </output>
        <button type="button" class="zoom-button" aria-label={text.zoomIn} title={text.zoomIn} onClick={() => zoomBy(ZOOM_STEP)}>
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 8h10M8 3v10" /></svg>
        </button>
        <span class="zoom-separator" aria-hidden="true" />
        <button type="button" class="zoom-button" aria-label={text.zoomFit} title={text.zoomFit} onClick={() => fitTo()}>
          <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" /></svg>
        </button>
      </div>
    </section>
  );
}
