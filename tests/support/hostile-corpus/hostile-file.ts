/**
 * One input of the hostile corpus: what a route receives, and what kind of trouble it is. The bytes are built when
 * read and not kept (a getter), so a list of the whole corpus holds only labels: a run has one input in memory at a
 * time, never the bombs all at once (decision 038).
 */
export type HostileFile = {
  /** Says what is wrong with it, for test names and the bench. */
  readonly label: string;
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Buffer;
};

type Bytes = Buffer | string;

export function hostile(label: string, fileName: string, mimeType: string, bytes: Bytes | (() => Bytes)): HostileFile {
  const build = typeof bytes === 'function' ? bytes : () => bytes;
  return {
    label,
    fileName,
    mimeType,
    get bytes() {
      const built = build();
      return typeof built === 'string' ? Buffer.from(built, 'latin1') : built;
    },
  };
}

/** The same input under another file name, still built only when read. */
export function renamed(file: HostileFile, fileName: string): HostileFile {
  return hostile(file.label, fileName, file.mimeType, () => file.bytes);
}
