import type { JSX } from 'preact';
import { MIRO_STICKY_NOTE } from '../../miro-app/src/miro-sticky-size.js';
import { fitFontSize, STICKY_MAX_FONT } from './fit-font-size.js';
import type { SceneItem } from './scene-item.js';

export interface SceneItemViewProps {
  item: SceneItem;
  /** Current zoom: frame titles keep one screen size, as in Miro. */
  zoom: number;
  /** The item being edited is drawn without its text (the editor lies over it). */
  editing: boolean;
}

/**
 * Draws one board item in SVG the way Miro shows it: stickies with their shadow and self-sizing
 * text, shapes, text, cards with their theme bar and badges, frames with their title above,
 * connectors as curves with horizontal tangents. Text is rendered as text nodes (never markup).
 * Every item carries `data-item-id` and `data-kind`, which the browser tests count.
 *
 * @example <SceneItemView item={sticky} zoom={1} editing={false} />
 */
export function SceneItemView({ item, zoom, editing }: SceneItemViewProps): JSX.Element {
  const common = { 'data-item-id': item.id, 'data-kind': item.kind };
  switch (item.kind) {
    case 'frame': {
      const { x, y, w, h } = item.box;
      const titleSize = 13 / zoom;
      return (
        <g {...common} class="item item-frame">
          <rect x={x} y={y} width={w} height={h} fill={item.fill} stroke="#d6d6de" stroke-width={1 / zoom} />
          <text x={x} y={y - 8 / zoom} font-size={titleSize} class="frame-title">
            {item.title}
          </text>
        </g>
      );
    }
    case 'sticky': {
      const paper = stickyPaper(item.box);
      const { x, y, w, h } = paper;
      return (
        <g {...common} class="item item-sticky" data-text={item.text}>
          <rect x={x} y={y} width={w} height={h} fill={item.fill} filter="url(#sticky-shadow)" />
          {/* The board wraps and sizes the data's text itself (fitFontSize), centred both ways as Miro's default `textAlign` and `textAlignVertical`. */}
          {!editing && <BoxText box={paper} text={item.text} size={fitFontSize(item.text, w, h, 12, STICKY_MAX_FONT)} align="center" valign="middle" />}
        </g>
      );
    }
    case 'shape': {
      const { x, y, w, h } = item.box;
      const paint = {
        fill: item.fill,
        'fill-opacity': item.fillOpacity,
        stroke: item.strokeOpacity > 0 ? item.stroke : 'none',
        'stroke-opacity': item.strokeOpacity,
        'stroke-width': item.strokeWidth,
      };
      const outline =
        item.shape === 'circle' ? (
          <ellipse cx={x + w / 2} cy={y + h / 2} rx={w / 2} ry={h / 2} {...paint} />
        ) : (
          // Miro rounds a round rectangle's corners by its short side: a thin one is a capsule.
          <rect x={x} y={y} width={w} height={h} rx={item.shape === 'round_rectangle' ? Math.min(10, Math.min(w, h) / 2) : 0} {...paint} />
        );
      return (
        <g {...common} class="item item-shape" data-text={item.text}>
          {outline}
          {item.text && !editing && <BoxText box={item.box} text={item.text} size={Math.min(item.fontSize, fitFontSize(item.text, w, h, 6, item.fontSize))} align="center" valign="middle" color={item.color} padding={Math.min(12, Math.round(Math.min(w, h) / 6))} />}
        </g>
      );
    }
    case 'text':
      return (
        <g {...common} class="item item-text" data-text={item.text}>
          {!editing && <BoxText box={item.box} text={item.text} size={item.fontSize} align={item.align} valign="top" color={item.color} bold={item.bold} padding={0} />}
        </g>
      );
    case 'card': {
      const { x, y, w, h } = item.box;
      return (
        <g {...common} class="item item-card" data-text={item.text}>
          <rect x={x} y={y} width={w} height={h} rx={6} fill="#ffffff" stroke="#e1e1e8" stroke-width={1} filter="url(#card-shadow)" />
          <rect x={x} y={y} width={6} height={h} rx={3} fill={item.theme} />
          {!editing && (
            <foreignObject x={x + 14} y={y + 8} width={Math.max(1, w - 22)} height={Math.max(1, h - 16)}>
              <div class="card-body">
                <div class="card-title">{item.text}</div>
                {item.badges.length > 0 && (
                  <div class="card-badges">
                    {item.badges.map((badge) => (
                      <span class="card-badge">{badge}</span>
                    ))}
                  </div>
                )}
              </div>
            </foreignObject>
          )}
        </g>
      );
    }
    case 'connector': {
      const { from, to } = item;
      const dx = Math.max(20, Math.abs(to.x - from.x) / 2);
      return (
        <g {...common} class="item item-connector">
          <path d={`M${from.x} ${from.y}C${from.x + dx} ${from.y} ${to.x - dx} ${to.y} ${to.x} ${to.y}`} fill="none" stroke={item.stroke} stroke-width={item.strokeWidth} stroke-linecap="round" stroke-dasharray={item.dashed ? `${item.strokeWidth * 4} ${item.strokeWidth * 3}` : undefined} />
        </g>
      );
    }
  }
}

/**
 * The paper of a Miro sticky note in its box. Miro's note is 199 × 228 with its shadow: the paper is
 * the top 199 × 199 (a square note is square, "sticky note shadow excluded"), the shadow falls below
 * it inside the item's box. https://developers.miro.com/docs/websdk-reference-sticky-note (`shape`, `height`)
 *
 * @example stickyPaper({ x: 0, y: 0, w: 199, h: 228 }) // { x: 0, y: 0, w: 199, h: 199 }
 */
export function stickyPaper(box: { x: number; y: number; w: number; h: number }): { x: number; y: number; w: number; h: number } {
  return { ...box, h: (box.h * MIRO_STICKY_NOTE.square.w) / MIRO_STICKY_NOTE.square.h };
}

interface BoxTextProps {
  box: { x: number; y: number; w: number; h: number };
  text: string;
  size: number;
  align: 'left' | 'center' | 'right';
  valign: 'top' | 'middle';
  color?: string;
  bold?: boolean;
  padding?: number;
}

/** A text that is only emoji (the faces of the emotion lane), which Miro draws in colour. */
const EMOJI_ONLY = /^\p{Extended_Pictographic}+$/u;

/** Wrapped text inside a box (HTML in a foreignObject wraps and centres for us). */
function BoxText({ box, text, size, align, valign, color = '#1a1a1a', bold = false, padding = 12 }: BoxTextProps): JSX.Element {
  const style = {
    fontSize: `${size}px`,
    textAlign: align,
    justifyContent: valign === 'middle' ? 'center' : 'flex-start',
    color,
    fontWeight: bold ? 650 : 400,
    padding: `${padding}px`,
  };
  return (
    <foreignObject x={box.x} y={box.y} width={Math.max(1, box.w)} height={Math.max(1, box.h)}>
      <div class={EMOJI_ONLY.test(text) ? 'box-text is-emoji' : 'box-text'} style={style}>
        {text}
      </div>
    </foreignObject>
  );
}
