/**
 * A fake FigJam host for tests and benches. It implements `FigJamHostApi`, itself `Pick`ed from
 * `@figma/plugin-typings`, so the compiler checks every member we use against the official API.
 * It behaves like FigJam where our code depends on it: text cannot change without its font loaded,
 * paints are copied, removing a section removes its content, search goes by plugin data. Every
 * document write is recorded (`writes`); selection and viewport calls are recorded apart (`views`).
 *
 * It uses nothing but ECMAScript, so the same fake runs inside QuickJS as the `figma` global of
 * the built plugin (`test/figjam/sandbox/`): Figma's main thread has no `structuredClone`, no DOM
 * (https://developers.figma.com/docs/plugins/how-plugins-run/).
 */
import type {
  FigJamConnector,
  FigJamHostApi,
  FigJamNode,
  FigJamSection,
  FigJamShape,
  FigJamSticky,
  FigJamText,
  FigJamTextSublayer,
  FigJamVector,
} from '../../figma-plugin/src/figjam-api.js';
import { figJamStickySize } from './figjam-geometry.js';

export interface HostCall {
  op: string;
  node?: string;
  detail?: unknown;
}

type FakeNode = FakeSection | FakeSticky | FakeShape | FakeText | FakeVector | FakeConnector;
type Parent = FakeSection | FakePage;

const fontKey = (font: FontName) => `${font.family} ${font.style}`;
/**
 * A copy of plain data, as Figma makes of what crosses to the host (paints, messages, stored values):
 * JSON's, since the sandbox has no `structuredClone`; everything we pass is JSON-shaped.
 */
export const copyData = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
const copyPaints = (paints: ReadonlyArray<Paint> | symbol): ReadonlyArray<Paint> =>
  typeof paints === 'symbol' ? [] : Object.freeze(paints.map((paint) => copyData(paint)));

abstract class FakeBase {
  readonly id: string;
  parent: Parent | null = null;
  removed = false;
  private nameValue: string;
  private xValue = 0;
  private yValue = 0;
  private widthValue: number;
  private heightValue: number;
  private readonly pluginData = new Map<string, string>();

  constructor(
    protected readonly host: FakeFigma,
    defaultName: string,
    size: { w: number; h: number },
  ) {
    this.id = host.nextId();
    this.nameValue = defaultName;
    this.widthValue = size.w;
    this.heightValue = size.h;
  }

  get name(): string {
    return this.nameValue;
  }
  set name(value: string) {
    this.write('set name', value);
    this.nameValue = value;
  }
  get x(): number {
    return this.xValue;
  }
  set x(value: number) {
    this.write('set x', value);
    this.xValue = value;
  }
  get y(): number {
    return this.yValue;
  }
  set y(value: number) {
    this.write('set y', value);
    this.yValue = value;
  }
  get width(): number {
    return this.widthValue;
  }
  get height(): number {
    return this.heightValue;
  }
  get absoluteBoundingBox(): Rect {
    const parent = this.parent instanceof FakeSection ? this.parent.absoluteBoundingBox : { x: 0, y: 0 };
    return { x: parent.x + this.x, y: parent.y + this.y, width: this.width, height: this.height };
  }
  getPluginData(key: string): string {
    return this.pluginData.get(key) ?? '';
  }
  getPluginDataKeys(): string[] {
    return [...this.pluginData.keys()];
  }
  setPluginData(key: string, value: string): void {
    this.write('setPluginData', { key, value });
    if (value === '') this.pluginData.delete(key);
    else this.pluginData.set(key, value);
  }
  remove(): void {
    this.write('remove');
    this.detach();
  }
  /** Removal without recording: what FigJam does to a removed section's content. */
  detach(): void {
    if (this.parent) this.parent.children = this.parent.children.filter((child) => child !== (this as unknown));
    this.parent = null;
    this.removed = true;
    if (this instanceof FakeSection) for (const child of this.children) child.detach();
  }
  /** A recorded resize, under the host method's name (`resize`, `resizeWithoutConstraints`). */
  protected setSize(op: string, width: number, height: number): void {
    this.write(op, { width, height });
    this.widthValue = width;
    this.heightValue = height;
  }
    protected write(op: string, detail?: unknown): void {
    if (this.removed) throw new Error(`The node with id "${this.id}" does not exist`);
    this.host.record('write', op, this.id, detail);
  }
}

