/**
 * Keeps every quality figure of `npm run bench -- quality` from regressing: each is at least the floor recorded in
 * tests/fixtures/quality/floors.json (raised with `npm run bench -- quality --write-floors` after a measured gain).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureQuality, type QualityFigures } from './measure.ts';
import { qualityRoot, splits } from './score.ts';

const floors = JSON.parse(readFileSync(new URL('floors.json', qualityRoot), 'utf8')) as Record<string, QualityFigures>;

function leaves(value: unknown, prefix = ''): [string, number][] {
  if (typeof value === 'number') return [[prefix, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => leaves(inner, prefix ? `${prefix}.${key}` : key));
  return [];
}

describe('quality figures on the hand-labelled sets', () => {
  for (const split of splits) {
    it(`${split}: no figure falls below its floor`, () => {
      const measured = new Map(leaves(measureQuality(split)));
      const floor = floors[split];
      expect(floor).toBeDefined();
      const below = leaves(floor)
        .filter(([key, value]) => (measured.get(key) ?? 0) < value - 0.0005)
        .map(([key, value]) => `${key}: ${measured.get(key)} < ${value}`);
      expect(below).toEqual([]);
    });
  }
});
