import { analyzeSkillGapsTask } from './analyze-skill-gaps.ts';
import { briefInterviewerTask } from './brief-interviewer.ts';
import { evaluateAnswerTask } from './evaluate-answer.ts';
import { extractExperienceTask } from './extract-experience.ts';
import { extractSkillsTask } from './extract-skills.ts';
import { generateQuestionsTask } from './generate-questions.ts';
import { matchResumeTask } from './match-resume.ts';
import { nextTurnTask } from './next-turn.ts';
import { noteLiveTask } from './note-live.ts';
import { parseJobTask } from './parse-job.ts';
import { parseResumeTask } from './parse-resume.ts';
import { reviewInterviewTask } from './review-interview.ts';
import { summarizeInterviewTask } from './summarize-interview.ts';

export {
  analyzeSkillGapsTask,
  briefInterviewerTask,
  evaluateAnswerTask,
  extractExperienceTask,
  extractSkillsTask,
  generateQuestionsTask,
  matchResumeTask,
  nextTurnTask,
  noteLiveTask,
  parseJobTask,
  parseResumeTask,
  reviewInterviewTask,
  summarizeInterviewTask,
};
export { parsedResumeDocumentSchema, parseResumeInputSchema, type ParsedResumeDocument } from './parse-resume.ts';
export { summarizeInterviewInputSchema } from './summarize-interview.ts';

/** Every task by name, e.g. for a job queue that stores the task name with its payload. */
export const aiTasks = {
  parseResume: parseResumeTask,
  extractSkills: extractSkillsTask,
  parseJob: parseJobTask,
  matchResume: matchResumeTask,
  generateQuestions: generateQuestionsTask,
  nextTurn: nextTurnTask,
  evaluateAnswer: evaluateAnswerTask,
  summarizeInterview: summarizeInterviewTask,
  briefInterviewer: briefInterviewerTask,
  noteLive: noteLiveTask,
  reviewInterview: reviewInterviewTask,
  extractExperience: extractExperienceTask,
  analyzeSkillGaps: analyzeSkillGapsTask,
} as const;

export type AiTaskName = keyof typeof aiTasks;
export { planNextTurnSpeech } from './next-turn-speech.ts';
