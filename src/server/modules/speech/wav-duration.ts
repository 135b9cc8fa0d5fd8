/**
 * The length of a RIFF/WAVE recording from its header: the `data` chunk's size over the `fmt ` chunk's byte rate.
 * Undefined when the header is not readable. A streamed WAV whose data size was never filled in (0 or 0xFFFFFFFF)
 * counts the bytes that follow the data header instead.
 */
export function wavDurationMs(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') return undefined;
  let byteRate: number | undefined;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ' && body + 12 <= bytes.length) byteRate = view.getUint32(body + 8, true);
    if (id === 'data') {
      if (!byteRate) return undefined;
      const available = bytes.length - body;
      const dataBytes = size === 0 || size === 0xffffffff ? available : Math.min(size, available);
      return Math.round((dataBytes / byteRate) * 1000);
    }
    at = body + size + (size % 2);
  }
  return undefined;
}
