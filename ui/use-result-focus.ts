import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { PlaceFlow } from './state/place-flow.js';

/** Where the focus goes when the placing flow reaches a step: the heading of what the user must read next. */
const TARGETS: Partial<Record<PlaceFlow['step'], string>> = {
  planned: '#pc-plan-title',
  placing: '.pc-footer h3',
  done: '#pc-done-title',
};

/**
 * Moves the keyboard focus to the result when the placing flow changes step: the plan's heading
 * once it is shown, the progress while placing, the summary's heading once placed, and back to
 * "Place on board" when Back or Done returns to it; the button pressed has gone each time, and the
 * focus would otherwise fall to the page. A heading gets `tabindex="-1"` so it can hold the focus
 * without becoming a tab stop. The first render moves nothing.
 *
 * @example useResultFocus(panelRef, flow.step)
 */
export function useResultFocus(root: RefObject<HTMLElement | null>, step: PlaceFlow['step']): void {
  const previous = useRef(step);
  // A layout effect: the focus moves in the same task as the render that removed the pressed button,
  // so a key pressed right after Back, Place or Done never lands on the page.
  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = step;
    if (before === step || !root.current) return;
    const selector = TARGETS[step];
    // Back to "Place on board" from the plan or the summary; not when a new file resets the flow.
    const back = step === 'idle' && (before === 'planned' || before === 'done');
    const target = selector !== undefined ? root.current.querySelector<HTMLElement>(selector) : back ? root.current.querySelector<HTMLElement>('.pc-footer button') : null;
    if (!target) return;
    if (selector !== undefined && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }, [step]);
}

/**
 * The panel's skip link: focuses the footer's first button (Place on board, or the plan's and
 * summary's first action), so the keyboard skips the form, report, preview and options.
 *
 * @example <button class="pc-skip" onClick={skipToFooter}>…</button>
 */
export function skipToFooter(event: MouseEvent): void {
  event.preventDefault();
  const panel = (event.currentTarget as HTMLElement).closest('.pc-panel');
  const target = panel?.querySelector<HTMLElement>('.pc-footer button:not([disabled])') ?? panel?.querySelector<HTMLElement>('.pc-footer');
  if (target && !target.matches('button') && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target?.focus();
}
