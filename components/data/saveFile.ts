/**
 * Hands a file to the browser's downloads, as a link with `download` would: no permission,
 * and the person's browser decides where it goes (or asks).
 */
export function saveFile(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download reads the blob after this task ends.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
