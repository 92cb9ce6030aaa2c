import type {
  Card,
  Collection,
  Connector,
  Frame,
  Miro,
  Shape,
  StickyNote,
  Text,
} from '@mirohq/websdk-types';

type Board = Miro['board'];

/** Members every item we read or write exposes. */
type ItemCommon = 'id' | 'type' | 'parentId' | 'sync' | 'getMetadata' | 'setMetadata';
type Geometry = 'x' | 'y' | 'width' | 'height';

/** The members of each SDK item class that we read or write (`Pick` of the official class). */
export type MiroStickyNote = Pick<StickyNote, ItemCommon | Geometry | 'shape' | 'content' | 'style'>;
export type MiroShape = Pick<Shape, ItemCommon | Geometry | 'shape' | 'content' | 'style'>;
export type MiroText = Pick<Text, ItemCommon | Geometry | 'content' | 'style'>;
export type MiroCard = Pick<Card, ItemCommon | Geometry | 'title' | 'style' | 'fields'>;
export type MiroConnector = Pick<Connector, ItemCommon | 'start' | 'end' | 'shape' | 'style'>;
/**
 * A frame. `add` is narrowed to what we pass (an item reference): the SDK's generic
 * `add<T extends ContainableItem>` accepts any board item, ours included.
 */
export type MiroFrame = Pick<Frame, ItemCommon | Geometry | 'title' | 'style' | 'childrenIds'> & {
  add(item: MiroItemRef): Promise<unknown>;
};

/** The smallest reference to an item the SDK accepts (`board.remove`, `frame.add`). */
export interface MiroItemRef {
  readonly id: string;
  readonly type: string;
}

/** Any item Parcours places, as `board.get` returns it. */
export type MiroItem = MiroStickyNote | MiroShape | MiroText | MiroCard | MiroConnector | MiroFrame;
export type MiroItemType = MiroItem['type'];

/** The item types Parcours places; `board.get` is asked for these only. */
export const MIRO_ITEM_TYPES: MiroItemType[] = ['frame', 'sticky_note', 'shape', 'text', 'card', 'connector'];

/** The props of each create method, straight from the SDK's signatures. */
export type CreateFrameProps = NonNullable<Parameters<Board['createFrame']>[0]>;
export type CreateStickyNoteProps = NonNullable<Parameters<Board['createStickyNote']>[0]>;
export type CreateShapeProps = NonNullable<Parameters<Board['createShape']>[0]>;
export type CreateTextProps = NonNullable<Parameters<Board['createText']>[0]>;
export type CreateCardProps = NonNullable<Parameters<Board['createCard']>[0]>;
export type CreateConnectorProps = Parameters<Board['createConnector']>[0];

/**
 * The part of the Miro Web SDK board that Parcours uses, cut from the official typings with `Pick`
 * so that the real `miro.board` is assignable to it and a fake board is checked by the compiler
 * against the same contract. Placement code only ever sees this type, never the global `miro`.
 *
 * @example placeOnMiro(miro.board, layout) // miro.board satisfies MiroBoardApi
 */
export interface MiroBoardApi {
  get(filter: { type: MiroItemType[] }): Promise<MiroItem[]>;
  createFrame(props: CreateFrameProps): Promise<MiroFrame>;
  createStickyNote(props: CreateStickyNoteProps): Promise<MiroStickyNote>;
  createShape(props: CreateShapeProps): Promise<MiroShape>;
  createText(props: CreateTextProps): Promise<MiroText>;
  createCard(props: CreateCardProps): Promise<MiroCard>;
  createConnector(props: CreateConnectorProps): Promise<MiroConnector>;
  remove(item: MiroItemRef): Promise<void>;
  findEmptySpace: Board['findEmptySpace'];
  viewport: Pick<Board['viewport'], 'get' | 'zoomTo'>;
}

/** What the panel entry needs besides placement: app storage for drafts and the board locale. */
export interface MiroPanelBoardApi extends MiroBoardApi {
  storage: { collection(name: string): Pick<Collection, 'get' | 'set'> };
  getInfo: Board['getInfo'];
  getUserInfo: Board['getUserInfo'];
  notifications: Pick<Board['notifications'], 'showInfo' | 'showError'>;
}
