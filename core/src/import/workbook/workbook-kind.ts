/** What a file's first bytes say about it being a workbook. */
export type WorkbookKind = 'xlsx' | 'ods' | 'xls' | 'encrypted';

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
/** The central directory (every entry's name) ends a ZIP file; this much of the end is searched. */
const ZIP_TAIL_BYTES = 256 * 1024;

/**
 * Recognises a workbook by its bytes, whatever its name: an Office Open XML workbook (a ZIP archive
 * holding `[Content_Types].xml` and `xl/`), an OpenDocument spreadsheet (a ZIP whose first entry,
 * `mimetype`, says so, as ODF 1.2 part 3 §3.3 requires, or one listing `mimetype`, `content.xml` and
 * its manifest), an old binary `.xls`, or a
 * password-protected workbook (Excel encrypts to an OLE compound file holding an `EncryptedPackage`
 * stream, MS-OFFCRYPTO §2.3.4.4, also the shape of a protected `.xlsx`). `undefined` otherwise.
 *
 * @example workbookKind(new Uint8Array(await file.arrayBuffer())) // 'xlsx'
 */
export function workbookKind(bytes: Uint8Array): WorkbookKind | undefined {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    // A local file header is 30 bytes, then the entry's name, then (stored) its data.
    const nameLength = (bytes[26] ?? 0) | ((bytes[27] ?? 0) << 8);
    const first = ascii(bytes, 30, 30 + nameLength);
    if (first === 'mimetype' && ascii(bytes, 30 + nameLength, 30 + nameLength + ODS_MIMETYPE.length) === ODS_MIMETYPE) return 'ods';
    const tail = ascii(bytes, Math.max(0, bytes.length - ZIP_TAIL_BYTES), bytes.length);
    // A Word or PowerPoint file is Office Open XML too; a damaged workbook may have lost its directory.
    if (tail.includes('word/document') || tail.includes('ppt/presentation')) return undefined;
    if (tail.includes('xl/workbook') || /^(\[Content_Types\]\.xml|_rels\/|docProps\/|xl\/)/.test(first)) return 'xlsx';
    // Some writers put `mimetype` later in the archive; its directory still lists it beside content.xml.
    return tail.includes('mimetype') && tail.includes('content.xml') && tail.includes('META-INF/manifest.xml') ? 'ods' : undefined;
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return containsUtf16(bytes, 'EncryptedPackage') ? 'encrypted' : 'xls';
  return undefined;
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let index = start; index < Math.min(end, bytes.length); index++) text += String.fromCharCode(bytes[index] ?? 0);
  return text;
}

/** Whether `word` appears in UTF-16LE, as an OLE directory names its streams (only old or protected workbooks pay this scan). */
function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const end = bytes.length - word.length * 2;
  outer: for (let start = 0; start <= end; start++) {
    for (let index = 0; index < word.length; index++) {
      if (bytes[start + index * 2] !== word.charCodeAt(index) || bytes[start + index * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}
