import { SaxesParser, type SaxesTagPlain } from 'saxes';

export interface XmlHandlers {
  open?: (name: string, attributes: Readonly<Record<string, string>>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/**
 * Streams an XML document's elements and text to `handlers` with saxes (a maintained, conforming
 * parser: entities, character references and CDATA decoded). Names keep their prefix
 * (`table:table-cell`), as the OOXML and ODF schemas write them. Throws on malformed XML; a handler
 * may throw to stop early.
 *
 * @example xmlEvents('<a x="1">hi</a>', { open: (name, attributes) => …, text: (text) => … })
 */
export function xmlEvents(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false, xmlns: false });
  const { open, close, text } = handlers;
  if (open) parser.on('opentag', (tag: SaxesTagPlain) => open(tag.name, tag.attributes));
  if (close) parser.on('closetag', (tag: SaxesTagPlain) => close(tag.name));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  parser.write(xml).close();
}
