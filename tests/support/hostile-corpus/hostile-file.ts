/** One input of the hostile corpus: what a route receives, and what kind of trouble it is. */
export type HostileFile = {
  /** Says what is wrong with it, for test names and the bench. */
  label: string;
  fileName: string;
  mimeType: string;
  bytes: Buffer;
};

export function hostile(label: string, fileName: string, mimeType: string, bytes: Buffer | string): HostileFile {
  return { label, fileName, mimeType, bytes: typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes };
}
