// A plain CSV (from any tool or spreadsheet): RFC 4180 rows with their first line number, and
// items from the date, time, from and text columns the person chose.
import { ImportError, fullYear, guessDateOrder, parseClock, realDate, type ParseResult, type ParsedItem, type WallTime } from './model';

export interface CsvRow { line: number; cells: string[] }

/** Splits CSV text into rows (quoted cells may hold commas, quotes and line breaks). */
export function csvRows(text: string): CsvRow[] {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = guessDelimiter(body);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((x) => x !== '')) rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (quoted) throw new ImportError('truncated');
  cells.push(cell);
  if (cells.some((x) => x !== '')) rows.push({ line: rowLine, cells });
  return rows;
}

/** Comma, semicolon (spreadsheets in comma-decimal languages) or tab: the one the header uses most. */
function guessDelimiter(text: string): string {
  const head = text.slice(0, text.search(/\r|\n/) >>> 0 || text.length);
  const counts = [',', ';', '\t'].map((d) => [d, head.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

export interface CsvColumns { date: number; time: number | null; from: number; text: number }

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](.+))?$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})(?:,?\s+(.+))?$/;

/** The first row is the header; each later row is one message. */
export function parseCsv(text: string, columns: CsvColumns, options: { daysFirst?: boolean } = {}): ParseResult {
  const [, ...rows] = csvRows(text);
  if (!rows.length) throw new ImportError('empty');
  const pairs: Array<[number, number]> = [];
  for (const r of rows) {
    const m = DMY.exec((r.cells[columns.date] ?? '').trim());
    if (m) pairs.push([Number(m[1]), Number(m[2])]);
  }
  const order = guessDateOrder(pairs) ?? { daysFirst: true, certain: false };
  const daysFirst = options.daysFirst ?? order.daysFirst;
  const items: ParsedItem[] = rows.map((r): ParsedItem => {
    const dateText = (r.cells[columns.date] ?? '').trim();
    let y: number, mo: number, d: number, clock: string | undefined;
    const iso = ISO.exec(dateText);
    const dmy = DMY.exec(dateText);
    if (iso) [y, mo, d, clock] = [Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4]];
    else if (dmy) {
      const [a, b] = [Number(dmy[1]), Number(dmy[2])];
      [d, mo] = daysFirst ? [a, b] : [b, a];
      y = fullYear(Number(dmy[3]));
      clock = dmy[4];
    } else throw new ImportError('date-format', `line ${r.line}`);
    const time = parseClock(columns.time !== null ? (r.cells[columns.time] ?? '') : clock ?? '00:00');
    if (!time || !realDate(y, mo, d)) throw new ImportError('date-format', `line ${r.line}`);
    const wall: WallTime = [y, mo, d, ...time];
    return { source: 'csv', wall, from: (r.cells[columns.from] ?? '').trim(), mine: false, text: r.cells[columns.text] ?? '', media: [], pos: { unit: 'line', n: r.line } };
  });
  return { format: 'csv', items, dateOrder: order };
}
