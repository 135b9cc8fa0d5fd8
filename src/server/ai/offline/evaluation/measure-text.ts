import { analyseText } from './analyse-text.ts';
import { countFillers, judgeLength, type FillerReport, type LengthVerdict } from './delivery.ts';

/** How an answer reads, measured the way evaluateAnswer measures it: words, sentences, filler words, a length verdict. */
export type TextMetrics = { words: number; sentences: number; fillers: FillerReport; length: LengthVerdict };

/** Delivery measures of one text (an answer typed or transcribed); deterministic, no LLM. */
export function measureText(text: string): TextMetrics {
  const analysed = analyseText(text);
  return { words: analysed.words, sentences: analysed.sentences.length, fillers: countFillers(text, analysed.words), length: judgeLength(analysed.words) };
}
