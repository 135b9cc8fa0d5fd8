/** The word lists the skill phrase reader (skill-phrases.ts, decision 050) decides with: verbs, cues, stops and heads. */

/** Verbs postings use for duties that the taxonomy (ESCO skills start with a verb) misses or rarely starts with. */
export const extraVerbs = [
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
export const notVerbs = new Set([
  'experience', 'knowledge', 'understanding', 'familiarity', 'proficiency', 'ability', 'strong', 'excellent', 'good',
  'solid', 'proven', 'current', 'valid', 'minimum', 'advanced', 'basic', 'working', 'fluency', 'fluent', 'certified',
  'bachelor', "bachelor's", 'master', "master's", 'degree', 'previous', 'prior', 'demonstrated', 'self', 'hands',
  'background', 'exposure', 'salary', 'competitive', 'flexible', 'our', 'we', 'join', 'apply', 'please', 'submit',
  'this', 'the', 'a', 'an', 'you', 'candidates', 'applicants', 'must', 'excellent', 'great', 'attention', 'ideal',
  'benefits', 'compensation', 'location', 'travel', 'shift', 'hours', 'pay', 'bonus', 'commission', 'contract',
  'offer', 'value', 'help', 'report',
]);

/** Nouns the taxonomy's generated forms make look like verbs ("metal", "metaled"). */
export const nounFirstWords = new Set(['metal', 'horse', 'wine', 'blood', 'web', 'leather', 'glass', 'honey', 'soil', 'gas', 'rail', 'sport', 'risk', 'customer', 'team', 'people', 'patient', 'problem', 'project', 'water', 'air', 'oil', 'film', 'power', 'content', 'network', 'market', 'program', 'model', 'issue', 'order', 'position', 'labour', 'labor', 'practice', 'park', 'type', 'style', 'fire', 'form', 'spot', 'plot', 'cast', 'press', 'call', 'hand', 'part', 'care', 'mark', 'grade', 'change', 'balance', 'respect', 'trade', 'impact', 'signal', 'colour', 'color', 'thread', 'vacuum', 'package', 'wire', 'cloud', 'fuel', 'focus', 'evidence', 'dye', 'coat', 'pump', 'stack', 'stock', 'record', 'report', 'offer', 'supply', 'display', 'search', 'log', 'sketch', 'blend', 'screw', 'brush', 'wax', 'mould', 'sand', 'filter', 'waste', 'project']);

/** Auxiliaries and cue words after which a base verb starts a duty ("you will prepare", "ability to reconcile"). */
export const beforeVerb = new Set(['will', 'to', 'can', 'should', 'shall', 'must', 'may', 'and', 'or', '&', 'us']);
/** Cue words after which an -ing verb starts a duty ("experience preparing", "include reconciling"). */
export const beforeGerund = new Set([
  'experience', 'include', 'includes', 'including', 'of', 'in', 'at', 'with', 'comfortable', 'enjoy', 'enjoys',
  'skilled', 'confident', 'proficient', 'capable', 'and', 'or', 'for',
]);
/** Cue words whose complement is a list of knowledge ("knowledge of X, Y and Z"), with the preposition each takes. */
export const knowledgeCues = new Map<string, ReadonlySet<string>>([
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
export const verbPrepositions = new Map<string, ReadonlySet<string>>([
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
export const verbComplements = new Set(['independently', 'autonomously', 'unsupervised', 'remotely', 'collaboratively', 'flexibly']);
export const particles = new Set(['up', 'out', 'down', 'off']);

/** Words that end an object noun phrase: prepositions other than "of", clause words, auxiliaries. */
export const phraseEnds = new Set([
  'to', 'for', 'by', 'in', 'on', 'at', 'from', 'into', 'onto', 'with', 'within', 'without', 'across', 'via', 'using',
  'through', 'throughout', 'per', 'under', 'over', 'according', 'about', 'between', 'among', 'around', 'as', 'like',
  'such', 'including', 'especially', 'ideally', 'preferably', 'when', 'while', 'where', 'whenever', 'if', 'so', 'that',
  'which', 'who', 'whose', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'should', 'must', 'can', 'may',
  'etc', 'e.g', 'i.e', 'required', 'preferred', 'desirable', 'desired', 'essential', 'necessary', 'plus', 'bonus',
  'advantage', 'but', 'than', 'before', 'after', 'during', 'until', 'against', 'toward', 'towards', 'upon',
  'annually', 'regularly', 'always', 'also', 'then', 'both', 'either', 'whether', 'because',
]);
export const determiners = new Set(['a', 'an', 'the', 'our', 'your', 'their', 'its', 'his', 'her', 'this', 'these', 'that', 'those', 'any', 'all', 'some', 'each', 'every']);
/** Words before the head of a knowledge item that say how much, not what ("strong", "a similar", "related"). */
export const itemLeads = new Set([
  ...determiners, 'strong', 'solid', 'good', 'sound', 'excellent', 'basic', 'advanced', 'working', 'thorough', 'deep',
  'proven', 'demonstrated', 'extensive', 'similar', 'other', 'various', 'relevant', 'practical', 'hands', 'on',
  'general', 'some', 'least', 'minimum', 'previous', 'prior', 'professional', 'overall',
]);
/** Trailing words of a knowledge item that name its setting, not the knowledge ("a fine dining environment"). */
export const genericTails = new Set(['environment', 'environments', 'setting', 'settings', 'field', 'fields', 'industry', 'industries', 'sector', 'role', 'roles', 'position', 'experience', 'background', 'capacity', 'area', 'areas']);

/** Words before "skills" that are not part of the skill ("you should have problem-solving skills"). */
export const skillNounStops = new Set(['have', 'has', 'possess', 'possesses', 'bring', 'brings', 'demonstrate', 'demonstrates', 'show', 'need', 'needs', 'require', 'requires', 'requiring', 'you', 'we', 'your', 'our', 'key', 'of', 'the']);

/** Words ending in -ly that are adjectives or nouns inside a phrase, not adverbs after it ("monthly reports", "supply"). */
export const lyWords = new Set(['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'hourly', 'supply', 'assembly', 'family', 'anomaly', 'friendly', 'timely', 'early', 'only', 'costly', 'italy', 'ally', 'poly', 'reply', 'apply', 'fly', 'rely', 'comply', 'multiply']);

/** Nouns whose object follows "with" ("ensure compliance with food safety standards"). */
export const joinedByWith = new Set(['compliance', 'relationships', 'relationship', 'rapport', 'partnerships', 'accordance']);

/** Heads that never make a skill: people, the company, the offer, time. */
export const stopHeads = new Set([
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
export const peopleVerbs = new Set([
  'greet', 'mentor', 'supervise', 'train', 'coach', 'lead', 'manage', 'motivate', 'educate', 'assist', 'serve',
  'prospect', 'recruit', 'onboard', 'interview', 'collaborate', 'liaise', 'advise', 'support', 'assess', 'engage',
  'resolve', 'troubleshoot', 'prioritise', 'prioritize', 'answer', 'handle', 'identify', 'deliver', 'define',
  'build', 'generate',
]);
export const peopleHeads = new Set([
  'staff', 'colleagues', 'peers', 'employees', 'members', 'clients', 'client', 'customers', 'customer', 'guests',
  'guest', 'patients', 'patient', 'families', 'stakeholders', 'team', 'teams', 'candidates', 'feature', 'features', 'product', 'products', 'service', 'services', 'task', 'tasks', 'project', 'projects',
  'issue', 'issues', 'problem', 'problems', 'question', 'questions', 'request', 'requests', 'business', 'people',
]);

/** Lines that speak about the employer or the offer, not about the work: no phrase is read there. */
export const offerLine =
  /\b(?:we offer|we provide|our benefits|benefits include|equal opportunity|salary range|per (?:year|hour|annum)|please (?:submit|apply|send)|located in|report(?:s|ing)? (?:directly )?to (?:the|our)|recogni[sz]ed as|authori[sz]ed to work|has served|our (?:company|firm|mission|hotel|team|client))\b/i;