class FakeTextSublayer implements FigJamTextSublayer {
  private charactersValue = '';
  private fontNameValue: FontName = { family: 'Inter', style: 'Medium' };
  private fontSizeValue = 16;
  private fillsValue: ReadonlyArray<Paint> = [{ type: 'SOLID', color: { r: 0, g: 0, b: 0 } }];

  constructor(
    private readonly host: FakeFigma,
    private readonly owner: FakeBase,
  ) {}

  get characters(): string {
    return this.charactersValue;
  }
  set characters(value: string) {
    this.host.requireFont(this.fontNameValue);
    this.host.record('write', 'set text.characters', this.owner.id, value);
    this.charactersValue = value;
  }
  get fontName(): FontName {
    return this.fontNameValue;
  }
  set fontName(value: FontName | symbol) {
    if (typeof value === 'symbol') throw new Error('fontName cannot be set to mixed');
    this.host.requireFont(value);
    this.host.record('write', 'set text.fontName', this.owner.id, value);
    this.fontNameValue = { ...value };
  }
  get fontSize(): number {
    return this.fontSizeValue;
  }
  set fontSize(value: number | symbol) {
    if (typeof value === 'symbol') throw new Error('fontSize cannot be set to mixed');
    this.host.requireFont(this.fontNameValue);
    this.host.record('write', 'set text.fontSize', this.owner.id, value);
    this.fontSizeValue = value;
  }
  get fills(): ReadonlyArray<Paint> {
    return this.fillsValue;
  }
  set fills(value: ReadonlyArray<Paint> | symbol) {
    this.host.record('write', 'set text.fills', this.owner.id, value);
    this.fillsValue = copyPaints(value);
  }
}

abstract class FakeFilled extends FakeBase {
  private fillsValue: ReadonlyArray<Paint> = [];
  get fills(): ReadonlyArray<Paint> {
    return this.fillsValue;
  }
  set fills(value: ReadonlyArray<Paint> | symbol) {
    this.write('set fills', value);
    this.fillsValue = copyPaints(value);
  }
}

/** A FigJam section: holds children, resizes without moving them. */
export class FakeSection extends FakeFilled implements FigJamSection {
  readonly type = 'SECTION';
  children: FakeNode[] = [];
  constructor(host: FakeFigma) {
    super(host, 'Section', { w: 100, h: 100 });
  }
  appendChild(child: FigJamNode): void {
    const node = this.host.own(child);
    this.write('appendChild', node.id);
    if (node.parent) node.parent.children = node.parent.children.filter((candidate) => candidate !== node);
    node.parent = this;
    this.children.push(node);
  }
  resizeWithoutConstraints(width: number, height: number): void {
    this.setSize('resizeWithoutConstraints', width, height);
  }
}

/**
 * A sticky: 240 × 240, taller when its text needs it (`figJamStickySize`), a text sublayer in Inter
 * Medium by default, its author's name shown until `authorVisible` is set to false
 * (StickyNode.authorVisible in @figma/plugin-typings; a new sticky shows it in FigJam).
 */
export class FakeSticky extends FakeFilled implements FigJamSticky {
  readonly type = 'STICKY';
  readonly text: FakeTextSublayer;
  private authorVisibleValue = true;
  constructor(host: FakeFigma) {
    super(host, 'Sticky', { w: 240, h: 240 });
    this.text = new FakeTextSublayer(host, this);
    this.fills = [{ type: 'SOLID', color: { r: 1, g: 0.91, b: 0.64 } }];
  }
  get authorVisible(): boolean {
    return this.authorVisibleValue;
  }
  set authorVisible(value: boolean) {
    this.write('set authorVisible', value);
    this.authorVisibleValue = value;
  }
  override get height(): number {
    return figJamStickySize(this.text.characters, this.text.fontSize).height;
  }
}

/** A shape with text (208 × 208 by default). */
export class FakeShape extends FakeFilled implements FigJamShape {
  readonly type = 'SHAPE_WITH_TEXT';
  readonly text: FakeTextSublayer;
  private shapeTypeValue: ShapeWithTextNode['shapeType'] = 'SQUARE';
  strokes: ReadonlyArray<Paint> = [];
  constructor(host: FakeFigma) {
    super(host, 'Shape', { w: 208, h: 208 });
    this.text = new FakeTextSublayer(host, this);
  }
  get shapeType(): ShapeWithTextNode['shapeType'] {
    return this.shapeTypeValue;
  }
  set shapeType(value: ShapeWithTextNode['shapeType']) {
    this.write('set shapeType', value);
    this.shapeTypeValue = value;
  }
  resize(width: number, height: number): void {
    this.setSize('resize', width, height);
  }
}

