import { strFromU8, unzipSync } from 'fflate';

/**
 * The most a workbook's wanted parts may hold once unzipped. A JavaScript string holds about 512 M
 * characters (V8); past this a 50 MB workbook is a ZIP bomb or a sheet no map could show.
 */
export const MAX_UNZIPPED_BYTES = 400 * 1024 * 1024;

export type ZipEntries = { ok: true; text: (name: string) => string | undefined; names: readonly string[] } | { ok: false; reason: 'corrupt' | 'too-big' };

/**
 * Unzips the entries `wanted` accepts (fflate), each read as UTF-8 text on demand. A broken archive
 * or an entry using an unsupported compression gives `corrupt`; entries unzipping past
 * `MAX_UNZIPPED_BYTES` in all give `too-big` before they are inflated.
 *
 * @example const zip = zipEntries(bytes, (name) => name.startsWith('xl/')); if (zip.ok) zip.text('xl/workbook.xml')
 */
export function zipEntries(bytes: Uint8Array, wanted: (name: string) => boolean): ZipEntries {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        // Checked as each entry comes, before it is inflated: sizes are read from the directory.
        total += file.originalSize;
        return total <= MAX_UNZIPPED_BYTES;
      },
    });
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (total > MAX_UNZIPPED_BYTES) return { ok: false, reason: 'too-big' };
  return {
    ok: true,
    names: Object.keys(files),
    text: (name) => {
      const file = files[name];
      return file === undefined ? undefined : strFromU8(file);
    },
  };
}
