import type { ResumeProject } from '#shared/ai/resume.ts';
import type { EntityList } from './entity-list.ts';
import { findUrls } from './find-contacts.ts';
import { groupEntries } from './group-entries.ts';
import { isBullet, stripBullet, type TextLine } from './resume-lines.ts';
import { cutSpan, splitFields } from './split-fields.ts';

/** Projects: a name line (with an optional link and dates), then a description and bullet highlights. */
export function parseProjects(lines: TextLine[], entities: EntityList): ResumeProject[] {
  const projects: ResumeProject[] = [];
  const { entries } = groupEntries(lines, () => false);
  for (const entry of entries) {
    const headerSpans = [...entry.header, ...(entry.dateLine && entry.range ? cutSpan(entry.dateLine, entry.range.index, entry.range.text.length) : [])];
    const url = headerSpans.flatMap(findUrls)[0];
    const name = headerSpans.flatMap((span) => splitFields(span)).find((piece) => !url || !piece.text.includes(url.text));
    if (!name) continue;
    const project: ResumeProject = { name: name.text };
    if (url) {
      project.url = url.text;
      entities.add('URL', url, 0.95);
    }
    const highlights = entry.body.filter((line) => isBullet(line.text)).map((line) => stripBullet(line).text.replace(/\s+/g, ' '));
    const description = entry.body.filter((line) => !isBullet(line.text)).map((line) => line.text.replace(/\s+/g, ' ')).join(' ');
    if (description) project.description = description;
    if (highlights.length > 0) project.highlights = highlights;
    projects.push(project);
  }
  return projects;
}