/** A text node, in Inter Regular by default like FigJam's: our code must set its font first. */
export class FakeText extends FakeFilled implements FigJamText {
  readonly type = 'TEXT';
  private charactersValue = '';
  private fontNameValue: FontName = { family: 'Inter', style: 'Regular' };
  private fontSizeValue = 12;
  private alignValue: TextNode['textAlignHorizontal'] = 'LEFT';
  private autoResizeValue: TextNode['textAutoResize'] = 'WIDTH_AND_HEIGHT';
  constructor(host: FakeFigma) {
    super(host, 'Text', { w: 0, h: 14 });
  }
  get characters(): string {
    return this.charactersValue;
  }
  set characters(value: string) {
    this.host.requireFont(this.fontNameValue);
    this.write('set characters', value);
    this.charactersValue = value;
  }
  get fontName(): FontName {
    return this.fontNameValue;
  }
  set fontName(value: FontName | symbol) {
    if (typeof value === 'symbol') throw new Error('fontName cannot be set to mixed');
    this.host.requireFont(value);
    this.write('set fontName', value);
    this.fontNameValue = { ...value };
  }
  get fontSize(): number {
    return this.fontSizeValue;
  }
  set fontSize(value: number | symbol) {
    if (typeof value === 'symbol') throw new Error('fontSize cannot be set to mixed');
    this.host.requireFont(this.fontNameValue);
    this.write('set fontSize', value);
    this.fontSizeValue = value;
  }
  get textAlignHorizontal(): TextNode['textAlignHorizontal'] {
    return this.alignValue;
  }
  set textAlignHorizontal(value: TextNode['textAlignHorizontal']) {
    this.write('set textAlignHorizontal', value);
    this.alignValue = value;
  }
  get textAutoResize(): TextNode['textAutoResize'] {
    return this.autoResizeValue;
  }
  set textAutoResize(value: TextNode['textAutoResize']) {
    this.write('set textAutoResize', value);
    this.autoResizeValue = value;
  }
  resize(width: number, height: number): void {
    this.setSize('resize', width, height);
  }
}

/** Recorded `strokes` and `strokeWeight` over `Base`, starting from FigJam's defaults for the node type. */
// A mixin's base must take `any[]` (TS2545), so `super(…)` below it is not checked against FakeBase.
function withStrokes<B extends abstract new (...args: any[]) => FakeBase>(Base: B, strokes: ReadonlyArray<Paint>, weight: number) {
  abstract class Stroked extends Base {
    // Each node gets its own copy of the defaults, as when every class spelled them out.
    private strokesValue: ReadonlyArray<Paint> = copyData(strokes);
    private strokeWeightValue = weight;
    get strokes(): ReadonlyArray<Paint> {
      return this.strokesValue;
    }
    set strokes(value: ReadonlyArray<Paint>) {
      this.write('set strokes', value);
      this.strokesValue = copyPaints(value);
    }
    get strokeWeight(): number {
      return this.strokeWeightValue;
    }
    set strokeWeight(value: number | symbol) {
      if (typeof value === 'symbol') throw new Error('strokeWeight cannot be set to mixed');
      this.write('set strokeWeight', value);
      this.strokeWeightValue = value;
    }
  }
  return Stroked;
}

