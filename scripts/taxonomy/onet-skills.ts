import type { TaxonomySkill } from '#server/ai/offline/skills/skill-dictionary.ts';

/** Vendors named in two or more words; one-word vendors are found by counting (see findVendors). */
const longVendors = ['Amazon Web Services AWS', 'Amazon Web Services', 'Microsoft Azure', 'Google Cloud', 'The MathWorks', 'Hewlett Packard', 'Leica Geosystems', 'Dassault Systemes', 'Red Hat', 'Thomson Reuters', 'Wolters Kluwer', 'Epic Systems', 'Bentley Systems', 'Oracle JD', 'Trimble Navigation', 'Rockwell Automation', 'Schneider Electric'];

const acronymPattern = /^[A-Z][A-Z0-9&]{1,7}$/;

function words(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

function isCommon(word: string, common: ReadonlySet<string>): boolean {
  return common.has(word.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, ''));
}

/** A first word shared by three or more product names, capitalised and not an ordinary word, is a vendor (Microsoft, Adobe, Apache). */
function findVendors(names: readonly string[], common: ReadonlySet<string>): Set<string> {
  const counts = new Map<string, number>();
  for (const name of names) {
    const first = words(name)[0];
    if (first && words(name).length > 1) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  const vendors = new Set(longVendors);
  for (const [word, count] of counts) if (count >= 3 && /^\p{Lu}/u.test(word) && !isCommon(word, common)) vendors.add(word);
  return vendors;
}

/** "Microsoft Excel" → "Excel"; "The MathWorks MATLAB" → "MATLAB"; undefined when no vendor leads the name. */
function stripVendor(base: string, vendors: ReadonlySet<string>): string | undefined {
  for (const vendor of [...longVendors, ...words(base).slice(0, 1)]) {
    if (vendors.has(vendor) && base.startsWith(`${vendor} `)) return base.slice(vendor.length + 1).trim();
  }
  return undefined;
}

/** Whether a short form names the product alone: an ordinary word ("Access", "Project", "Windows") does not. */
function isDistinctive(form: string, common: ReadonlySet<string>): boolean {
  const parts = words(form);
  if (parts.length === 0 || form.length < 3) return false;
  if (parts.length === 1) return !isCommon(form, common) || /\p{Lu}.*\p{Lu}|\d|[+#.]/u.test(form.slice(1));
  return parts.some((part) => !isCommon(part, common) || /\p{Lu}.*\p{Lu}|\d/u.test(part));
}

/**
 * O*NET's tools and technologies as skills. Category names ("Spreadsheet software") are dropped unless they carry an
 * acronym ("Structured query language SQL" → SQL); product names keep a short form without the vendor when it is
 * distinctive ("Atlassian JIRA" → JIRA, but not "Microsoft Access" → Access). A form the curated tables already know
 * maps to their canonical name, so "Oracle Java" and "Java" are one skill.
 */
export function buildOnetSkills(
  names: readonly string[],
  common: ReadonlySet<string>,
  curatedNameOf: (form: string) => string | undefined,
): TaxonomySkill[] {
  const vendors = findVendors(names, common);
  const skills: TaxonomySkill[] = [];
  for (const name of names) {
    const base = name.replace(/\s+(?:software|software suite|suite software)$/i, '').trim();
    const parts = words(base);
    const last = parts.at(-1) ?? '';
    // A trailing acronym spells the words before it ("Structured query language SQL"), unlike a model code ("Accurate NXG").
    const spelled = parts.length > 2 && last.charAt(0).toLowerCase() === (parts[0] ?? '').charAt(0).toLowerCase();
    const acronym = spelled && acronymPattern.test(last) ? last : undefined;
    const phrase = acronym ? parts.slice(0, -1).join(' ') : base;
    const generic = words(phrase).length > 1 && words(phrase).slice(1).every((part) => part === part.toLowerCase()) && isCommon(words(phrase)[0] ?? '', common);
    const forms = new Set<string>();
    // "Billing software", "Database software": a one-word category, not a product.
    if (parts.length === 1 && (name !== base || base.length < 2) && isCommon(base, common)) continue;
    let canonical: string;
    if (generic) {
      // "Computer aided software engineering CASE": an acronym that is also a word ("case", "fast") would match headings.
      if (!acronym || isCommon(acronym, common)) continue;
      canonical = acronym;
      forms.add(`=${acronym}`);
      if (words(phrase).length >= 2) forms.add(phrase.toLowerCase());
    } else {
      canonical = phrase;
      if (name !== base) forms.add(name);
      if (acronym && !isCommon(acronym, common)) forms.add(`=${acronym}`);
      const short = stripVendor(phrase, vendors);
      // "Thomson Reuters CLEAR": a word in capitals is a name only as written, never the adjective "clear".
      if (short && isDistinctive(short, common)) forms.add(/^\p{Lu}+$/u.test(short) && isCommon(short, common) ? `=${short}` : short);
      if (parts.length === 1 && isCommon(base, common) && !/\p{Lu}.*\p{Lu}|\d|[+#.]/u.test(base.slice(1))) {
        if (base.replace(/\W/g, '').length <= 4) continue;
        // A one-word product that is also a word (Slack, Chef): only capitalised, and only beside other technical names.
        forms.add(`~${base}`);
      }
    }
    const curated = [canonical, ...forms].map((form) => curatedNameOf(form.replace(/^[=~]/, ''))).find(Boolean);
    if (curated) {
      skills.push({ name: curated, kind: 'knowledge', source: 'onet', aliases: [canonical, ...forms].filter((form) => form.replace(/^[=~]/, '') !== curated) });
      continue;
    }
    const aliases = [...forms].filter((form) => form.replace(/^[=~]/, '') !== canonical);
    const ambiguous = forms.has(`~${canonical}`);
    skills.push({ name: canonical, kind: 'knowledge', source: 'onet', aliases: ambiguous ? [`~${canonical}`] : aliases });
  }
  return skills;
}
