import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { z } from 'zod';

type ReviewOptions = { jsonl?: boolean };

/** "turns.2.role: Invalid option…": the first problem of a refused line, naming its field. */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid transcript';
  const field = issue.path.length > 0 ? issue.path.join('.') : '(the line)';
  return `field ${field}: ${issue.message}`;
}

export function registerReviewCommand(program: Command): void {
  program
    .command('review')
    .description('Rate whole interview transcripts read from stdin, one JSON object a line: {"id","turns":[{"role":"interviewer"|"candidate","text"}]}')
    .option('--jsonl', 'print one JSON line per transcript: {"id","rating","ratingWord","perQuestion","summary"} (rating continuous on 1–5)')
    .action(async (options: ReviewOptions) => {
      // The engine and its NLP load when the command runs (decision 013); the review is offline and deterministic.
      const { createTextAnalyser, reviewTranscript, transcriptReviewInputSchema } = await import('#server/ai/index.ts');
      const analyse = createTextAnalyser();
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      let lineNumber = 0;
      let failed = 0;
      let reviewed = 0;
      // Line by line as stdin arrives: a long stream is never held in memory, and each answer is written at once.
      for await (const line of lines) {
        lineNumber += 1;
        if (!line.trim()) continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch (error) {
          failed += 1;
          console.error(`parley review: line ${lineNumber}: not JSON (${(error as Error).message})`);
          continue;
        }
        const input = transcriptReviewInputSchema.safeParse(parsed);
        if (!input.success) {
          failed += 1;
          const id = parsed && typeof parsed === 'object' && 'id' in parsed ? ` (id ${JSON.stringify(parsed.id)})` : '';
          console.error(`parley review: line ${lineNumber}${id}: ${describeIssue(input.error)}`);
          continue;
        }
        const review = reviewTranscript(input.data, analyse);
        reviewed += 1;
        if (options.jsonl) process.stdout.write(`${JSON.stringify(review)}\n`);
        else process.stdout.write(`${review.id}: ${review.rating.toFixed(2)}/5 (${review.ratingWord}) — ${review.summary}\n`);
      }
      if (failed > 0) {
        console.error(`parley review: ${failed} of ${failed + reviewed} line(s) could not be reviewed`);
        process.exitCode = 1;
      }
    });
}
