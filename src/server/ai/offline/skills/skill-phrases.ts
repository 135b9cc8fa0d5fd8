/**
 * Skill and knowledge phrases that are not taxonomy names (decision 050): job postings name skills as verb phrases
 * ("prepare monthly financial statements", "work independently") and knowledge as noun phrases after a cue
 * ("knowledge of accounting principles"). Rules, no tagger: a phrase is only read where the sentence states a duty or
 * a requirement (an imperative line, "you will", "ability to", "experience with", "knowledge of" …), its verb must be
 * one the taxonomy starts skills with, its head noun a word of the taxonomy and not a generic word ("team",
 * "benefits"). Deterministic; offsets are JavaScript string indices, end exclusive, at word boundaries.
 */
import { tokenizeWords, type WordToken } from '#server/ai/offline/text/tokenize-words.ts';
import type { SkillDictionary } from './skill-dictionary.ts';

export type SkillPhrase = { start: number; end: number; kind: 'skill' | 'knowledge' };

/** Verbs postings use for duties that the taxonomy (ESCO skills start with a verb) misses or rarely starts with. */
const extraVerbs = [
  'reconcile', 'greet', 'generate', 'deploy', 'prospect', 'present', 'upsell', 'mentor', 'troubleshoot', 'automate',
  'architect', 'optimise', 'optimize', 'migrate', 'refactor', 'debug', 'onboard', 'recruit', 'source', 'screen',
  'audit', 'forecast', 'budget', 'invoice', 'bill', 'file', 'post', 'book', 'dispatch', 'ship', 'pack', 'pick',
  'stock', 'restock', 'unload', 'load', 'triage', 'chart', 'draft', 'edit', 'proofread', 'translate', 'facilitate',
  'escalate', 'resolve', 'drive', 'own', 'lead', 'scale', 'close', 'grow', 'expand', 'streamline', 'standardise',
  'standardize', 'collaborate', 'partner', 'liaise', 'analyse', 'analyze', 'document', 'track', 'verify', 'validate',
  'schedule', 'answer', 'respond', 'handle', 'build', 'write', 'review', 'define', 'place', 'assess', 'educate',
  'negotiate', 'deliver', 'calibrate', 'record', 'inspect', 'identify', 'recommend', 'perform', 'provide', 'ensure',
  'assist', 'support', 'maintain', 'develop', 'design', 'implement', 'manage', 'prepare', 'conduct', 'coordinate',
  'supervise', 'train', 'monitor', 'plan', 'execute', 'operate', 'administer', 'process', 'create', 'establish',
  'evaluate', 'investigate', 'interpret', 'read', 'explain', 'motivate', 'apply', 'communicate', 'organise', 'organize',
  'prioritise', 'prioritize', 'meet', 'work', 'set', 'take', 'speak', 'teach', 'advise', 'sell', 'test', 'install',
  'repair', 'measure', 'calculate', 'compile', 'report', 'oversee', 'direct', 'improve', 'reduce', 'increase',
];

/** Words the taxonomy starts skills with that, first in a posting's line, are nouns or adjectives, not duties. */
const notVerbs = new Set([
  'experience', 'knowledge', 'understanding', 'familiarity', 'proficiency', 'ability', 'strong', 'excellent', 'good',
  'solid', 'proven', 'current', 'valid', 'minimum', 'advanced', 'basic', 'working', 'fluency', 'fluent', 'certified',
  'bachelor', "bachelor's", 'master', "master's", 'degree', 'previous', 'prior', 'demonstrated', 'self', 'hands',
  'background', 'exposure', 'salary', 'competitive', 'flexible', 'our', 'we', 'join', 'apply', 'please', 'submit',
  'this', 'the', 'a', 'an', 'you', 'candidates', 'applicants', 'must', 'excellent', 'great', 'attention', 'ideal',
  'benefits', 'compensation', 'location', 'travel', 'shift', 'hours', 'pay', 'bonus', 'commission', 'contract',
  'offer', 'value', 'help', 'report',
]);

