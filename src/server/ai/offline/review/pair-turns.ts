/**
 * Pairs a whole interview transcript's turns into questions and their answers: an answer may span several candidate
 * turns (the interviewer's "mhm" between them is not a question), small talk before the first question and the closing
 * "any questions for me?" are not rated, and a follow-up ("what was the result?") belongs to the question it follows.
 */
export type SpokenTurn = { role: 'interviewer' | 'candidate'; text: string };

export type QuestionExchange = {
  /** The question as the interviewer asked it (the question sentence(s) of the turn). */
  question: string;
  followUps: string[];
  /** Every candidate turn from the question to the next question, follow-up answers included, joined by spaces. */
  answer: string;
  answerTurns: number;
};

const backChannelWords = new Set(
  [
    'mhm', 'mm', 'mmm', 'hmm', 'uh-huh', 'uh', 'huh', 'ok', 'okay', 'right', 'yes', 'yeah', 'yep', 'sure', 'great', 'good',
    'nice', 'cool', 'wow', 'alright', 'all', 'i', 'see', 'got', 'it', 'thanks', 'thank', 'you', 'so', 'interesting',
    'perfect', 'excellent', 'fine', 'lovely', 'and', 'then', 'go', 'on', 'that', 'makes', 'sense', "that's", 'fair',
    'impressive', 'ha', 'very', 'much', 'oh', 'well', 'brilliant', 'wonderful', 'understood', 'absolutely', 'indeed', 'really',
  ],
);

// Small talk and the logistics of the call: asked as questions, never rated.
const smallTalk =
  /\b(how are you|how('s| is) (it going|your day|the day)|how was (the|your) (traffic|trip|journey|drive|weekend|flight)|did you find (us|the|it)|find the (building|place|office)|can you hear me|hear me (ok|okay|alright|well)|(is|are) (the|my) (video|audio|sound|connection)|all good with the|good time|get you (some|a|anything)|some water|a coffee|have a seat|shall we (begin|start|get started)|can we (begin|start)|ready to (begin|start|get started)|nice to meet you|thanks? (you )?for (coming|joining|making|having)|good trip|lucky you|and yours)\b/i;
// The closing "do you have any questions for me?": the candidate's turn to ask, not an answer to rate.
const closingQuestion = /\b(any|have some) questions? (for (me|us)|about (the role|us))|anything (else )?you('d| would) like to ask|do you have any questions\b|any questions\??\s*$/i;
// A new main question: the classic openers of a behavioural interview.
const mainQuestionCue =
  /\b(tell(ing)? (me|us) (about|a bit about|a little about|a little bit about)|describe (a|an|your|the|how)|give (me|us) an example|an example of|walk (me|us) through|talk (me|us) through|(a|one) time (when|where|that|you)|what (is|would you say is|are) (your|one of your) (greatest|biggest|main|key)|(greatest|biggest) (weakness|strength|achievement|failure|challenge)|why should we|why do you want|why (are you|would you be) (interested|a good fit)|why (this|our) (role|company|position|team)|where do you see yourself|what (motivates|interests) you|how would you (handle|deal|approach)|have you ever|what would you do if|what do you know about|(a|an) (challenge|conflict|disagreement|mistake|failure|problem|situation) (you|where|when|that|in))\b/i;
// Inside a question, an opener that asks for more of the same story ("tell me more about that", "can you give me an example?").
const digDeeper = /\b(tell (me|us) more|more about (that|it|this|the)|(give|have) (me |us )?(an|a specific|a concrete|another|one) example|example of that)\b/i;
// A question that digs into the answer just given.
const followUpCue =
  /^\W*(and |so |but |okay,? |ok,? |right,? |mhm,? |great,? |nice,? )?(what (was|were|happened|did|do|made|would)|how (did|do|many|much|long|was|were|would)|why( did|\?| was|\b)|can you (give|say|tell me more|be more|elaborate|expand)|could you (give|say|tell me more|be more|elaborate|expand)|in (a|what) (work|study|professional)|do you (know|remember)|by how much|and then|tell me more|such as|for example|and (your|the) (result|outcome|role)|what about)/i;

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
}

/** "Mhm.", "Okay, great.", "Right, I see.": a turn made only of acknowledgement words, with no question in it. */
export function isBackChannel(text: string): boolean {
  const tokens = words(text);
  if (tokens.length === 0) return true;
  if (tokens.length > 6 || text.includes('?')) return false;
  return tokens.every((token) => backChannelWords.has(token));
}

/** The sentences of an interviewer turn that ask something ("Great. Tell me about a time…" → "Tell me about a time…"). */
function askingPart(text: string): string {
  const sentences = text.match(/[^.!?]+[.!?]*/g)?.map((sentence) => sentence.trim()).filter(Boolean) ?? [text.trim()];
  const asking = sentences.filter((sentence) => sentence.endsWith('?') || mainQuestionCue.test(sentence) || followUpCue.test(sentence));
  return (asking.length > 0 ? asking : sentences).join(' ').trim();
}

type TurnKind = 'back_channel' | 'small_talk' | 'closing' | 'main' | 'follow_up';

function classifyInterviewerTurn(text: string, inQuestion: boolean): TurnKind {
  if (isBackChannel(text)) return 'back_channel';
  const asking = askingPart(text);
  if (closingQuestion.test(asking)) return 'closing';
  if (mainQuestionCue.test(asking)) {
    // "Tell me more about that" and "can you give me an example?" dig into the answer just given.
    if (inQuestion && digDeeper.test(asking)) return 'follow_up';
    return 'main';
  }
  if (smallTalk.test(text) && !(inQuestion && followUpCue.test(asking))) return 'small_talk';
  const isQuestion = asking.includes('?') || followUpCue.test(asking);
  if (!isQuestion) return 'back_channel';
  if (inQuestion) return 'follow_up';
  // A question before any interview question: an interview question only when it is long enough to be one.
  return words(asking).length >= 6 ? 'main' : 'small_talk';
}

/** Questions with their answers, in order; questions that got no candidate turn keep an empty answer. */
export function pairTurns(turns: readonly SpokenTurn[]): QuestionExchange[] {
  const exchanges: QuestionExchange[] = [];
  let current: (QuestionExchange & { parts: string[] }) | null = null;
  const close = () => {
    if (current) exchanges.push({ question: current.question, followUps: current.followUps, answer: current.parts.join(' '), answerTurns: current.parts.length });
    current = null;
  };
  for (const turn of turns) {
    const text = turn.text.trim();
    if (!text) continue;
    if (turn.role === 'candidate') {
      current?.parts.push(text);
      continue;
    }
    const kind = classifyInterviewerTurn(text, current !== null);
    if (kind === 'main') {
      close();
      current = { question: askingPart(text), followUps: [], answer: '', answerTurns: 0, parts: [] };
    } else if (kind === 'follow_up' && current) {
      current.followUps.push(askingPart(text));
    } else if (kind === 'closing' || kind === 'small_talk') {
      // The closing question and late small talk end the question before; what the candidate says next is not rated.
      if (kind === 'closing' || current?.parts.length) close();
    }
  }
  close();
  return exchanges;
}
