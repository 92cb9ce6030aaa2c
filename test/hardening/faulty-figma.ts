import { FakeFigma } from '../fakes/figma-fake.js';

/**
 * The FigJam fake with host faults: `refuse(n, op)` decides whether the n-th document write (1-based:
 * a create, a property set, plugin data, a remove) throws instead of happening, and `fontsHang`
 * makes `loadFontAsync` never answer. Writes the fake makes on its own (a new node's defaults) are
 * FigJam's, not ours, and are never refused.
 *
 * @example const figma = new FaultyFigma(); figma.refuse = (n) => (n % 5 === 0 ? 'busy' : undefined);
 */
export class FaultyFigma extends FakeFigma {
  /** Returns why the n-th write is refused, or undefined to let it through. */
  refuse: (n: number, op: string) => string | undefined = () => undefined;
  fontsHang = false;
  /** Resolves once a font load has been asked for while `fontsHang`: the placement is then waiting on it. */
  readonly fontHanging: Promise<void>;
  private hanging: () => void = () => undefined;
  /** Document writes asked for so far, refused ones included. */
  asked = 0;

  override record(kind: 'write' | 'view' | 'undo' | 'font', op: string, node?: string, detail?: unknown): void {
    if (kind === 'write' && this.recording) {
      this.asked++;
      const why = this.refuse(this.asked, op);
      if (why !== undefined) throw new Error(why);
    }
    super.record(kind, op, node, detail);
  }

  constructor() {
    super();
    this.fontHanging = new Promise<void>((resolve) => {
      this.hanging = resolve;
    });
  }

  override loadFontAsync(font: FontName): Promise<void> {
    if (!this.fontsHang) return super.loadFontAsync(font);
    this.hanging();
    return new Promise<void>(() => undefined);
  }
}
