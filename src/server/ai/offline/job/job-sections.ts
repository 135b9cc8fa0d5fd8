/** What a part of a job post is about; decides whether its skills are required, a plus, or just mentioned. */
export type JobSectionKind = 'must' | 'nice' | 'responsibilities' | 'tools' | 'other' | 'none';

export type JobLine = {
  start: number;
  end: number;
  /** The line without bullet marks and surrounding space. */
  content: string;
  isBullet: boolean;
  isHeading: boolean;
  section: JobSectionKind;
};

const nicePattern = /\b(?:nice[ -]to[ -]haves?|preferred|bonus(?:es)?|desirable|desired|pluses|an?\s+(?:(?:big|huge|great|real|strong|definite|major|nice)\s+)?plus|preferably|extra credit|good[ -]to[ -]haves?|would be (?:great|nice)|ideally|not required|optional|added advantage|advantageous)\b/i;
const mustPattern = /\b(?:requirements?|qualifications?|required|must[ -]haves?|what you(?:'ll)? (?:need|bring|have)|who you are|you have|you bring|about you|skills|experience|essential|minimum|basic|competenc(?:y|ies)|what we(?:'re| are) looking for|we(?:'re| are) looking for|ideal candidate|profile|knowledge)\b/i;
/** Headings that ask for something although they also say "you will": "What you will need", "You'll bring", "Requirements". */
const askingPattern = /\b(?:requirements?|qualifications?|must[ -]haves?|(?:what )?you(?:'ll| will)? (?:need|bring|have))\b/i;
const dutiesPattern = /\b(?:responsibilities|responsible|what you(?:'ll| will) do|what you(?:'ll| will) be doing|duties|the role|your role|day[ -]to[ -]day|key tasks|tasks|in this role|accountabilities|you will|your mission|your impact|job description|role description|what the job involves)\b/i;
const otherPattern = /\b(?:pulled from|about us|about the company|who we are|benefits|perks|what we offer|we offer|compensation|salary|pay|how to apply|to apply|equal opportunity|eeo|our culture|why join|why us|location|schedule|hours)\b/i;

/** Words that name tools in a heading: "Software and tools", "Tools & Technologies", "Tech stack", "Technology Skills". */
const toolWords = /^(?:tools?|software|technolog(?:y|ies)|tech|stack|platforms?|systems|applications|apps|programs|equipment|skills|instruments)$/i;
/** Words a tools heading may hold besides those: "Technologies we use", "Familiarity with the following tools", "Tools used". */
const toolFillers = /^(?:and|&|\+|\/|or|the|a|of|with|in|we|you|use|used|using|will|our|your|following|key|main|familiarity|knowledge|experience|proficiency|required|requirements|core|common|typical|relevant|technical|work|job|on|this|team|current|modern)$/i;

/**
 * A heading that introduces a list of tools, read by its words: at least one names tools ("software", "tools",
 * "technologies", "stack") and the others are fillers, so "Software and tools" and "Familiarity with the following
 * tools" count but "Software Engineer" or "Systems we build" do not.
 */
function isToolsHeading(content: string): boolean {
  const words = content.replace(/:$/, '').split(/[\s,]+/).filter(Boolean);
  const named = words.filter((word) => toolWords.test(word));
  return named.length > 0 && (named.length >= 2 || !/^skills$/i.test(named[0] ?? '')) && words.every((word) => toolWords.test(word) || toolFillers.test(word));
}

const bulletPattern = /^\s*(?:[-–—*•·▪◦●■►✓o]|\d{1,2}[.)]|[a-z][.)])\s+/;

/** Classifies a heading line; undefined when the line is not a heading. */
export function classifyHeading(raw: string): JobSectionKind | undefined {
  const content = raw.replace(/’/g, "'");
  const words = content.split(/\s+/).length;
  const looksLikeHeading = (content.endsWith(':') && words <= 8) || (words <= 6 && !/[.;,]$/.test(content) && /^[\p{Lu}\d]/u.test(content));
  if (!looksLikeHeading || content.length > 70) return undefined;
  if (nicePattern.test(content)) return 'nice';
  if (isToolsHeading(content)) return 'tools';
  if (otherPattern.test(content) && !mustPattern.test(content)) return 'other';
  if (askingPattern.test(content)) return 'must';
  if (dutiesPattern.test(content)) return 'responsibilities';
  if (mustPattern.test(content)) return 'must';
  return content.endsWith(':') ? 'other' : undefined;
}

const inlineLabelPattern = /^([^:]{2,40}):\s+(\S.*)$/;

/**
 * "Requirements: SQL, Python" or "Nice to have: dbt": a heading and its content on one line. Returns the section and
 * the content after the label (a suffix of the line, so offsets stay valid); only labels that ask for something count,
 * so "Location: Berlin" or "Job title: …" stay whole lines.
 */
function splitInlineLabel(content: string): { section: JobSectionKind; rest: string } | undefined {
  const match = inlineLabelPattern.exec(content);
  if (!match?.[1] || !match[2]) return undefined;
  const section = classifyHeading(`${match[1]}:`);
  return section === 'must' || section === 'nice' || section === 'responsibilities' || section === 'tools' ? { section, rest: match[2] } : undefined;
}

/** Splits a job post into lines, each tagged with the section it sits in. */
export function splitJobLines(text: string): JobLine[] {
  const lines: JobLine[] = [];
  let section: JobSectionKind = 'none';
  let offset = 0;
  for (const raw of text.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    const isBullet = bulletPattern.test(raw);
    const content = raw.replace(bulletPattern, '').replace(/^[#*\s]+|[*\s]+$/g, '');
    if (!content) continue;
    const inline = isBullet ? undefined : splitInlineLabel(content);
    if (inline) {
      section = inline.section;
      const rest = inline.rest;
      const end = start + raw.replace(/[*\s]+$/, '').length;
      lines.push({ start, end, content: rest, isBullet: false, isHeading: false, section });
      continue;
    }
    const heading = isBullet ? undefined : classifyHeading(content.replace(/:$/, '').length ? content : '');
    if (heading) section = heading;
    lines.push({ start, end: start + raw.length, content, isBullet, isHeading: heading !== undefined, section });
  }
  return lines;
}

/**
 * Phrasing inside a line that overrides its section. Returns where in the line ("Kafka is a plus", "bonus: Rust")
 * the nice-to-have part begins: 0 for the whole line, later for "3+ years of sales, ideally in SaaS".
 */
export function readLinePhrasing(content: string): { must: boolean; niceFrom?: number } {
  const must = /\b(?:required|must|mandatory|essential|minimum|at least)\b/i.test(content);
  const match = nicePattern.exec(content);
  if (!match) return { must };
  const after = content.length - (match.index + match[0].length);
  // "ideally in SaaS" qualifies what follows it; "Kafka is a plus" and "Terraform is a bonus" qualify the whole line.
  const leading = /^(?:ideally|preferably|optional|bonus)/i.test(match[0]) && after > 2;
  const whole = match.index < 5 || (!leading && (match.index < 25 || after < 20));
  // "5+ years of accounting experience, retail experience preferred": the plus is the clause after the comma.
  const clause = content.lastIndexOf(',', match.index) + 1;
  const asksBefore = clause > 0 && content.slice(0, clause - 1).trim().split(/\s+/).length >= 4;
  return { must, niceFrom: whole ? (asksBefore && !leading ? clause : 0) : match.index };
}

/** The sentences of a line with their offsets in the line, so "SQL is required. Airflow is a plus." splits in two. */
export function splitSentences(content: string): { offset: number; text: string }[] {
  const sentences: { offset: number; text: string }[] = [];
  const pattern = /[^.!?;]+(?:[.!?;]+(?=\s|$)|[.!?;]*$)|[^\s]+/g;
  for (const match of content.matchAll(pattern)) {
    if (match[0].trim()) sentences.push({ offset: match.index, text: match[0] });
  }
  return sentences.length > 0 ? sentences : [{ offset: 0, text: content }];
}
