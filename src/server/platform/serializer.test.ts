import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { candidatePageSchema, type CandidatePage } from '#shared/contracts/hiring.ts';
import { compiledResponse, serializerCompiler } from './serializer.ts';

function writerOf(schema: z.ZodType): (data: unknown) => string {
  return serializerCompiler({ schema, method: 'GET', url: '/things', httpStatus: '200' }) as (data: unknown) => string;
}

const page: CandidatePage = {
  items: [
    { id: '0b6f4c1e-8a52-4d8e-9f43-1d2c3b4a5e6f', name: 'Ana "Dev" Lima', fileName: 'ana lima.pdf', score: 91, recommendation: 'Strong Hire', matched: ['TypeScript', 'C++'], missing: [], additional: ['Go'], status: 'shortlisted', statusReason: null, masked: false },
    { id: '1c7a5d2f-9b63-4e9f-a054-2e3d4c5b6f70', name: null, fileName: null, score: 40, recommendation: null, matched: [], missing: ['SQL'], additional: [], status: 'rejected', statusReason: 'No SQL \u2014 line\nbreak', masked: true },
  ],
  total: 2,
  limit: 25,
  offset: 0,
};

describe('the compiled response serializer (decision 053)', () => {
  it('writes a ranking page exactly as the Zod serializer does', () => {
    const compiled = writerOf(compiledResponse(candidatePageSchema));
    expect(compiled(page)).toBe(JSON.stringify(candidatePageSchema.parse(page)));
    expect(JSON.parse(compiled(page))).toEqual(page);
  });

  it('leaves out what the contract does not name, as Zod does (a full record never leaks its contacts)', () => {
    const compiled = writerOf(compiledResponse(candidatePageSchema));
    const leaky = { ...page, items: page.items.map((item) => ({ ...item, email: 'ana@example.test', embedding: [0.1, 0.2] })) };
    const written = compiled(leaky);
    expect(written).not.toContain('ana@example.test');
    expect(written).toBe(JSON.stringify(candidatePageSchema.parse(page)));
  });

  it('keeps checking every other response with Zod, which refuses a value of the wrong type', () => {
    const write = writerOf(z.object({ id: z.string() }));
    expect(() => write({ id: 42 })).toThrow();
  });
});
