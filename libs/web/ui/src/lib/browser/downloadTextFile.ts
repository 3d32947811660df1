/** Saves text as a file through a temporary object URL (no server round trip). */
export function downloadTextFile(fileName: string, text: string, mimeType: string): void {
  // A byte-order mark lets spreadsheet apps read the UTF-8 text (accents, dashes) correctly.
  const blob = new Blob(['\uFEFF', text], { type: `${mimeType};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