/** Nouns the taxonomy's generated forms make look like verbs ("metal", "metaled"). */
const nounFirstWords = new Set(['metal', 'horse', 'wine', 'blood', 'web', 'leather', 'glass', 'honey', 'soil', 'gas', 'rail', 'sport', 'risk', 'customer', 'team', 'people', 'patient', 'problem', 'project', 'water', 'air', 'oil', 'film', 'power', 'content', 'network', 'market', 'program', 'model', 'issue', 'order', 'position', 'labour', 'labor', 'practice', 'park', 'type', 'style', 'fire', 'form', 'spot', 'plot', 'cast', 'press', 'call', 'hand', 'part', 'care', 'mark', 'grade', 'change', 'balance', 'respect', 'trade', 'impact', 'signal', 'colour', 'color', 'thread', 'vacuum', 'package', 'wire', 'cloud', 'fuel', 'focus', 'evidence', 'dye', 'coat', 'pump', 'stack', 'stock', 'record', 'report', 'offer', 'supply', 'display', 'search', 'log', 'sketch', 'blend', 'screw', 'brush', 'wax', 'mould', 'sand', 'filter', 'waste', 'project']);

/** Auxiliaries and cue words after which a base verb starts a duty ("you will prepare", "ability to reconcile"). */
const beforeVerb = new Set(['will', 'to', 'can', 'should', 'shall', 'must', 'may', 'and', 'or', '&', 'us']);
/** Cue words after which an -ing verb starts a duty ("experience preparing", "include reconciling"). */
const beforeGerund = new Set([
  'experience', 'include', 'includes', 'including', 'of', 'in', 'at', 'with', 'comfortable', 'enjoy', 'enjoys',
  'skilled', 'confident', 'proficient', 'capable', 'and', 'or', 'for',
]);
/** Cue words whose complement is a list of knowledge ("knowledge of X, Y and Z"), with the preposition each takes. */
const knowledgeCues = new Map<string, ReadonlySet<string>>([
  ['knowledge', new Set(['of', 'in'])],
  ['understanding', new Set(['of'])],
  ['grasp', new Set(['of'])],
  ['grounding', new Set(['in'])],
  ['familiarity', new Set(['with'])],
  ['familiar', new Set(['with'])],
  ['proficiency', new Set(['in', 'with'])],
  ['proficient', new Set(['in', 'with'])],
  ['fluency', new Set(['in'])],
  ['fluent', new Set(['in'])],
  ['expertise', new Set(['in', 'with'])],
  ['experience', new Set(['in', 'with', 'of'])],
  ['experienced', new Set(['in', 'with'])],
  ['background', new Set(['in'])],
  ['exposure', new Set(['to'])],
  ['degree', new Set(['in'])],
  ['skilled', new Set(['in'])],
  ['versed', new Set(['in'])],
  ['competence', new Set(['in'])],
]);

/** Verbs that take their object after a preposition ("respond to customer inquiries"). */
const verbPrepositions = new Map<string, ReadonlySet<string>>([
  ['respond', new Set(['to'])],
  ['comply', new Set(['with'])],
  ['adhere', new Set(['to'])],
  ['liaise', new Set(['with'])],
  ['collaborate', new Set(['with'])],
  ['communicate', new Set(['with'])],
  ['deal', new Set(['with'])],
  ['assist', new Set(['with', 'in'])],
  ['participate', new Set(['in'])],
  ['contribute', new Set(['to'])],
  ['report', new Set(['on'])],
  ['work', new Set(['with'])],
]);
/** Complements that make a skill of a verb with no object ("work independently", "work under pressure"). */
const verbComplements = new Set(['independently', 'autonomously', 'unsupervised', 'remotely', 'collaboratively', 'flexibly']);
const particles = new Set(['up', 'out', 'down', 'off']);

/** Words that end an object noun phrase: prepositions other than "of", clause words, auxiliaries. */
const phraseEnds = new Set([
  'to', 'for', 'by', 'in', 'on', 'at', 'from', 'into', 'onto', 'with', 'within', 'without', 'across', 'via', 'using',
  'through', 'throughout', 'per', 'under', 'over', 'according', 'about', 'between', 'among', 'around', 'as', 'like',
  'such', 'including', 'especially', 'ideally', 'preferably', 'when', 'while', 'where', 'whenever', 'if', 'so', 'that',
  'which', 'who', 'whose', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'should', 'must', 'can', 'may',
  'etc', 'e.g', 'i.e', 'required', 'preferred', 'desirable', 'desired', 'essential', 'necessary', 'plus', 'bonus',
  'advantage', 'but', 'than', 'before', 'after', 'during', 'until', 'against', 'toward', 'towards', 'upon',
  'annually', 'regularly', 'always', 'also', 'then', 'both', 'either', 'whether', 'because',
]);
const determiners = new Set(['a', 'an', 'the', 'our', 'your', 'their', 'its', 'his', 'her', 'this', 'these', 'that', 'those', 'any', 'all', 'some', 'each', 'every']);
/** Words before the head of a knowledge item that say how much, not what ("strong", "a similar", "related"). */
const itemLeads = new Set([
  ...determiners, 'strong', 'solid', 'good', 'sound', 'excellent', 'basic', 'advanced', 'working', 'thorough', 'deep',
  'proven', 'demonstrated', 'extensive', 'similar', 'other', 'various', 'relevant', 'practical', 'hands', 'on',
  'general', 'some', 'least', 'minimum', 'previous', 'prior', 'professional', 'overall',
]);
/** Trailing words of a knowledge item that name its setting, not the knowledge ("a fine dining environment"). */
const genericTails = new Set(['environment', 'environments', 'setting', 'settings', 'field', 'fields', 'industry', 'industries', 'sector', 'role', 'roles', 'position', 'experience', 'background', 'capacity', 'area', 'areas']);

