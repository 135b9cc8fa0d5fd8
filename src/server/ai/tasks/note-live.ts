import { noteLive } from '#server/ai/offline/live/note-live.ts';
import { defineTask } from '#server/ai/task.ts';
import { verbatim } from '#server/ai/tasks/support/find-verbatim.ts';
import { block, honesty, joinPrompt, jsonBlock } from '#server/ai/tasks/support/prompt-blocks.ts';
import { liveNoteKinds, liveNotesSchema, noteLiveInputSchema } from '#shared/ai/live.ts';

export const noteLiveTask = defineTask({
  name: 'noteLive',
  input: noteLiveInputSchema,
  output: liveNotesSchema,
  offline: (input, ctx) => noteLive(input, ctx.analyseText),
  prompt: ({ chunk, context }) => ({
    system: [
      'You take notes for an interviewer during a live interview, from the latest piece of the transcript.',
      `Each note has a kind (${liveNoteKinds.join(', ')}): key_point = what the candidate showed;`,
      'claim = a specific claim worth verifying (numbers, scope, titles, certifications); follow_up = a question to ask next.',
      'Each note is one short line, with a verbatim quote from the transcript piece where there is one.',
      'A follow_up may point to one of the open_questions (planned, not yet asked) when the answer leads to it.',
      'Note only what was said about the work: never emotions, personality, confidence, nervousness, tone or body language.',
      'Skip small talk and anything already in the previous notes. Return no notes if nothing is worth noting.',
      honesty,
    ].join(' '),
    prompt: joinPrompt(
      context.role && `Role: ${context.role}`,
      block('job_description', context.jobDescription),
      context.previousNotes.length > 0 && jsonBlock('previous_notes', context.previousNotes),
      context.openQuestions.length > 0 && jsonBlock('open_questions', context.openQuestions),
      block('transcript_piece', chunk),
    ),
  }),
  // A quote found in the piece takes the piece's own spelling; one that is not is kept as the model wrote it, so the
  // caller, who holds the whole transcript and the CV, can check it and drop the note (decision 032).
  finishLlm: ({ notes }, { chunk }) => ({
    notes: notes.map((note) => {
      const found = note.quote ? verbatim(chunk, note.quote) : undefined;
      return found ? { ...note, quote: found } : note;
    }),
  }),
});
