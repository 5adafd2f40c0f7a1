// Files for the supervisor's letters. In a browser (VK web, the demo) a link saves the Blob; VK's
// native clients need the bridge's download, tried first there, with the link as the fallback and
// «Скопировать таблицей» working everywhere.
import type { ExportTable } from '../core/pages/export';
import { toCsv } from '../core/pages/export';
import type { BridgeLike } from '../vk/bridge-like';
import { downloadViaBridge, needsBridgeDownload } from '../vk/community-actions';

export interface DownloadTarget {
  bridge: BridgeLike;
  platform: string;
}

export async function downloadBlob(target: DownloadTarget, fileName: string, blob: Blob): Promise<void> {
  if (
    needsBridgeDownload(target.platform) &&
    (await downloadViaBridge(target.bridge, await dataUrl(blob), fileName))
  )
    return;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(target: DownloadTarget, fileName: string, table: ExportTable): Promise<void> {
  return downloadBlob(target, fileName, new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }));
}

/** XLSX via write-excel-file, loaded only when someone exports. Text cells stay text: never formulas. */
export async function downloadXlsx(
  target: DownloadTarget,
  fileName: string,
  table: ExportTable,
): Promise<void> {
  const { default: writeExcelFile } = await import('write-excel-file/universal');
  const sheet = [...table.summaryLines, [], table.header, ...table.rows].map((row) =>
    row.map((cell) => (cell === null || cell === undefined ? null : cell)),
  );
  const columns = table.header.map((_, index) => ({ width: index === 0 ? 48 : index === 1 ? 32 : 14 }));
  await downloadBlob(target, fileName, await writeExcelFile(sheet, { columns }).toBlob());
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(blob);
  });
}