/** A vector: paths and strokes. */
export class FakeVector extends withStrokes(FakeFilled, [], 1) implements FigJamVector {
  readonly type = 'VECTOR';
  private pathsValue: VectorPaths = [];
  constructor(host: FakeFigma) {
    super(host, 'Vector', { w: 0, h: 0 });
  }
  private dashValue: ReadonlyArray<number> = [];
  get vectorPaths(): VectorPaths {
    return this.pathsValue;
  }
  get dashPattern(): ReadonlyArray<number> {
    return this.dashValue;
  }
  /**
   * Dash and gap lengths, alternating; empty for a solid stroke, the default
   * (https://www.figma.com/plugin-docs/api/node-properties/#dashpattern). The docs do not say what
   * a negative length does: the stricter reading rejects it.
   */
  set dashPattern(value: ReadonlyArray<number>) {
    if (value.some((length) => !Number.isFinite(length) || length < 0)) throw new Error(`dashPattern lengths must be finite and not negative: ${JSON.stringify(value)}`);
    this.write('set dashPattern', value);
    this.dashValue = Object.freeze([...value]);
  }
  set vectorPaths(value: VectorPaths) {
    this.write('set vectorPaths', value);
    this.pathsValue = Object.freeze(value.map((path) => ({ ...path })));
  }
}

/** A connector between two nodes. */
export class FakeConnector extends withStrokes(FakeBase, [{ type: 'SOLID', color: { r: 0.46, g: 0.46, b: 0.46 } }], 4) implements FigJamConnector {
  readonly type = 'CONNECTOR';
  readonly text: FakeTextSublayer;
  private startValue: ConnectorEndpoint = { position: { x: 0, y: 0 } };
  private endValue: ConnectorEndpoint = { position: { x: 0, y: 0 } };
  private lineTypeValue: ConnectorNode['connectorLineType'] = 'ELBOWED';
  private endCapValue: ConnectorStrokeCap = 'ARROW_LINES';
  constructor(host: FakeFigma) {
    super(host, 'Connector', { w: 0, h: 0 });
    this.text = new FakeTextSublayer(host, this);
  }
  get connectorStart(): ConnectorEndpoint {
    return this.startValue;
  }
  set connectorStart(value: ConnectorEndpoint) {
    this.write('set connectorStart', value);
    this.startValue = { ...value };
  }
  get connectorEnd(): ConnectorEndpoint {
    return this.endValue;
  }
  set connectorEnd(value: ConnectorEndpoint) {
    this.write('set connectorEnd', value);
    this.endValue = { ...value };
  }
  get connectorLineType(): ConnectorNode['connectorLineType'] {
    return this.lineTypeValue;
  }
  set connectorLineType(value: ConnectorNode['connectorLineType']) {
    this.write('set connectorLineType', value);
    this.lineTypeValue = value;
  }
  get connectorEndStrokeCap(): ConnectorStrokeCap {
    return this.endCapValue;
  }
  set connectorEndStrokeCap(value: ConnectorStrokeCap) {
    this.write('set connectorEndStrokeCap', value);
    this.endCapValue = value;
  }
}

class FakePage {
  readonly id = '0:1';
  readonly type = 'PAGE';
  children: FakeNode[] = [];
  private selectionValue: ReadonlyArray<FigJamNode> = [];
  constructor(private readonly host: FakeFigma) {}
  get selection(): ReadonlyArray<FigJamNode> {
    return this.selectionValue;
  }
  set selection(nodes: ReadonlyArray<FigJamNode>) {
    this.host.record('view', 'set selection', undefined, nodes.map((node) => node.id));
    this.selectionValue = [...nodes];
  }
  findAllWithCriteria(criteria: FindAllCriteria<NodeType[]>): FigJamNode[] {
    const found: FigJamNode[] = [];
    const keys = criteria.pluginData?.keys;
    const visit = (nodes: readonly FakeNode[]) => {
      for (const node of nodes) {
        const typeOk = criteria.types === undefined || criteria.types.includes(node.type);
        const dataKeys = node.getPluginDataKeys();
        const dataOk = criteria.pluginData === undefined || (keys === undefined ? dataKeys.length > 0 : keys.some((key) => dataKeys.includes(key)));
        if (typeOk && dataOk) found.push(node);
        if (node instanceof FakeSection) visit(node.children);
      }
    };
    visit(this.children);
    return found;
  }
}

/** A recorded fault: a font that will not load, or the n-th create of a type that throws. */
export interface FakeFailures {
  fonts?: string[];
  create?: { type: NodeType; nth: number; message?: string };
}

/**
 * The fake `figma` global. `calls` logs writes, view changes, undo commits and font loads in order;
 * `failures` injects a font that will not load or a create that throws.
 *
 * @example const figma = new FakeFigma(); await placeOnFigJam(figma, layout); figma.writes.length
 */
