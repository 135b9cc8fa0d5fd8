/** Past tense and -ing forms of an English verb, so "manage budgets" also finds "managed budgets" and "managing budgets". */
const irregularPast: Record<string, string> = {
  lead: 'led', write: 'wrote', teach: 'taught', build: 'built', run: 'ran', make: 'made', keep: 'kept', give: 'gave',
  take: 'took', hold: 'held', sell: 'sold', speak: 'spoke', drive: 'drove', meet: 'met', set: 'set', deal: 'dealt',
  draw: 'drew', undertake: 'undertook', oversee: 'oversaw', understand: 'understood', buy: 'bought', bring: 'brought',
  think: 'thought', seek: 'sought', feed: 'fed', cut: 'cut', put: 'put', read: 'read', sing: 'sang', lay: 'laid',
  pay: 'paid', send: 'sent', spend: 'spent', lend: 'lent', tell: 'told', find: 'found', grow: 'grew', know: 'knew',
  show: 'showed', choose: 'chose', sew: 'sewed', shoot: 'shot', fly: 'flew', ride: 'rode', hang: 'hung', spin: 'spun',
  dig: 'dug', weave: 'wove', forecast: 'forecast', broadcast: 'broadcast', withdraw: 'withdrew', become: 'became',
};

const doubling = new Set(['plan', 'control', 'ship', 'stop', 'drop', 'trim', 'transfer', 'refer', 'commit', 'submit', 'admit', 'equip', 'patrol', 'program', 'scan', 'plug', 'chop', 'rub', 'tag', 'wrap', 'strip', 'grip', 'map', 'pin', 'knit', 'set', 'cut', 'put', 'run', 'dig', 'spin', 'sit', 'bid', 'fit', 'pad', 'pet', 'trap', 'step', 'log', 'jog', 'mop', 'prep', 'occur', 'compel', 'propel', 'dispel', 'excel', 'label', 'model', 'travel', 'cancel', 'channel', 'fuel', 'signal', 'total', 'level']);

export function pastTense(verb: string): string {
  const irregular = irregularPast[verb];
  if (irregular) return irregular;
  if (doubling.has(verb)) return `${verb}${verb.at(-1) ?? ''}ed`;
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

export function presentParticiple(verb: string): string {
  if (verb === 'be') return 'being';
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (doubling.has(verb)) return `${verb}${verb.at(-1) ?? ''}ing`;
  if (verb.endsWith('e') && !/(?:ee|ye|oe)$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  return `${verb}ing`;
}

const iseStems =
  'organ|optim|priorit|special|standard|custom|util|minim|maxim|recogn|summar|final|author|categor|sanit|steril|mobil|stabil|synchron|visual|normal|harmon|modern|emphas|character|monet|digit|memor|central|capital|critic|familiar|immun|neutral|local|personal|energ|public|industrial|commercial|computer|random|hospital|symbol|legal|global|fertil|pressur|vapor|ion|magnet|polar|crystall|caramel|homogen|pasteur|fossil|galvan|vulcan|anaesthet|hypnot|metabol|oxid|util';
const isePattern = new RegExp(`\\b(${iseStems})is(e|ed|es|ing|ation|ations|er|ers)\\b`, 'g');

/** British spellings also in American form (ESCO writes "organise", "analyse", "paediatric"; job posts often do not). */
export function americanSpelling(phrase: string): string {
  return phrase
    .replace(isePattern, '$1iz$2')
    .replace(/\banalys(e|ed|es|ing)\b/g, 'analyz$1')
    .replace(/\bpaedi/g, 'pedi')
    .replace(/\bhaem/g, 'hem')
    .replace(/\blabour\b/g, 'labor')
    .replace(/\bcolour/g, 'color')
    .replace(/\bbehaviour/g, 'behavior')
    .replace(/\bprogramme\b/g, 'program');
}
