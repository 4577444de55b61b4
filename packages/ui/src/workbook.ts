/** One sheet of a workbook: its title, column headers and widths, and the rows as shown. */
export interface Sheet {
  title: string;
  columns: Array<{ title: string; width?: number }>;
  rows: Array<Array<string | number | null>>;
}

/**
 * An Excel workbook (one sheet each, a bold heading line, then the header row), built with
 * exceljs, loaded only when someone exports.
 */
export async function workbook(heading: string, sheets: Sheet[]): Promise<Blob> {
  const { Workbook } = (await import('exceljs')).default;
  const book = new Workbook();
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.title.slice(0, 31)); // Excel's limit on a sheet's name
    sheet.columns = s.columns.map((c) => ({ width: c.width ?? 16 }));
    sheet.mergeCells(1, 1, 1, Math.max(s.columns.length, 1));
    sheet.getCell(1, 1).value = sheets.length > 1 ? `${heading} · ${s.title}` : heading;
    sheet.getCell(1, 1).font = { bold: true, size: 14 };
    sheet.addRow(s.columns.map((c) => c.title)).font = { bold: true };
    for (const r of s.rows) sheet.addRow(r).alignment = { wrapText: true, vertical: 'top' };
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** Saves a file the browser built, under `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
