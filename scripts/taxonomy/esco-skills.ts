import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { TaxonomySkill } from '#server/ai/offline/skills/skill-dictionary.ts';
import { americanSpelling, pastTense, presentParticiple } from './inflect-verb.ts';

/** One-word ESCO labels that are everyday words in a CV or job post, not a skill by themselves. */
const vagueSingleWords = new Set(
  ('plan sing hair swim ski golf tennis football boxing snowboard ice-skating energy history communication database consultation ' +
    'protein logic literature migration logging spelling grammar morality politics wildlife petroleum electricity cameras sensors ' +
    'dies bristles graphite explosives medicines patents childbirth pregnancy obesity allergies autism prayer quran torah hinduism ' +
    'judaism islam christianity buddhism monasticism spiritualism occultism astrology numerology ethics aesthetics securities semantics ' +
    'morphology typology terminology mechanics kinetics oxidation livestock beeswax coining silvering crafting craftsmanship improvise ' +
    'self-promote lasers radars adhesives herbicides pesticides refrigerants cosmetics gemstones decommissioning repossession foreclosure ' +
    'depreciation reflexion similitude betting babysitting carsharing trendwatching yoga metaphysics rhetoric philosophy theology ' +
    'blueprints troubleshoot electronics dies hair').split(' '),
);

/** Objects so vague that "verb + object" says nothing ("advise others", "perform tasks"). */
const vagueObjects = new Set(
  'others people it them information work tasks activities items things issues live model data procedures processes results requirements instructions guidelines documents records'.split(' '),
);

const wink = winkNLP(model);

/** ESCO skills are imperative phrases ("manage budgets"); knowledge labels are noun phrases ("pharmacology"). */
function startsWithVerb(label: string, verbStarts: ReadonlySet<string>): boolean {
  const first = label.split(' ')[0] ?? '';
  if (!verbStarts.has(first)) return false;
  // wink's `its` helpers are plain functions passed by reference; that is how its API is meant to be used.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const tags = wink.readDoc(`you must ${label}`).tokens().out(wink.its.pos);
  return tags[2] === 'VERB';
}

/**
 * ESCO labels as skills. Skill phrases also match in the past tense and the -ing form ("managed budgets"),
 * and British spellings also in American form. Vague one-word labels and "verb + vague object" are left out.
 */
export function buildEscoSkills(labels: readonly string[], knownKey: (form: string) => boolean): TaxonomySkill[] {
  const firstWords = new Map<string, number>();
  for (const label of labels) {
    const first = label.split(' ')[0] ?? '';
    firstWords.set(first, (firstWords.get(first) ?? 0) + 1);
  }
  const verbStarts = new Set([...firstWords].filter(([, count]) => count >= 3).map(([word]) => word));
  const skills: TaxonomySkill[] = [];
  for (const raw of labels) {
    const label = raw.trim();
    const parts = label.split(' ');
    if (!label || label.length > 60 || knownKey(label)) continue;
    if (parts.length === 1) {
      if (vagueSingleWords.has(label.toLowerCase()) || label.length < 4) continue;
      // Capitalised one-word labels are names (Polish, Swift, Haskell): only as written, never the verb "polish".
      const named = /^\p{Lu}/u.test(label);
      skills.push({ name: label.charAt(0).toUpperCase() + label.slice(1), kind: 'knowledge', source: 'esco', aliases: named ? [`=${label}`] : [] });
      continue;
    }
    const forms = new Set([label, americanSpelling(label)]);
    const verb = startsWithVerb(label, verbStarts);
    if (verb) {
      const [head = '', ...rest] = parts;
      if (rest.length === 1 && vagueObjects.has(rest[0] ?? '')) continue;
      for (const form of [pastTense(head), presentParticiple(head)]) {
        const phrase = [form, ...rest].join(' ');
        forms.add(phrase);
        forms.add(americanSpelling(phrase));
      }
    }
    forms.delete(label);
    skills.push({ name: label.charAt(0).toUpperCase() + label.slice(1), kind: verb ? 'skill' : 'knowledge', source: 'esco', aliases: [...forms] });
  }
  return skills;
}
