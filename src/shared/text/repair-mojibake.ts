/**
 * Text that went through a wrong encoding on its way into a CV or a job ad: UTF-8 bytes read as Windows-1252 or Latin-1
 * ("â€“" for "–", "Ã©" for "é", "ï¼" for a full-width hyphen whose last byte was lost). Resume sites and copy-paste
 * produce it; nobody writes it on purpose, so every such sequence that decodes as UTF-8 is put back.
 */

/** Windows-1252 bytes 0x80–0x9F that are not the Latin-1 control characters of the same code. */
const cp1252High: Record<string, number> = {
  '\u20AC': 0x80, '\u201A': 0x82, '\u0192': 0x83, '\u201E': 0x84, '\u2026': 0x85, '\u2020': 0x86, '\u2021': 0x87, '\u02C6': 0x88,
  '\u2030': 0x89, '\u0160': 0x8a, '\u2039': 0x8b, '\u0152': 0x8c, '\u017D': 0x8e, '\u2018': 0x91, '\u2019': 0x92, '\u201C': 0x93,
  '\u201D': 0x94, '\u2022': 0x95, '\u2013': 0x96, '\u2014': 0x97, '\u02DC': 0x98, '\u2122': 0x99, '\u0161': 0x9a, '\u203A': 0x9b,
  '\u0153': 0x9c, '\u017E': 0x9e, '\u0178': 0x9f,
};

const continuation = `[\\u0080-\\u00BF${Object.keys(cp1252High).join('')}]`;
/** A UTF-8 lead byte read as one character, then the continuation bytes it needs. */
const sequence = new RegExp(`[\\u00C2-\\u00DF]${continuation}|[\\u00E0-\\u00EF]${continuation}{2}|[\\u00F0-\\u00F4]${continuation}{3}|ï¼`, 'g');
const decoder = new TextDecoder('utf-8', { fatal: true });

function byteOf(char: string): number {
  return cp1252High[char] ?? char.charCodeAt(0);
}

/** Full-width forms (U+FF01–FF5E) become their ASCII letters and signs. */
function narrow(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/** The replacement centred in spaces to the length of what it replaces, so offsets into the text stay true. */
function padded(found: string, replacement: string): string {
  const room = found.length - replacement.length;
  if (room <= 0) return replacement;
  const left = Math.floor(room / 2);
  return ' '.repeat(left) + replacement + ' '.repeat(room - left);
}

function decoded(found: string): string {
  // A full-width sign with its last byte gone: in a CV it is the hyphen between employer and place.
  if (found === 'ï¼') return '–';
  try {
    const text = narrow(decoder.decode(Uint8Array.from([...found].map(byteOf))));
    return text === '-' ? '–' : text;
  } catch {
    return found;
  }
}

/**
 * Puts mis-encoded sequences back. With `keepLength` (the resume parser, whose offsets must point into the text as it
 * was uploaded) each repair is padded with spaces to the length of the sequence it replaces.
 */
export function repairMojibake(text: string, options: { keepLength?: boolean } = {}): string {
  if (!/[\u00C2-\u00F4]/.test(text)) return text;
  return text.replace(sequence, (found) => (options.keepLength ? padded(found, decoded(found)) : decoded(found)));
}
