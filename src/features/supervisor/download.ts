// Files for the supervisor's letters, saved through a link in the browser. Inside VK's mobile
// clients a download needs the bridge and a public URL (not available without a server of ours);
// there «Скопировать таблицей» is the fallback that works everywhere.
import type { ExportTable } from '../../core/pages/export';
import { toCsv } from '../../core/pages/export';

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(fileName: string, table: ExportTable): void {
  downloadBlob(fileName, new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }));
}

/** XLSX via write-excel-file, loaded only when someone exports. Text cells stay text: never formulas. */
export async function downloadXlsx(fileName: string, table: ExportTable): Promise<void> {
  const { default: writeExcelFile } = await import('write-excel-file/universal');
  const sheet = [...table.summaryLines, [], table.header, ...table.rows].map((row) =>
    row.map((cell) => (cell === null || cell === undefined ? null : cell)),
  );
  const columns = table.header.map((_, index) => ({ width: index === 0 ? 48 : index === 1 ? 32 : 14 }));
  downloadBlob(fileName, await writeExcelFile(sheet, { columns }).toBlob());
}
