/**
 * How a name that is also an ordinary word is accepted.
 * `context`: only beside other technical or professional names on the same line, under a skills heading,
 * or followed by a word that confirms it (Go *developer*, R *programming*).
 * `capital`: the capitalised form alone is enough, unless a neighbouring word shows the ordinary sense.
 */
export type AmbiguityRule = {
  needs: 'context' | 'capital';
  /** Which neighbours count as context: technical names only (the default), or any profession's (Epic beside Cerner). */
  context?: 'technical' | 'any';
  /** Lower-case words that, right before the name, show the ordinary sense (let *go*, *grade* C). */
  rejectBefore?: readonly string[];
  /** Lower-case words that, right after the name, show the ordinary sense (*Excel* at, *Spring* 2021). */
  rejectAfter?: readonly string[];
  /** Lower-case words that, right after the name, confirm it (Chef *cookbooks*). */
  confirmAfter?: readonly string[];
};

/** Words after a name that show it is a technology, for every context rule. */
export const technicalCueWords: ReadonlySet<string> = new Set(
  (
    'language languages programming developer developers development engineer engineers engineering code codebase ' +
    'framework frameworks library libraries sdk api apis script scripts scripting microservices services service ' +
    'app apps application applications backend stack runtime modules packages package certified certification ' +
    'pipelines pipeline server servers cluster clusters jobs tests testing lang based streaming topics consumers producers'
  ).split(' '),
);

const modalsAndPronouns = ['to', 'let', "let's", 'lets', 'will', 'would', 'can', 'could', 'must', 'should', 'i', 'we', 'you', 'they', 'not', "don't", 'ready', 'often', 'always'];
const letterNeighbours = ['grade', 'grades', 'class', 'vitamin', 'type', 'level', 'section', 'part', 'plan', 'division', 'block', 'building', 'hepatitis', 'tier', 'appendix', 'category', 'group', 'phase', 'unit', 'floor', 'wing', 'room', 'ward', 'schedule', 'form', 'exhibit', 'option', 'item', 'size', 'degree', 'degrees', 'vs', 'versus', 'programme'];
const seasonNeighbours = ['semester', 'term', 'break', 'summer', 'fall', 'autumn', 'winter', 'season', 'quarter', 'session', 'intake', 'cohort', 'festival', 'cleaning', 'water', 'training'];

