// Side-effecting file download, kept apart from the pure serializers that produce the text.

/** Offers `content` as a file download named `filename`. Object URLs are same-origin and revoked after use. */
export function downloadFile(filename: string, content: string | Blob, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A filesystem-safe slug for file names ("SEV1: API down!" → "sev1-api-down"). */
export function slugifyFilename(text: string, fallback = 'outage-kit'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || fallback;
}
