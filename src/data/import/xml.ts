// A small forward-only XML scanner for the parts of an .xlsx: tags with their attributes, text, and
// nothing else (no DTD, no custom entities: a document cannot make it expand anything). Namespace
// prefixes are dropped (`x:row` is `row`), as some writers prefix the spreadsheet elements.

export interface XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

/** A document that is not well-formed enough to read. */
export class XmlFormatError extends Error {
  override name = 'XmlFormatError';
}

const NAME = /[^\s/>=]+/y;
const ATTRIBUTE = /\s*([^\s/>=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const TAG_END = /\s*(\/?)>/y;

export function scanXml(xml: string, handler: XmlHandler): void {
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    if (lt === -1) {
      handler.text(decodeEntities(xml.slice(at)));
      return;
    }
    if (lt > at) handler.text(decodeEntities(xml.slice(at, lt)));
    if (xml.startsWith('<!--', lt)) {
      at = skipTo(xml, '-->', lt);
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end === -1) throw new XmlFormatError('an unclosed CDATA section');
      handler.text(xml.slice(lt + 9, end));
      at = end + 3;
    } else if (xml.startsWith('<?', lt)) {
      at = skipTo(xml, '?>', lt);
    } else if (xml.startsWith('<!', lt)) {
      at = skipTo(xml, '>', lt);
    } else if (xml.startsWith('</', lt)) {
      const end = xml.indexOf('>', lt);
      if (end === -1) throw new XmlFormatError('an unclosed end tag');
      handler.close(localName(xml.slice(lt + 2, end).trim()));
      at = end + 1;
    } else {
      at = openTag(xml, lt + 1, handler);
    }
  }
}

function openTag(xml: string, from: number, handler: XmlHandler): number {
  NAME.lastIndex = from;
  const name = NAME.exec(xml);
  if (!name) throw new XmlFormatError(`a tag without a name at ${from}`);
  let at = NAME.lastIndex;
  const attributes: Record<string, string> = {};
  for (;;) {
    TAG_END.lastIndex = at;
    const end = TAG_END.exec(xml);
    if (end) {
      handler.open(localName(name[0]), attributes, end[1] === '/');
      if (end[1] === '/') handler.close(localName(name[0]));
      return TAG_END.lastIndex;
    }
    ATTRIBUTE.lastIndex = at;
    const attribute = ATTRIBUTE.exec(xml);
    if (!attribute) throw new XmlFormatError(`a malformed tag <${name[0]}>`);
    attributes[attribute[1] as string] = decodeEntities(attribute[2] ?? attribute[3] ?? '');
    at = ATTRIBUTE.lastIndex;
  }
}

function skipTo(xml: string, marker: string, from: number): number {
  const end = xml.indexOf(marker, from);
  if (end === -1) throw new XmlFormatError(`an unclosed ${marker}`);
  return end + marker.length;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The five predefined entities and character references; anything else is kept as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] !== '#') return ENTITIES[body] ?? whole;
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