/** Words before "skills" that are not part of the skill ("you should have problem-solving skills"). */
const skillNounStops = new Set(['have', 'has', 'possess', 'possesses', 'bring', 'brings', 'demonstrate', 'demonstrates', 'show', 'need', 'needs', 'require', 'requires', 'requiring', 'you', 'we', 'your', 'our', 'key', 'of', 'the']);

/** Words ending in -ly that are adjectives or nouns inside a phrase, not adverbs after it ("monthly reports", "supply"). */
const lyWords = new Set(['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'hourly', 'supply', 'assembly', 'family', 'anomaly', 'friendly', 'timely', 'early', 'only', 'costly', 'italy', 'ally', 'poly', 'reply', 'apply', 'fly', 'rely', 'comply', 'multiply']);

/** Nouns whose object follows "with" ("ensure compliance with food safety standards"). */
const joinedByWith = new Set(['compliance', 'relationships', 'relationship', 'rapport', 'partnerships', 'accordance']);

/** Heads that never make a skill: people, the company, the offer, time. */
const stopHeads = new Set([
  'team', 'teams', 'candidate', 'candidates', 'applicant', 'applicants', 'opportunity', 'opportunities', 'company',
  'companies', 'business', 'firm', 'organisation', 'organization', 'employer', 'benefits', 'benefit', 'salary', 'pay',
  'bonus', 'culture', 'people', 'person', 'someone', 'anyone', 'everyone', 'everything', 'anything', 'something',
  'thing', 'things', 'way', 'ways', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour',
  'hours', 'weekend', 'weekends', 'holiday', 'holidays', 'shift', 'shifts', 'time', 'times', 'basis', 'manner',
  'role', 'position', 'job', 'jobs', 'work', 'office', 'location', 'place', 'home', 'us', 'you', 'them', 'it',
  'part', 'lot', 'range', 'variety', 'number', 'plus', 'bonus', 'advantage', 'requirement',
  'requirements', 'responsibility', 'responsibilities', 'duty', 'duties', 'goal', 'goals', 'ownership',
  'curiosity', 'passion', 'attitude', 'mindset', 'related', 'field', 'similar', 'other', 'others', 'cv', 'resume',
  'letter', 'application', 'interview', 'kingdom', 'states', 'world', 'country', 'city', 'area', 'region', 'staff',
  'colleagues', 'peers', 'manager', 'managers', 'director', 'employees', 'members', 'member', 'clients', 'client',
  'customers', 'customer', 'guests', 'guest', 'patients', 'patient', 'families', 'public', 'stakeholders',
  'decision', 'decisions', 'feature', 'features', 'product', 'products', 'service', 'services', 'task', 'tasks',
  'project', 'projects', 'issue', 'issues', 'problem', 'problems', 'question', 'questions', 'request', 'requests',
  'career', 'careers', 'future', 'step', 'steps', 'page', 'website', 'information', 'details', 'more', 'story',
  'difference', 'lives', 'example', 'technologies', 'technology', 'skills', 'skill', 'journey', 'potential',
]);
/**
 * Heads that are people or generic but make a skill with the verb ("greet guests", "mentor junior developers",
 * "handle customer complaints" is fine anyway): allowed when the verb is one of these people verbs.
 */
const peopleVerbs = new Set([
  'greet', 'mentor', 'supervise', 'train', 'coach', 'lead', 'manage', 'motivate', 'educate', 'assist', 'serve',
  'prospect', 'recruit', 'onboard', 'interview', 'collaborate', 'liaise', 'advise', 'support', 'assess', 'engage',
  'resolve', 'troubleshoot', 'prioritise', 'prioritize', 'answer', 'handle', 'identify', 'deliver', 'define',
  'build', 'generate',
]);
const peopleHeads = new Set([
  'staff', 'colleagues', 'peers', 'employees', 'members', 'clients', 'client', 'customers', 'customer', 'guests',
  'guest', 'patients', 'patient', 'families', 'stakeholders', 'team', 'teams', 'candidates', 'feature', 'features', 'product', 'products', 'service', 'services', 'task', 'tasks', 'project', 'projects',
  'issue', 'issues', 'problem', 'problems', 'question', 'questions', 'request', 'requests', 'business', 'people',
]);

/** Lines that speak about the employer or the offer, not about the work: no phrase is read there. */
const offerLine =
  /\b(?:we offer|we provide|our benefits|benefits include|equal opportunity|salary range|per (?:year|hour|annum)|please (?:submit|apply|send)|located in|report(?:s|ing)? (?:directly )?to (?:the|our)|recogni[sz]ed as|authori[sz]ed to work|has served|our (?:company|firm|mission|hotel|team|client))\b/i;

type Vocabulary = { verbs: ReadonlySet<string>; words: ReadonlySet<string> };
const vocabularies = new WeakMap<SkillDictionary, Vocabulary>();

/** The taxonomy's vocabulary: verbs its skills start with (twice or more), and every word of its names. */
function vocabularyOf(dictionary: SkillDictionary): Vocabulary {
  const known = vocabularies.get(dictionary);
  if (known) return known;
  const firstWords = new Map<string, number>();
  const words = new Set<string>();
  for (const [key, entry] of dictionary.entries) {
    const parts = key.split(' ');
    for (const part of parts) words.add(part);
    if (parts.length > 1 && entry.kind === 'skill' && !(parts[0] as string).endsWith('ing')) {
      firstWords.set(parts[0] as string, (firstWords.get(parts[0] as string) ?? 0) + 1);
    }
  }
  // A first word is a verb when the taxonomy also starts skills with its -ing or -ed form ("manage", "managing");
  // that leaves out adjectives and nouns ("written communication", "customer service").
  const inflected = (word: string) =>
    [`${word}ing`, `${word}ed`, `${word.replace(/e$/, '')}ing`, `${word}${word.at(-1) ?? ''}ing`].some((form) => firstWords.has(form));
  const verbs = new Set(extraVerbs);
  for (const [word, count] of firstWords) {
    if (count >= 2 && !notVerbs.has(word) && !nounFirstWords.has(word) && !/(?:ing|ed|s)$/.test(word) && inflected(word)) verbs.add(word);
  }
  const vocabulary = { verbs, words };
  vocabularies.set(dictionary, vocabulary);
  return vocabulary;
}

/** "preparing" → "prepare", "planning" → "plan", "analysing" → "analyse"; undefined when no known verb fits. */
function verbOfGerund(word: string, verbs: ReadonlySet<string>): string | undefined {
  if (!word.endsWith('ing') || word.length < 5) return undefined;
  const stem = word.slice(0, -3);
  if (verbs.has(stem)) return stem;
  if (verbs.has(`${stem}e`)) return `${stem}e`;
  if (stem.length > 2 && stem.at(-1) === stem.at(-2) && verbs.has(stem.slice(0, -1))) return stem.slice(0, -1);
  return undefined;
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Whether the characters between two words break a phrase (punctuation other than a hyphen, slash or apostrophe). */
const breaks = (gap: string) => /[,;:()[\]!?.•·|"\n]/.test(gap);

/** A noun phrase's head is skill-like: a word of the taxonomy, not a generic word, not a number. */
function skillHead(word: WordToken, vocabulary: Vocabulary, verb?: string): boolean {
  const key = word.key;
  if (/^\d/.test(key)) return false;
  if (stopHeads.has(key) && !(verb && peopleVerbs.has(verb) && peopleHeads.has(key))) return false;
  return vocabulary.words.has(key) || vocabulary.words.has(singular(key));
}

class Reader {
  readonly phrases: SkillPhrase[] = [];
  private readonly gaps: string[];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly WordToken[],
    private readonly vocabulary: Vocabulary,
    lineStart: number,
  ) {
    this.gaps = tokens.map((token, index) => text.slice(index === 0 ? lineStart : (tokens[index - 1] as WordToken).end, token.start));
  }

  private key(index: number): string {
    return this.tokens[index]?.key ?? '';
  }

  /** Whether a phrase may run from token index-1 into index (no punctuation between them). */
  private joined(index: number): boolean {
    return index < this.tokens.length && !breaks(this.gaps[index] ?? '');
  }

  private isVerb(index: number): boolean {
    const key = this.key(index);
    return this.vocabulary.verbs.has(key) && !notVerbs.has(key);
  }

  private add(first: number, last: number, kind: SkillPhrase['kind']): void {
    const start = (this.tokens[first] as WordToken).start;
    const end = (this.tokens[last] as WordToken).end;
    if (this.phrases.some((phrase) => phrase.start < end && start < phrase.end)) return;
    this.phrases.push({ start, end, kind });
  }

  /**
   * The end of an object noun phrase starting at `from`: through "of" and "and"/"or" that join nouns, up to a
   * preposition, a clause word, punctuation or "and" + a verb (the next duty). -1 when there is none.
   */
  private objectEnd(from: number, limit = 8): number {
    let last = -1;
    for (let index = from; index < this.tokens.length && index < from + limit; index += 1) {
      if (index > from && !this.joined(index)) break;
      const key = this.key(index);
      const hyphened = index > from && /-/.test(this.gaps[index] ?? '');
      const joins = key === 'with' && joinedByWith.has(this.key(index - 1));
      if (!hyphened && !joins && (phraseEnds.has(key) || (/ly$/.test(key) && key.length > 4 && !lyWords.has(key)))) break;
      if ((key === 'and' || key === 'or' || key === '&') && (this.isVerb(index + 1) || verbOfGerund(this.key(index + 1), this.vocabulary.verbs))) break;
      last = index;
    }
    // No trailing joiner, determiner or "of".
    while (last >= from && ['and', 'or', '&', 'of', ...determiners].includes(this.key(last))) last -= 1;
    return last;
  }

  /** A duty starting with the verb at `index` (base form, or -ing when `gerund`); returns the next index to read. */
  verbPhrase(index: number): number {
    const verb = this.key(index);
    const base = this.vocabulary.verbs.has(verb) ? verb : verbOfGerund(verb, this.vocabulary.verbs) ?? verb;
    let cursor = index + 1;
    // "plan and execute", "load and unload", "design and implement"
    while (['and', 'or', '&'].includes(this.key(cursor)) && this.joined(cursor) && this.joined(cursor + 1) && this.joined(cursor + 2) && (this.isVerb(cursor + 1) || verbOfGerund(this.key(cursor + 1), this.vocabulary.verbs))) {
      const after = this.key(cursor + 2);
      if (['and', 'or', '&'].includes(after) || phraseEnds.has(after)) break;
      cursor += 2;
    }
    if (particles.has(this.key(cursor)) && this.joined(cursor)) cursor += 1;
    if (verbComplements.has(this.key(cursor)) && this.joined(cursor)) {
      this.add(index, cursor, 'skill');
      return cursor + 1;
    }
    if (this.key(cursor) === 'under' && this.key(cursor + 1) === 'pressure' && this.joined(cursor)) {
      this.add(index, cursor + 1, 'skill');
      return cursor + 2;
    }
    if (verbPrepositions.get(base)?.has(this.key(cursor)) && this.joined(cursor)) cursor += 1;
    if (!this.joined(cursor)) return cursor;
    const end = this.objectEnd(cursor);
    if (end < cursor) return cursor;
    // The head is the last word before a trailing "of …" tail's own head: "the design of electrical control panels" → panels.
    if (!skillHead(this.tokens[end] as WordToken, this.vocabulary, base)) return end + 1;
    const objectWords = this.tokens.slice(cursor, end + 1).filter((token) => !determiners.has(token.key));
    // "Grow your career", "Build your future": the offer speaking to the reader, not a duty.
    if (objectWords.length === 0 || this.key(cursor) === 'your') return end + 1;
    this.add(index, end, 'skill');
    return end + 1;
  }

  /** The knowledge items after a cue ("knowledge of FMLA, ADA and state labor laws"); returns the next index. */
  knowledgeList(from: number): number {
    let index = from;
    while (index < this.tokens.length) {
      if (index > from && ['such', 'including', 'especially', 'like', 'e.g'].includes(this.key(index))) {
        index += this.key(index) === 'such' && this.key(index + 1) === 'as' ? 2 : 1;
      }
      // Skip how-much words and determiners before the item.
      while (itemLeads.has(this.key(index)) && index < this.tokens.length && (index === from || this.joined(index) || itemLeads.has(this.key(index)))) index += 1;
      if (index >= this.tokens.length) break;
      if (verbOfGerund(this.key(index), this.vocabulary.verbs)) {
        index = this.verbPhrase(index);
      } else {
        let end = index;
        while (end + 1 < this.tokens.length && end + 1 < index + 6 && this.joined(end + 1)) {
          const next = this.key(end + 1);
          if (phraseEnds.has(next) || next === 'and' || next === 'or' || next === '&' || next === 'of') break;
          end += 1;
        }
        let last = end;
        while (last > index && genericTails.has(this.key(last))) last -= 1;
        const head = this.tokens[last] as WordToken;
        const acronym = /^[A-Z][A-Z0-9&+#.]{1,7}$/.test(head.text);
        if (!genericTails.has(head.key) && (acronym || skillHead(head, this.vocabulary))) this.add(index, last, 'knowledge');
        index = end + 1;
      }
      // The list goes on after a comma, "and", "or", "such as", "including"; anything else ends it.
      const next = this.key(index);
      if (['and', 'or', '&'].includes(next)) {
        index += 1;
        continue;
      }
      if (['such', 'including', 'especially', 'like', 'e.g'].includes(next)) continue;
      if (index < this.tokens.length && /^\s*,\s*$/.test(this.gaps[index] ?? '') && !phraseEnds.has(next)) {
        if (next === 'and' || next === 'or') index += 1;
        continue;
      }
      break;
    }
    return index;
  }

  /** "communication skills", "verbal and written communication skills", "problem-solving abilities". */
  skillNouns(index: number): void {
    let first = index;
    while (first - 1 >= 0 && first > index - 5 && this.joined(first)) {
      const previous = this.key(first - 1);
      if (itemLeads.has(previous) || phraseEnds.has(previous) || skillNounStops.has(previous) || /^\d/.test(previous)) break;
      first -= 1;
    }
    while (first < index && ['and', 'or', '&'].includes(this.key(first))) first += 1;
    if (first < index) this.add(first, index, 'skill');
  }

  read(): void {
    const { tokens } = this;
    let index = 0;
    while (index < tokens.length) {
      const key = this.key(index);
      const previous = index > 0 && this.joined(index) ? this.key(index - 1) : '';
      const lineStart = index === 0 && /^[\s\-–•*·▪◦>0-9.)]*$/.test(this.gaps[0] ?? '');
      const capital = /^\p{Lu}/u.test(tokens[index]?.text ?? '');
      if (this.isVerb(index) && ((lineStart && capital) || beforeVerb.has(previous) || previous === 'you')) {
        index = Math.max(index + 1, this.verbPhrase(index));
        continue;
      }
      if (previous && beforeGerund.has(previous) && verbOfGerund(key, this.vocabulary.verbs) && !notVerbs.has(key)) {
        index = Math.max(index + 1, this.verbPhrase(index));
        continue;
      }
      const cue = knowledgeCues.get(key);
      if (cue && cue.has(this.key(index + 1)) && this.joined(index + 1)) {
        index = Math.max(index + 2, this.knowledgeList(index + 2));
        continue;
      }
      if ((key === 'skills' || key === 'abilities' || key === 'skill') && index > 0) this.skillNouns(index);
      index += 1;
    }
  }
}

/** Lines and sentences: a phrase never runs across them. */
function* segments(text: string): Generator<{ start: number; end: number }> {
  const pattern = /[^\n.;!?]+(?:[.!?](?=\S)[^\n.;!?]*)*/g;
  for (const match of text.matchAll(pattern)) yield { start: match.index, end: match.index + match[0].length };
}

/** Skill and knowledge phrases of a text, in order, never overlapping one another. */
export function findSkillPhrases(dictionary: SkillDictionary, text: string): SkillPhrase[] {
  const vocabulary = vocabularyOf(dictionary);
  const phrases: SkillPhrase[] = [];
  for (const segment of segments(text)) {
    const line = text.slice(segment.start, segment.end);
    if (offerLine.test(line)) continue;
    const tokens = tokenizeWords(line).map((token) => ({ ...token, start: token.start + segment.start, end: token.end + segment.start }));
    if (tokens.length === 0) continue;
    const reader = new Reader(text, tokens, vocabulary, segment.start);
    reader.read();
    phrases.push(...reader.phrases);
  }
  return phrases.sort((a, b) => a.start - b.start);
}