export const ambiguousTerms: Readonly<Record<string, AmbiguityRule>> = {
  go: { needs: 'context', rejectBefore: [...modalsAndPronouns, 'on', 'the', 'a', 'on-the'], rejectAfter: ['to', 'ahead', 'back', 'live', 'beyond', 'above', 'out', 'through', 'over', 'into', 'on', 'for', 'the', 'get', 'from', 'a', 'up', 'down', 'over', 'away', 'home', 'far'] },
  r: { needs: 'context', rejectBefore: letterNeighbours, confirmAfter: ['shiny', 'markdown'] },
  c: { needs: 'context', rejectBefore: [...letterNeighbours, 'vitamin'], rejectAfter: ['level', 'suite', 'section', 'grade', 'class', 'corp', 'corporation', 'inc'] },
  julia: { needs: 'context' },
  dart: { needs: 'context' },
  chef: { needs: 'context', rejectBefore: ['head', 'sous', 'pastry', 'executive', 'line', 'private', 'as', 'a'], confirmAfter: ['cookbooks', 'recipes', 'infra', 'server', 'automate'] },
  puppet: { needs: 'context', rejectBefore: ['a', 'the', 'show'], confirmAfter: ['manifests', 'modules', 'enterprise'] },
  sketch: { needs: 'context', rejectBefore: ['a', 'the', 'to', 'quick', 'pencil', 'rough'] },
  swift: { needs: 'context', rejectBefore: ['a', 'the', 'taylor'], rejectAfter: ['response', 'action', 'resolution', 'turnaround', 'delivery', 'payment', 'code'] },
  rust: { needs: 'context', rejectBefore: ['prevent', 'remove', 'removing', 'the', 'of'] },
  ruby: { needs: 'context', rejectBefore: ['dr', 'mrs', 'ms', 'mr', 'miss'] },
  java: { needs: 'capital', rejectAfter: ['island', 'coffee', 'sea', 'province'] },
  spring: { needs: 'context', rejectBefore: ['in', 'this', 'last', 'next', 'early', 'late', 'the', 'of', ...seasonNeighbours], rejectAfter: seasonNeighbours },
  excel: { needs: 'capital', rejectBefore: modalsAndPronouns, rejectAfter: ['at', 'in', 'as', 'when', 'under', 'within'] },
  express: { needs: 'context', rejectBefore: ['to', 'and', 'fedex', 'american'], rejectAfter: ['mail', 'delivery', 'shipping', 'lane', 'checkout'] },
  node: { needs: 'context', rejectBefore: ['lymph', 'a', 'the', 'each', 'per', 'one', 'leaf', 'root'] },
  flask: { needs: 'context', rejectBefore: ['a', 'the', 'conical', 'volumetric', 'erlenmeyer'] },
  hive: { needs: 'context', rejectBefore: ['bee', 'a', 'the'] },
  spark: { needs: 'context', rejectBefore: ['a', 'the', 'to'] },
  kafka: { needs: 'context', rejectBefore: ['franz'] },
  airflow: { needs: 'context', rejectBefore: ['the', 'of', 'restricted'] },
  jenkins: { needs: 'context', rejectBefore: ['mr', 'mrs', 'ms', 'dr'] },
  jest: { needs: 'context', rejectBefore: ['in', 'a'] },
  mocha: { needs: 'context' },
  cypress: { needs: 'context' },
  playwright: { needs: 'context', rejectBefore: ['a', 'the'] },
  postman: { needs: 'context', rejectBefore: ['a', 'the'] },
  vite: { needs: 'context' },
  helm: { needs: 'context', rejectBefore: ['the', 'at'] },
  prometheus: { needs: 'context' },
  ionic: { needs: 'context', rejectAfter: ['bond', 'bonds', 'strength', 'compound', 'compounds'] },
  electron: { needs: 'context', rejectAfter: ['microscopy', 'microscope', 'beam', 'transport', 'spin'] },
  unity: { needs: 'context', rejectBefore: ['in', 'of', 'and', 'national', 'team'] },
  rails: { needs: 'context', rejectBefore: ['the', 'guard', 'hand', 'on', 'off'] },
  hibernate: { needs: 'context' },
  bootstrap: { needs: 'context', rejectBefore: ['to', 'the'] },
  apex: { needs: 'context', rejectBefore: ['the'] },
  snowflake: { needs: 'context' },
  maya: { needs: 'context' },
  rhino: { needs: 'context' },
  blender: { needs: 'context', rejectBefore: ['a', 'the'] },
  epic: { needs: 'context', context: 'any', rejectBefore: ['an', 'the', 'user'], rejectAfter: ['fail', 'journey', 'story', 'stories', 'games'] },
  sage: { needs: 'context', context: 'any', rejectBefore: ['the', 'a'] },
  canvas: { needs: 'context', context: 'any', rejectBefore: ['the', 'a', 'on', 'business', 'oil'] },
  blackboard: { needs: 'context', context: 'any', rejectBefore: ['the', 'a', 'on'] },
  notion: { needs: 'capital', rejectBefore: ['the', 'a', 'this', 'that'] },
  asana: { needs: 'context', rejectBefore: ['yoga'] },
  slack: { needs: 'capital', rejectBefore: ['the', 'some', 'no', 'of', 'pick', 'cut'] },
  zoom: { needs: 'capital', rejectAfter: ['in', 'out', 'lens'] },
  teams: { needs: 'context', rejectBefore: ['microsoft', 'ms', 'across', 'the', 'of', 'two', 'three', 'multiple', 'cross-functional', 'our', 'led', 'lead', 'manage', 'managed', 'sales', 'agile', 'scrum', 'and', 'with'] },
  looker: { needs: 'context' },
  confluence: { needs: 'capital', rejectBefore: ['the', 'a'] },
  illustrator: { needs: 'capital', rejectBefore: ['an', 'a', 'the', 'freelance', 'medical', 'technical', 'book'] },
  outlook: { needs: 'capital', rejectBefore: ['the', 'an', 'a', 'positive', 'financial', 'market', 'economic', 'global'] },
  workday: { needs: 'capital', rejectBefore: ['the', 'a', 'each', 'every', 'per', 'my'] },
  react: { needs: 'capital', rejectAfter: ['to', 'quickly', 'calmly', 'appropriately', 'swiftly'] },
  angular: { needs: 'capital', rejectAfter: ['momentum', 'velocity', 'acceleration', 'cheilitis'] },
  lean: { needs: 'context', rejectAfter: ['on', 'in', 'into', 'team', 'body', 'mass', 'meat', 'protein', 'budget'] },
  sas: { needs: 'capital', rejectBefore: ['the'] },
  git: { needs: 'capital' },
  azure: { needs: 'capital', rejectAfter: ['sea', 'sky', 'coast', 'blue', 'window'] },
  tableau: { needs: 'capital' },
  bi: { needs: 'context' },
  xero: { needs: 'capital' },
  access: {
    needs: 'context',
    context: 'any',
    rejectBefore: ['to', 'have', 'had', 'has', 'with', 'without', 'gain', 'gained', 'provide', 'provided', 'grant', 'granted', 'open', 'easy', 'remote', 'network', 'user', 'public', 'early', 'full', 'the', 'of'],
    rejectAfter: ['to', 'control', 'controls', 'management', 'point', 'points', 'for', 'of', 'road', 'rights', 'levels'],
  },
  word: { needs: 'context', context: 'any', rejectBefore: ['a', 'the', 'every', 'one', 'each', 'key', 'last', 'final'], rejectAfter: ['of', 'for', 'count', 'choice', 'choices', 'limit'] },
  lambda: { needs: 'context' },
  maven: { needs: 'context', rejectBefore: ['a', 'the', 'marketing', 'tech', 'fashion'] },
  premiere: { needs: 'context', rejectBefore: ['the', 'a', 'world', 'film'] },
};

const rulesByKey: ReadonlyMap<string, AmbiguityRule> = new Map(Object.entries(ambiguousTerms));

/** The rule for a dictionary key, if it is one of the names above (a Map, so "constructor" is just a word). */
export function ambiguityRuleFor(key: string): AmbiguityRule | undefined {
  return rulesByKey.get(key);
}
