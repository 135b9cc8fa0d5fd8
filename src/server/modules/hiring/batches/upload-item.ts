import { cleanFileName } from '#server/platform/file-name.ts';

/**
 * One file received in an upload (directly or from inside a ZIP), or the reason it was refused before processing. A
 * reason never names the file: the batch shows the name beside it, or hides it under blind screening.
 */
export type UploadItem =
  | { name: string; mimeType?: string; bytes: Buffer }
  | { name: string; mimeType?: string; rejected: { code: UploadRejection; message: string } };

export type UploadRejection = 'too_large' | 'nested_archive' | 'unsafe_path' | 'unreadable_archive' | 'encrypted';

export type UploadLimits = { maxFiles: number; maxFileBytes: number; maxTotalBytes: number };

const archiveExtensions = /\.(zip|rar|7z|tar|gz|tgz|bz2|xz|jar|war|cab|iso)$/i;

export function isArchiveName(name: string): boolean {
  return archiveExtensions.test(name);
}

/** A ZIP container that is not a DOCX (DOCX files are ZIPs too, so the name decides). */
export function looksLikeZip(bytes: Uint8Array, name: string): boolean {
  const zipMagic = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  return zipMagic && !/\.docx$/i.test(name);
}

/** The name a received file is shown by: folders of a ZIP entry kept ("cvs/ada.pdf"), never used as a path. */
export function displayName(raw: string): string {
  return cleanFileName(raw, { fallback: 'unnamed', keepFolders: true });
}
