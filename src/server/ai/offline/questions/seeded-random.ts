/** FNV-1a 32-bit: a stable, dependency-free hash for question ids and seeds. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function questionIdFor(text: string): string {
  return `q_${hashText(text.trim().toLowerCase()).toString(16).padStart(8, '0')}`;
}

/** mulberry32: the same seed always gives the same sequence, so generation is deterministic given the inputs. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const a = copy[index] as T;
    copy[index] = copy[other] as T;
    copy[other] = a;
  }
  return copy;
}
