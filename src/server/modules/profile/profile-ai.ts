import { extractSkillsTask, parseResumeTask, type AiEngine, type AiRunContext } from '#server/ai/index.ts';
import type { Resume } from '#shared/ai/resume.ts';
import type { SkillMention } from '#shared/ai/skills.ts';

export type CvFile = { bytes: Uint8Array; fileName: string; mimeType: string };

/** A CV read by the AI engine: its text, the JSON Resume parsed from it, and every skill the text names. */
export type ReadCv = { text: string; resume: Resume; skills: SkillMention[] };

/**
 * Everything the profile module asks of the AI engine; the module reaches the engine only through this type, so tests
 * or another engine can stand in.
 */
export type ProfileAi = {
  /** Throws a DocumentError (no_text_layer, unreadable_document, unsupported_type, empty_file, too_large). */
  readCv(file: CvFile, ctx: AiRunContext): Promise<ReadCv>;
};

/** Offline by default; the caller's (or the server's) LLM when a key resolves. */
export function createProfileAi(engine: AiEngine): ProfileAi {
  return {
    async readCv(file, ctx) {
      // A Buffer is a Uint8Array; the task's schema checks exactly that.
      const bytes = file.bytes as Uint8Array<ArrayBuffer>;
      const { output } = await engine.run(parseResumeTask, { ...file, bytes }, ctx);
      const { output: found } = await engine.run(extractSkillsTask, { text: output.text }, ctx);
      return { text: output.text, resume: output.resume, skills: found.skills };
    },
  };
}
