import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/browser';

/** A spreadsheet as text: its header row and its data rows, every cell a trimmed string. */
export interface SheetText {
  headers: string[];
  rows: string[][];
}

/** Excel dates arrive as dates (at UTC midnight); everything else as the text the cell shows. */
function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** Reads the first sheet of an .xlsx, or a .csv (UTF-8, with or without BOM). Empty rows are dropped. */
export async function readSpreadsheet(file: File): Promise<SheetText> {
  const table: unknown[][] = /\.xlsx$/i.test(file.name)
    ? await readSheet(file)
    : await new Promise((resolve, reject) =>
        Papa.parse<string[]>(file, { skipEmptyLines: 'greedy', complete: (r) => resolve(r.data), error: reject, encoding: 'utf-8' }),
      );
  const [header = [], ...rest] = table.map((row) => row.map(cellText));
  return { headers: header.map((h) => h.replace(/^\uFEFF/, '')), rows: rest.filter((r) => r.some((c) => c !== '')) };
}
