import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions.ts';

const dana = { userId: 'u1', name: 'Dana Reviewer', email: 'dana@example.test' };
const dan = { userId: 'u2', name: 'Dan', email: 'dan@example.test' };
const members = [dana, dan];

describe('findMentions', () => {
  it('finds members by @full name and by @email, in any case', () => {
    expect(findMentions('Please look, @dana reviewer.', members)).toEqual([dana]);
    expect(findMentions('cc @DAN@example.test', members)).toEqual([dan]);
  });

  it('does not take a longer word or an address for a shorter name', () => {
    expect(findMentions('@Danny will call', members)).toEqual([]);
    expect(findMentions('mail dana@example.test', members)).toEqual([]);
    expect(findMentions('@dan@example.testing', members)).toEqual([]);
  });

  it('ignores @ words that are no member', () => {
    expect(findMentions('@someone else and an email x@y.z', members)).toEqual([]);
  });
});
