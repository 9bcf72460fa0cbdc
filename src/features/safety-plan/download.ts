// Hands a generated file to the browser's downloads, from memory (a blob: URL), under the given name.
export function downloadFile(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; keeping the URL a little longer costs nothing.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
