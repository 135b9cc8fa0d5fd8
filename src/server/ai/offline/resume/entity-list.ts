import type { ResumeEntity, ResumeEntityType } from '#shared/ai/resume.ts';

export type EntityList = {
  add: (type: ResumeEntityType, span: { start: number; end: number }, confidence: number) => void;
  list: () => ResumeEntity[];
};

/** Collects entities against the resume text; the same span of the same type is kept once, at its highest confidence. */
export function createEntityList(text: string): EntityList {
  const byKey = new Map<string, ResumeEntity>();
  return {
    add(type, span, confidence) {
      if (span.end <= span.start || span.start < 0 || span.end > text.length) return;
      const key = `${type}:${span.start}:${span.end}`;
      const existing = byKey.get(key);
      const rounded = Math.round(confidence * 100) / 100;
      if (existing && existing.confidence >= rounded) return;
      byKey.set(key, { type, text: text.slice(span.start, span.end), start: span.start, end: span.end, confidence: rounded });
    },
    list: () => [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type)),
  };
}
