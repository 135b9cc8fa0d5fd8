// @ts-check
/**
 * How large a PDF's or DOCX file's compressed parts become when inflated, counted with node's zlib and a hard
 * `maxOutputLength`, so counting never holds more than the budget (decision 038). The document reader's heap cap does
 * not cover array buffers, and pdf.js and JSZip inflate into typed arrays: a bomb would otherwise fill memory outside
 * the cap until the deadline. Plain JavaScript, imported by the document reader worker.
 */
import zlib from 'node:zlib';

/**
 * Inflates `data` (zlib when `raw` is false, raw deflate when true) and answers its size, or `Infinity` when it would
 * pass `budget` bytes. Broken or truncated data counts what inflated before the break: the reader reports the damage.
 * @param {Uint8Array} data @param {boolean} raw @param {number} budget
 */
function inflatedSize(data, raw, budget) {
  if (budget <= 0) return Infinity;
  const options = { maxOutputLength: budget, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  try {
    return (raw ? zlib.inflateRawSync(data, options) : zlib.inflateSync(data, options)).length;
  } catch (error) {
    if (/** @type {{ code?: string }} */ (error).code === 'ERR_BUFFER_TOO_LARGE') return Infinity;
    return 0;
  }
}

const streamStart = /stream\r?\n|stream\r/g;

/**
 * The inflated size of every stream of a PDF that a scan for `stream … endstream` finds (content streams, object
 * streams, images), summed, or `Infinity` past `budget`. Streams that are not deflated count as they are.
 * @param {Uint8Array} bytes @param {number} budget
 */
export function pdfInflatedSize(bytes, budget) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let total = 0;
  for (const match of text.matchAll(streamStart)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const data = bytes.subarray(start, end);
    total += data[0] === 0x78 ? inflatedSize(data, false, budget - total) : data.length;
    if (total > budget) return Infinity;
  }
  return total;
}

/**
 * The inflated size of every entry of a DOCX package (a ZIP), summed from its central directory, inflating each
 * deflated entry rather than trusting the size it declares; `Infinity` past `budget`. A package the scan cannot find
 * its way through counts as 0: mammoth then says what is wrong with it.
 * @param {Uint8Array} bytes @param {number} budget
 */
export function zipInflatedSize(bytes, budget) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 65_535); offset -= 1) {
    if (view.getUint32(offset, true) === 0x06054b50) {
      end = offset;
      break;
    }
  }
  if (end < 0) return 0;
  const entries = view.getUint16(end + 10, true);
  let entry = view.getUint32(end + 16, true);
  let total = 0;
  for (let index = 0; index < entries; index += 1) {
    if (entry + 46 > bytes.length || view.getUint32(entry, true) !== 0x02014b50) return total;
    const method = view.getUint16(entry + 10, true);
    const compressedSize = view.getUint32(entry + 20, true);
    const local = view.getUint32(entry + 42, true);
    entry += 46 + view.getUint16(entry + 28, true) + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) continue;
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(dataStart, Math.min(bytes.length, dataStart + compressedSize));
    total += method === 8 ? inflatedSize(data, true, budget - total) : data.length;
    if (total > budget) return Infinity;
  }
  return total;
}
