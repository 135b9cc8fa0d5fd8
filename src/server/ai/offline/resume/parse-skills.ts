import type { ResumeSkill } from '#shared/ai/resume.ts';
import type { SkillMention } from '#shared/ai/skills.ts';
import type { EntityList } from './entity-list.ts';
import { languageNames } from './lexicon.ts';
import { splitListItems } from './parse-lists.ts';
import { stripBullet, type TextLine } from './resume-lines.ts';

/** The skills section as written: "Category: a, b" lines become {name: category, keywords}; other items {name}. Names are canonical where a skill mention covers the item. */
export function parseSkills(lines: TextLine[], allMentions: SkillMention[], entities: EntityList): ResumeSkill[] {
  const content = lines.filter((line) => line.text !== '');
  const from = content[0]?.start ?? 0;
  const to = content[content.length - 1]?.end ?? 0;
  const mentions = allMentions.filter((mention) => mention.start >= from && mention.end <= to);
  // An item that is exactly one skill under another spelling ("JS", "k8s", "Postgres") takes the canonical name;
  // "Salesforce CRM" or "Excel (pivot tables)" stay as written.
  const canonical = (item: TextLine): string => {
    const mention = mentions.find((m) => m.start === item.start && m.end === item.end);
    return mention?.name ?? item.text;
  };
  const skills: ResumeSkill[] = [];
  const seen = new Set<string>();
  const accept = (item: TextLine) => item.text.length <= 60 && item.text.split(/\s+/).length <= 6 && /\p{L}/u.test(item.text);
  for (const raw of lines) {
    if (raw.text === '') continue;
    const line = stripBullet(raw);
    const category = /^([\p{L}][\p{L} &/+-]{1,40}):\s+(.+)$/u.exec(line.text);
    if (category?.[1] && category[2]) {
      const contentStart = line.text.length - category[2].length;
      const items = splitListItems([{ text: category[2], start: line.start + contentStart, end: line.end }]).filter(accept);
      // "Languages: English, French" inside a skills section lists spoken languages; those go to `languages`.
      if (items.length > 0 && items.every((item) => languageNames.has(item.text.split(/[\s(]/)[0]?.toLowerCase() ?? ''))) continue;
      for (const item of items) entities.add('SKILL', item, 0.8);
      if (items.length > 0) skills.push({ name: category[1].trim(), keywords: items.map(canonical) });
      continue;
    }
    // A sentence ("Proficient in Excel and QuickBooks; experienced with ...") is not a list: take the skills it names.
    const lineItems = splitListItems([line]);
    if (mentions.length > 0 && lineItems.some((item) => item.text.split(/\s+/).length > 4)) {
      for (const mention of mentions.filter((m) => m.start >= line.start && m.end <= line.end)) {
        if (seen.has(mention.name.toLowerCase())) continue;
        seen.add(mention.name.toLowerCase());
        skills.push({ name: mention.name });
      }
      continue;
    }
    for (const rawItem of lineItems.filter(accept)) {
      // "Python (Expert)", "Excel – Advanced": the level is kept apart from the name.
      const levelled = /^(.+?)\s*(?:\(|[-–—:]\s*)(beginner|basic|elementary|intermediate|advanced|expert|proficient|fluent|native)\)?$/i.exec(rawItem.text);
      const item = levelled?.[1] ? { text: levelled[1], start: rawItem.start, end: rawItem.start + levelled[1].length } : rawItem;
      const name = canonical(item);
      entities.add('SKILL', item, 0.8);
      if (seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      skills.push({ name, ...(levelled?.[2] ? { level: levelled[2] } : {}) });
    }
  }
  return skills;
}
