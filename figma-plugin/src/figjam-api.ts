/**
 * The part of Figma's `PluginAPI` the FigJam adapter uses, narrowed from `@figma/plugin-typings` with
 * `Pick`, so the compiler checks both sides against the official contract: the real `figma` global
 * must be assignable to `FigJamApi` (see `RealApiFits`), and the test fake must implement it.
 */

type Common = 'id' | 'name' | 'x' | 'y' | 'width' | 'height' | 'removed' | 'remove' | 'getPluginData' | 'setPluginData';

/** A node's parent, compared by id only. */
export type FigJamParent = { readonly id: string } | null;

/** The text inside a sticky, a shape with text or a connector. */
export type FigJamTextSublayer = Pick<TextSublayerNode, 'characters' | 'fontName' | 'fontSize' | 'fills'>;

export type FigJamSticky = Pick<StickyNode, 'type' | Common | 'fills' | 'authorVisible'> & {
  readonly text: FigJamTextSublayer;
  readonly parent: FigJamParent;
};

export type FigJamShape = Pick<ShapeWithTextNode, 'type' | Common | 'fills' | 'strokes' | 'shapeType' | 'resize'> & {
  readonly text: FigJamTextSublayer;
  readonly parent: FigJamParent;
};

export type FigJamText = Pick<
  TextNode,
  'type' | Common | 'fills' | 'characters' | 'fontName' | 'fontSize' | 'textAlignHorizontal' | 'textAutoResize' | 'resize'
> & { readonly parent: FigJamParent };

export type FigJamVector = Pick<VectorNode, 'type' | Common | 'fills' | 'strokes' | 'strokeWeight' | 'dashPattern' | 'vectorPaths'> & {
  readonly parent: FigJamParent;
};

export type FigJamConnector = Pick<
  ConnectorNode,
  'type' | Common | 'strokes' | 'strokeWeight' | 'connectorStart' | 'connectorEnd' | 'connectorLineType' | 'connectorEndStrokeCap'
> & { readonly text: FigJamTextSublayer; readonly parent: FigJamParent };

export type FigJamSection = Pick<SectionNode, 'type' | Common | 'fills' | 'resizeWithoutConstraints'> & {
  readonly parent: FigJamParent;
  readonly children: ReadonlyArray<FigJamNode>;
  appendChild(child: FigJamNode): void;
};

/** Any other node a search may return: we only read its plugin data and position. */
export type FigJamOtherNode = Pick<SceneNode, 'id' | 'name' | 'removed' | 'remove' | 'getPluginData' | 'setPluginData'> & {
  readonly type: Exclude<NodeType, FigJamKnownType>;
  readonly parent: FigJamParent;
};

type FigJamKnownType = 'STICKY' | 'SHAPE_WITH_TEXT' | 'TEXT' | 'VECTOR' | 'CONNECTOR' | 'SECTION';

export type FigJamNode =
  | FigJamSticky
  | FigJamShape
  | FigJamText
  | FigJamVector
  | FigJamConnector
  | FigJamSection
  | FigJamOtherNode;

export interface FigJamPage {
  readonly children: ReadonlyArray<FigJamNode | FigJamBoxNode>;
  selection: ReadonlyArray<FigJamNode>;
  findAllWithCriteria(criteria: FindAllCriteria<NodeType[]>): FigJamNode[];
}

/** A top-level node seen only for its box, to find free space for a new map. */
export type FigJamBoxNode = Pick<SceneNode, 'id'> & { readonly absoluteBoundingBox?: Rect | null };

/** Everything `placeOnFigJam` calls on the host. */
export interface FigJamApi {
  createSticky(): FigJamSticky;
  createShapeWithText(): FigJamShape;
  createText(): FigJamText;
  createVector(): FigJamVector;
  createConnector(): FigJamConnector;
  createSection(): FigJamSection;
  loadFontAsync(fontName: FontName): Promise<void>;
  commitUndo(): void;
  readonly currentPage: FigJamPage;
  readonly viewport: Pick<ViewportAPI, 'center'> & { scrollAndZoomIntoView(nodes: ReadonlyArray<FigJamNode>): void };
}

/** What the plugin's main thread adds on top: the panel channel and per-user storage. */
export interface FigJamHostApi extends FigJamApi {
  readonly ui: Pick<UIAPI, 'postMessage'>;
  readonly clientStorage: Pick<ClientStorageAPI, 'getAsync' | 'setAsync'>;
}

/** `true` when the real `figma` global provides everything above with compatible types. */
export type RealApiFits = PluginAPI extends FigJamHostApi ? true : false;
