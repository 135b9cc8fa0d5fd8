import { writeJson, type ReplyContext } from './fake-server.ts';

const dimensions = 2048;
const stopWords = new Set(
  'a an and are as at be by for from has have in is it its of on or our that the their this to was we were will with you your'.split(' '),
);

/** A crude stem, so "nurse", "nurses" and "nursing" land on the same word. */
function stem(word: string): string {
  return word.length > 4 ? word.replace(/(ing|ed|es|s|e)$/, '') : word;
}

function bucketOf(word: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index += 1) hash = Math.imul(hash ^ word.charCodeAt(index), 0x01000193) >>> 0;
  return hash % dimensions;
}

/**
 * A deterministic stand-in for an embedding model: a hashed bag of words. Texts sharing words are close; texts sharing
 * none are orthogonal (cosine 0) unless two of their words happen to hash alike, so ranking by similarity behaves like
 * a real model on these tests' texts.
 */
export function fakeEmbedding(text: string): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const word of text.toLowerCase().match(/[a-z0-9+#]+/g) ?? []) {
    if (word.length < 2 || stopWords.has(word)) continue;
    vector[bucketOf(stem(word))]! += 1;
  }
  return vector;
}

/** POST /v1/embeddings as OpenAI answers it: `input` is one string or a list of them. */
export function answerEmbeddings({ request, res }: ReplyContext): void {
  const body = (request.body ?? {}) as { model?: string; input?: string | string[] };
  const inputs = typeof body.input === 'string' ? [body.input] : body.input;
  if (!Array.isArray(inputs) || inputs.length === 0 || !body.model) {
    writeJson(res, 400, { error: { message: "'input' and 'model' are required", type: 'invalid_request_error', param: null, code: null } });
    return;
  }
  const tokens = inputs.reduce((sum, input) => sum + input.split(/\s+/).length, 0);
  writeJson(res, 200, {
    object: 'list',
    data: inputs.map((input, index) => ({ object: 'embedding', index, embedding: fakeEmbedding(input) })),
    model: body.model,
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
}
