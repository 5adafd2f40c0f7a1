// Files for the supervisor's letters: a Blob saved through a link in the browser. Inside VK's mobile
// clients a download needs the bridge and a public URL; until that lands, «Скопировать таблицей» is
// the fallback that works everywhere.
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
