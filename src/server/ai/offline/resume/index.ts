export { parseResume, type ExtractSkillsFn, type ParseResumeOptions } from './parse-resume.ts';
export { parseResumeDocument, type ParsedResumeDocument } from './parse-resume-document.ts';
export { createResumeNlp, type ResumeNlp } from './resume-nlp.ts';
export { parseResumeInReader } from './parse-resume-in-reader.ts';
