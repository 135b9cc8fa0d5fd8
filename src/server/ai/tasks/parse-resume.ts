import { z } from 'zod';
import { readDocument, type DocumentContent } from '#server/ai/offline/documents/index.ts';
import { parseResumeInReader } from '#server/ai/offline/resume/index.ts';
import { defineTask } from '#server/ai/task.ts';
import { placeMentions } from '#server/ai/tasks/support/place-mentions.ts';
import { block, honesty } from '#server/ai/tasks/support/prompt-blocks.ts';
import { parsedResumeSchema, resumeEntityTypeSchema, resumeSchema } from '#shared/ai/resume.ts';

export const parseResumeInputSchema = z.object({
  fileName: z.string().trim().min(1, 'a file name is required'),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'must be the file contents as bytes' }),
  mimeType: z.string().optional(),
});

export const parsedResumeDocumentSchema = parsedResumeSchema.extend({
  format: z.enum(['pdf', 'docx', 'txt', 'md', 'json']),
  pages: z.number().int().positive().optional(),
});

/** What parseResume answers: the parsed resume, the file's format and its page count. */
export type ParsedResumeDocument = z.infer<typeof parsedResumeDocumentSchema>;

/** The model returns the resume and the entities it saw as written; offsets are found in the text afterwards. */
const llmResumeSchema = z.object({
  resume: resumeSchema,
  entities: z.array(
    z.object({
      type: resumeEntityTypeSchema,
      text: z.string().describe('exactly as written in the resume'),
      confidence: z.number().min(0).max(1),
    }),
  ),
  warnings: z.array(z.string()),
});

/** Long enough for any real resume; the rest of a 40-page upload is not worth the tokens. */
const maxPromptChars = 40_000;

export const parseResumeTask = defineTask({
  name: 'parseResume',
  input: parseResumeInputSchema,
  output: parsedResumeDocumentSchema,
  // Read and parsed in a document reader, on another core (decision 052).
  offline: (input, ctx) => parseResumeInReader(input, { nlp: ctx.resumeNlp, limits: ctx.documentLimits }),
  // Reading the file is not the model's job: a PDF without text or a corrupt file fails here, on either engine.
  llmInput: (input, ctx): Promise<DocumentContent> => readDocument(input, { limits: ctx.documentLimits }),
  prompt: (document) => ({
    system: [
      'You turn resume text (extracted from a PDF, DOCX or text file; two-column layouts are read left column first)',
      'into a JSON Resume document: basics (name, label, email, phone, url, summary, location, profiles),',
      'work (name = employer, position, location, startDate, endDate — omit endDate for a current job, summary, highlights),',
      'education, skills, certificates, languages, projects. Dates are YYYY, YYYY-MM or YYYY-MM-DD.',
      'entities: the spans you recognised (PERSON, ORG, SKILL, DEGREE, DATE, LOCATION, EMAIL, PHONE, URL, TITLE,',
      'CERTIFICATION, LANGUAGE), each copied exactly as written, with your confidence 0–1.',
      'warnings: anything a reader should know (e.g. "no work dates found"); empty if none.',
      honesty,
    ].join(' '),
    prompt: block('resume_text', document.text.slice(0, maxPromptChars)),
  }),
  llmOutput: llmResumeSchema,
  finishLlm: (output, document) => ({
    text: document.text,
    resume: document.jsonResume ?? output.resume,
    entities: placeMentions(document.text, output.entities).map(({ type, start, end, text, confidence }) => ({ type, start, end, text, confidence })),
    warnings: output.warnings,
    format: document.format,
    ...(document.pages ? { pages: document.pages } : {}),
  }),
});
