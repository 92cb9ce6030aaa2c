import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface ItemEditorProps {
  /** Where the item is on screen: its board box, and the view's offset and zoom. */
  box: { x: number; y: number; w: number; h: number };
  view: { x: number; y: number; k: number };
  text: string;
  fill: string;
  /** In board units, as the item draws its text. */
  fontSize: number;
  label: string;
  onCommit: (text: string) => void;
  onCancel: () => void;
}

/**
 * The in-place text editor opened by a double-click on a board item, as in Miro: a textarea laid
 * exactly over the item (same size, colour and type, scaled with the board), the caret after the
 * text; clicking away or pressing Escape or Ctrl+Enter keeps the text (Miro keeps what you typed
 * when you leave the note), and an unchanged text is a cancel.
 *
 * @example <ItemEditor box={sticky.box} view={view} text="Voit une pub" fill="#fff9b1" fontSize={18} label="Edit" onCommit={save} onCancel={close} />
 */
export function ItemEditor({ box, view, text, fill, fontSize, label, onCommit, onCancel }: ItemEditorProps): JSX.Element {
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  useEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }, []);

  const finish = () => {
    if (done.current) return;
    done.current = true;
    const value = ref.current?.value ?? text;
    if (value === text) onCancel();
    else onCommit(value);
  };

  return (
    <textarea
      ref={ref}
      class="item-editor"
      aria-label={label}
      defaultValue={text}
      style={{
        left: `${view.x + box.x * view.k}px`,
        top: `${view.y + box.y * view.k}px`,
        width: `${box.w}px`,
        height: `${box.h}px`,
        transform: `scale(${view.k})`,
        background: fill,
        fontSize: `${fontSize}px`,
      }}
      onBlur={finish}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
          event.preventDefault();
          finish();
        }
      }}
    />
  );
}
