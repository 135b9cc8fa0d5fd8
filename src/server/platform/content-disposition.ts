/**
 * `attachment` with the file's name in both forms browsers read: an ASCII fallback (quotes, backslashes, separators and
 * control characters replaced) and the exact name, percent-encoded (RFC 6266 / RFC 8187). No name can break the header.
 */
export function attachmentDisposition(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters never reach a header
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim() || 'download';
  const ascii = clean.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;%]/g, '_');
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
