import type { MatchEvidence } from '#shared/ai/match.ts';
import type { SkillMention } from '#shared/ai/skills.ts';

/** Start offset of every line, for turning an offset into a 1-based line number. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineIndexOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A line that reads as a sentence ("Built the API in Go") shows a skill better than a comma list of skills. */
function isProseLine(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean).length;
  const commas = (line.match(/[,|;•]/g) ?? []).length;
  return words >= 6 && commas * 3 < words;
}

/**
 * For each skill name, every place the text names it (by its name or an alias), the best first: the first in a prose
 * line, then the others in text order.
 */
export function findEvidence(text: string, mentions: readonly SkillMention[], names: readonly string[]): Map<string, MatchEvidence[]> {
  const starts = lineStarts(text);
  const wanted = new Set(names);
  const found = new Map<string, (MatchEvidence & { prose: boolean })[]>();
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    if (!wanted.has(mention.name)) continue;
    const index = lineIndexOf(starts, mention.start);
    const lineStart = starts[index] ?? 0;
    const next = starts[index + 1];
    const lineText = text.slice(lineStart, next === undefined ? text.length : next - 1).replace(/\r$/, '');
    const item = { skill: mention.name, line: index + 1, lineText: lineText.trim(), start: mention.start, end: mention.end, text: mention.text, prose: isProseLine(lineText) };
    found.set(mention.name, [...(found.get(mention.name) ?? []), item]);
  }
  return new Map(
    [...found].map(([name, items]) => {
      const best = items.find((item) => item.prose);
      const ordered = best ? [best, ...items.filter((item) => item !== best)] : items;
      return [name, ordered.map(({ prose: _prose, ...evidence }) => evidence)];
    }),
  );
}
