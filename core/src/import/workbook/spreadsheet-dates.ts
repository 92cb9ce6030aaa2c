/** Excel's built-in number formats that show a date or a time (ECMA-376 part 1, §18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const MS_PER_DAY = 86_400_000;

/**
 * Whether a number format shows its number as a date or time: a built-in date format, or a format
 * code with a day, month, year, hour or second token once quoted text, escaped characters and
 * bracketed sections (colours, locales; not the elapsed `[h]`) are left out.
 *
 * @example isDateFormat(164, 'dd/mm/yyyy') // true
 * @example isDateFormat(164, '0.0" days"') // false
 */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (BUILT_IN_DATE_FORMATS.has(id)) return true;
  if (code === undefined) return false;
  const bare = code
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  return /[dmyhs]/i.test(bare);
}

/** Whether a number format shows a percentage (built-in 9 and 10, or a `%` outside quotes). */
export function isPercentFormat(id: number, code: string | undefined): boolean {
  return id === 9 || id === 10 || (code !== undefined && /%/.test(code.replace(/"[^"]*"/g, '').replace(/\\./g, '')));
}

/**
 * A spreadsheet date serial as ISO text: `2024-03-01` for a whole day, `2024-03-01T10:30` with a
 * time (seconds when not zero), `10:30` for a time alone (serial below 1). The 1900 system counts
 * days from 1899-12-30 for serials from 61 on (Lotus' phantom 1900-02-29 is serial 60); the 1904
 * system from 1904-01-01 (ECMA-376 part 1, §18.17.4).
 *
 * @example isoDate(45352, false) // '2024-03-01'
 * @example isoDate(0.4375, false) // '10:30'
 */
export function isoDate(serial: number, date1904: boolean): string {
  const rounded = Math.round(serial * MS_PER_DAY / 1000) * 1000;
  const wholeDays = Math.floor(rounded / MS_PER_DAY);
  const time = rounded - wholeDays * MS_PER_DAY;
  const clock = time === 0 ? '' : clockText(time);
  if (!date1904 && wholeDays === 0) return clock === '' ? '00:00' : clock;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : wholeDays < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const day = new Date(epoch + wholeDays * MS_PER_DAY).toISOString().slice(0, 10);
  return clock === '' ? day : `${day}T${clock}`;
}

function clockText(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const hh = String(Math.floor(seconds / 3600)).padStart(2, '0');
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
  const ss = seconds % 60;
  return ss === 0 ? `${hh}:${mm}` : `${hh}:${mm}:${String(ss).padStart(2, '0')}`;
}