export class FakeFigma implements FigJamHostApi {
  readonly calls: { kind: 'write' | 'view' | 'undo' | 'font'; op: string; node?: string; detail?: unknown }[] = [];
  readonly currentPage: FakePage;
  readonly loadedFonts = new Set<string>();
  readonly posted: unknown[] = [];
  readonly storage = new Map<string, unknown>();
  failures: FakeFailures = {};
  /** Recording every write costs; the bench turns the log off to time the host itself. */
  recording = true;
  private ids = 0;
  private creates = new Map<string, number>();

  readonly viewport = {
    center: { x: 0, y: 0 },
    scrollAndZoomIntoView: (nodes: ReadonlyArray<FigJamNode>) => this.record('view', 'scrollAndZoomIntoView', undefined, nodes.map((node) => node.id)),
  };
  readonly ui = {
    postMessage: (message: unknown) => void this.posted.push(copyData(message)),
    onmessage: undefined as MessageEventHandler | undefined,
  };
  readonly clientStorage = {
    getAsync: async (key: string) => copyData(this.storage.get(key)),
    setAsync: async (key: string, value: unknown) => void this.storage.set(key, copyData(value)),
  };
  /** The panel's HTML and options, once `showUI` was called (the plugin's entry calls it first). */
  shownUI: { html: string; options: ShowUIOptions | undefined } | undefined;

  showUI(html: string, options?: ShowUIOptions): void {
    this.shownUI = { html, options };
  }

  constructor() {
    this.currentPage = new FakePage(this);
  }

  get writes(): HostCall[] {
    return this.calls.filter((call) => call.kind === 'write');
  }

  nextId(): string {
    this.ids++;
    return `1:${this.ids}`;
  }

  record(kind: 'write' | 'view' | 'undo' | 'font', op: string, node?: string, detail?: unknown): void {
    if (this.recording) this.calls.push(node === undefined ? { kind, op, detail } : { kind, op, node, detail });
  }

  requireFont(font: FontName): void {
    if (!this.loadedFonts.has(fontKey(font))) throw new Error(`Cannot write to node with unloaded font "${fontKey(font)}"`);
  }

  /** Our node behind a `FigJamNode` handed back to the fake. */
  own(node: FigJamNode): FakeNode {
    if (node instanceof FakeBase) return node as FakeNode;
    throw new Error('not a node of this fake');
  }

  /** Every node on the page, depth first, as FigJam's search walks it. */
  allNodes(): FakeNode[] {
    const out: FakeNode[] = [];
    const visit = (nodes: readonly FakeNode[]) => {
      for (const node of nodes) {
        out.push(node);
        if (node instanceof FakeSection) visit(node.children);
      }
    };
    visit(this.currentPage.children);
    return out;
  }

  async loadFontAsync(font: FontName): Promise<void> {
    this.record('font', 'loadFontAsync', undefined, fontKey(font));
    if (this.failures.fonts?.includes(fontKey(font))) throw new Error(`font "${fontKey(font)}" is not available`);
    this.loadedFonts.add(fontKey(font));
  }

  commitUndo(): void {
    this.record('undo', 'commitUndo');
  }

  createSection(): FakeSection {
    return this.create('SECTION', () => new FakeSection(this));
  }
  createSticky(): FakeSticky {
    return this.create('STICKY', () => new FakeSticky(this));
  }
  createShapeWithText(): FakeShape {
    return this.create('SHAPE_WITH_TEXT', () => new FakeShape(this));
  }
  createText(): FakeText {
    return this.create('TEXT', () => new FakeText(this));
  }
  createVector(): FakeVector {
    return this.create('VECTOR', () => new FakeVector(this));
  }
  createConnector(): FakeConnector {
    return this.create('CONNECTOR', () => new FakeConnector(this));
  }

  private create<T extends FakeNode>(type: NodeType, make: () => T): T {
    const count = (this.creates.get(type) ?? 0) + 1;
    this.creates.set(type, count);
    const failure = this.failures.create;
    if (failure && failure.type === type && failure.nth === count) throw new Error(failure.message ?? `creating a ${type} failed`);
    const recording = this.recording;
    // The constructor's own defaults are FigJam's, not writes by the plugin.
    this.recording = false;
    const node = make();
    this.recording = recording;
    this.record('write', `create ${type}`, node.id);
    node.parent = this.currentPage;
    this.currentPage.children.push(node);
    return node;
  }
}
