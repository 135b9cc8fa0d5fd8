/**
 * What a JSON Resume may hold before anything reads it (decision 038): a real one is a few kilobytes, with short fields
 * and at most a few screens of prose. Past these it is refused with a reason naming the field, so a hostile file (a 5 MB
 * name held a batch for minutes) fails at once and every later step works on bounded text. All checks are one pass.
 */
export const jsonResumeLimits = {
  /** The whole document, as the API's JSON body limit. */
  maxBytes: 1024 * 1024,
  /** JSON Resume nests four levels; the check runs before `JSON.parse`, so a stack-deep file never reaches it. */
  maxDepth: 16,
  /** A name, title, date, address, URL or keyword. */
  maxShortChars: 1_000,
  /** A summary, description or highlight. */
  maxProseChars: 20_000,
  /** Jobs, schools, skills, highlights, keywords: entries of one list. */
  maxListItems: 500,
} as const;

/** Keys whose values (or whose lists' strings) are prose. */
const proseKeys = new Set(['summary', 'description', 'highlights', 'courses', 'reference', 'references']);

export type JsonResumeProblem = { kind: 'too_large' | 'too_complex'; path: string; message: string };

/** How deep the JSON text nests, counted without parsing it (brackets inside strings do not count); stops past `limit`. */
export function jsonDepth(text: string, limit: number = jsonResumeLimits.maxDepth): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 92 /* \ */) index += 1;
      else if (char === 34 /* " */) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 91 /* [ */ || char === 123 /* { */) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (char === 93 /* ] */ || char === 125 /* } */) depth -= 1;
  }
  return deepest;
}

function pathOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/**
 * The first field of a parsed JSON Resume that is past the limits, with a sentence naming it ("basics.name has 5000000
 * characters; a JSON Resume field may have at most 1000."), or `undefined` when the document is within them.
 */
export function findJsonResumeProblem(document: unknown): JsonResumeProblem | undefined {
  const visit = (value: unknown, path: string, key: string, depth: number): JsonResumeProblem | undefined => {
    if (typeof value === 'string') {
      const max = proseKeys.has(key) ? jsonResumeLimits.maxProseChars : jsonResumeLimits.maxShortChars;
      if (value.length <= max) return undefined;
      return { kind: 'too_large', path, message: `${path} has ${value.length} characters; a JSON Resume field of this kind may have at most ${max}.` };
    }
    if (typeof value !== 'object' || value === null) return undefined;
    if (depth > jsonResumeLimits.maxDepth) {
      return { kind: 'too_complex', path, message: `${path} nests deeper than the ${jsonResumeLimits.maxDepth} levels a JSON Resume may have.` };
    }
    if (Array.isArray(value)) {
      if (value.length > jsonResumeLimits.maxListItems) {
        return { kind: 'too_large', path, message: `${path} has ${value.length} entries; a JSON Resume list may have at most ${jsonResumeLimits.maxListItems}.` };
      }
      for (let index = 0; index < value.length; index += 1) {
        const problem = visit(value[index], pathOf(path, index), key, depth + 1);
        if (problem) return problem;
      }
      return undefined;
    }
    const entries = Object.entries(value);
    if (entries.length > jsonResumeLimits.maxListItems) {
      return { kind: 'too_large', path: path || '(document)', message: `${path || 'The document'} has ${entries.length} keys; a JSON Resume object may have at most ${jsonResumeLimits.maxListItems}.` };
    }
    for (const [childKey, child] of entries) {
      const keyProblem = childKey.length > jsonResumeLimits.maxShortChars;
      if (keyProblem) return { kind: 'too_large', path: path || '(document)', message: `${path || 'The document'} has a key of ${childKey.length} characters.` };
      const problem = visit(child, pathOf(path, childKey), childKey, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  };
  return visit(document, '', '', 1);
}
