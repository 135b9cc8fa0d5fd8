/**
 * The name of a received file, safe to show and to offer back as a download name: control characters stripped, trimmed,
 * at most 255 characters, never empty. Files are stored by content hash, so no name ever becomes a path.
 * A browser upload keeps only the last part of a path (some browsers send "C:\fakepath\cv.pdf"); an entry of a ZIP
 * keeps its folders (`keepFolders`), which tell the recruiter where in the archive it was.
 */
export function cleanFileName(raw: string, options: { fallback: string; keepFolders?: boolean }): string {
  const name = options.keepFolders ? raw : (raw.split(/[\\/]/).pop() ?? '');
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (clean || options.fallback).slice(0, 255);
}
