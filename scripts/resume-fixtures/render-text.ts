import type { Block, ResumeModel } from './resume-model.ts';

function textLines(block: Block, markdown: boolean): string[] {
  switch (block.kind) {
    case 'heading':
      return markdown ? ['', `## ${block.text.replace(/:$/, '')}`, ''] : ['', block.text];
    case 'entry': {
      const title = markdown ? `### ${block.title}` : block.title;
      const first = block.right ? `${title}${markdown ? ' — ' : '      '}${block.right}` : title;
      const spacer = markdown || block.right !== undefined || !block.subtitle ? [''] : [];
      return [...(markdown ? [''] : spacer), first, ...(block.subtitle ? [markdown ? `*${block.subtitle}*` : block.subtitle] : [])];
    }
    case 'bullet':
      return [markdown ? `- ${block.text}` : `• ${block.text}`];
    case 'paragraph':
    case 'line':
      return [block.text];
  }
}

/** Plain text or Markdown: the same blocks, in the order a reader would type them (sidebar after the header). */
export function renderResumeText(model: ResumeModel, markdown: boolean): string {
  const lines: string[] = markdown ? [`# ${model.name}`, '', `**${model.label}**`, ''] : [model.name, model.label];
  if (model.contact.length > 0) lines.push(model.contact.join(markdown ? ' · ' : ' | '));
  for (const block of [...model.sidebar, ...model.main]) lines.push(...textLines(block, markdown));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
