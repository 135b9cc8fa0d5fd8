import { analyseText, type AnalysedSentence, type AnalyseText } from '#server/ai/offline/evaluation/analyse-text.ts';
import { findSkillNames } from '#server/ai/offline/evaluation/find-skills.ts';
import { readJobSkills } from '#server/ai/offline/evaluation/read-job-skills.ts';
import { isActionSentence, isResultSentence } from '#server/ai/offline/evaluation/star-parts.ts';
import { readWithCompromise } from '#server/ai/offline/language-models.ts';
import { liveNotesSchema, noteLiveInputSchema, type LiveNote, type LiveNotes, type NoteLiveInput } from '#shared/ai/live.ts';

const interviewerLabel = /^(interviewer|host|recruiter|hiring manager|panel|q)\s*:/i;
const speakerLabel = /^([A-Z][\w .'-]{0,30}):\s*/;
const titleClaim = /\b(i was (the |a )?(lead|head|manager|director|senior|principal|chief|founder|owner|supervisor|charge nurse)|(team|tech|shift|project) lead|promoted|my title|as (the )?(lead|head|manager|team lead|director))\b/i;
const achievementClaim = /\b(i|we) (led|launched|built|won|founded|grew|saved|managed|doubled|tripled|increased|reduced|delivered|created|designed|ran|closed|trained|hired)\b/i;

const careerMove = /\b(joined|worked|started|moved|left|was hired)\b/i;
const figurePattern = /\d|\b(two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand|million|half|double|twice|triple)\b/i;

/** Numbers worth verifying; a bare year ("in 2019") dates a claim rather than being one. */
function hasFigure(text: string): boolean {
  return figurePattern.test(text.replace(/\b(19|20)\d{2}\b/g, ''));
}

/** Organisations compromise finds in a sentence, trailing punctuation stripped, kept only when written in the sentence. */
function findOrganisations(sentence: string): string[] {
  return readWithCompromise(sentence)
    .organizations()
    .out('array')
    .map((name) => name.replace(/[\s.,;:!?]+$/, ''))
    .filter((name) => name.length > 1 && sentence.includes(name));
}

const claimLabels = { title: 'a title or role', achievement: 'an achievement', figure: 'a figure' } as const;
const claimFollowUps = {
  title: 'Ask about the scope of that role: team size, who they reported to, and the dates.',
  achievement: 'Ask what their own part was and how the result was measured.',
  figure: 'Ask how this figure was measured and what their own part in it was.',
} as const;

/** Offline noteLive: key points, claims to verify and follow-ups from one chunk of a live transcript, quoting it verbatim. */
export function noteLive(input: NoteLiveInput, analyse: AnalyseText = analyseText): LiveNotes {
  const { chunk, context } = noteLiveInputSchema.parse(input);
  const candidateText = candidateSegments(chunk);
  const notes: LiveNote[] = [];
  const jobSkills = context.jobDescription ? readJobSkills(context.jobDescription).mustHave.map((skill) => skill.name) : [];
  const mentioned = new Set<string>();
  let lastAction: AnalysedSentence | undefined;
  let sawResult = false;
  for (const segment of candidateText) {
    for (const sentence of analyse(segment).sentences) {
      const skills = findSkillNames(sentence.text);
      skills.forEach((skill) => mentioned.add(skill));
      const action = isActionSentence(sentence);
      if (action && !careerMove.test(sentence.text)) lastAction = sentence;
      if (isResultSentence(sentence)) sawResult = true;
      const figure = hasFigure(sentence.text);
      if (figure || titleClaim.test(sentence.text) || achievementClaim.test(sentence.text)) {
        const kind = titleClaim.test(sentence.text) ? 'title' : achievementClaim.test(sentence.text) ? 'achievement' : 'figure';
        notes.push({ kind: 'claim', text: `Verify ${claimLabels[kind]}: check references or ask for evidence.`, quote: sentence.text });
        notes.push({ kind: 'follow_up', text: claimFollowUps[kind], quote: sentence.text });
      } else if (action || skills.length > 0) {
        notes.push({ kind: 'key_point', text: skills.length > 0 ? `Mentions ${skills.join(', ')}.` : 'Describes something they did.', quote: sentence.text });
      }
      for (const organisation of findOrganisations(sentence.text)) {
        if (mentioned.has(`org:${organisation}`)) continue;
        mentioned.add(`org:${organisation}`);
        notes.push({ kind: 'claim', text: `Verify the organisation named: ${organisation} (role, dates).`, quote: sentence.text });
      }
      if (/\bwe\b/i.test(sentence.text) && !/\b(i|my|me)\b/i.test(sentence.text) && action) {
        notes.push({ kind: 'follow_up', text: 'Ask what they personally did here; the answer speaks for the team.', quote: sentence.text });
      }
    }
  }
  if (lastAction && !sawResult) notes.push({ kind: 'follow_up', text: 'Ask what the outcome was; no result was stated.', quote: lastAction.text });
  const unmentioned = jobSkills.filter((skill) => !mentioned.has(skill));
  if (unmentioned.length > 0 && candidateText.join(' ').trim()) {
    notes.push({ kind: 'follow_up', text: `Not yet discussed, required by the role: ${unmentioned.slice(0, 3).join(', ')}.` });
  }
  const planned = closestOpenQuestion(context.openQuestions, candidateText.join(' '));
  if (planned) notes.push({ kind: 'follow_up', text: `Planned question, not asked yet, that follows from this: ${planned}` });
  const previous = new Set(context.previousNotes.map((note) => note.trim().toLowerCase()));
  const seen = new Set<string>();
  const fresh = notes.filter((note) => {
    const key = `${note.kind}|${note.text}|${note.quote ?? ''}`;
    if (seen.has(key) || previous.has(note.text.toLowerCase()) || (note.quote && previous.has(note.quote.toLowerCase()))) return false;
    seen.add(key);
    return true;
  });
  return liveNotesSchema.parse({ notes: fresh.slice(0, 12) });
}

const minorWords = new Set(['about', 'their', 'there', 'which', 'would', 'could', 'should', 'what', 'when', 'where', 'with', 'your', 'have', 'this', 'that', 'from', 'tell', 'describe', 'time', 'were', 'they', 'them', 'then', 'than', 'into', 'been', 'also', 'some', 'more', 'most', 'very']);

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}\p{N}+#]{4,}/gu) ?? []).filter((word) => !minorWords.has(word)));
}

/** The open question sharing the most content words with what the candidate said (at least one), if any. */
function closestOpenQuestion(openQuestions: readonly string[], spoken: string): string | undefined {
  const said = contentWords(spoken);
  let best: { question: string; shared: number } | undefined;
  for (const question of openQuestions) {
    const shared = [...contentWords(question)].filter((word) => said.has(word)).length;
    if (shared > 0 && (!best || shared > best.shared)) best = { question, shared };
  }
  return best?.question;
}

/** The candidate's lines: labelled interviewer lines are dropped; an unlabelled chunk is taken as the candidate's. */
function candidateSegments(chunk: string): string[] {
  const lines = chunk.split(/\n+/).filter((line) => line.trim());
  const labelled = lines.some((line) => speakerLabel.test(line.trim()));
  if (!labelled) return [chunk];
  return lines
    .filter((line) => !interviewerLabel.test(line.trim()))
    .map((line) => {
      const label = speakerLabel.exec(line.trim());
      // Keep the text after the label so quotes stay verbatim substrings of the chunk.
      return label ? line.trim().slice(label[0].length) : line.trim();
    });
}
