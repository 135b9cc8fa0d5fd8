import {
  type Competency,
  generateQuestionsOutputSchema,
  type GenerateQuestionsContext,
  type GenerateQuestionsOutput,
  type Question,
  type QuestionStage,
  type Seniority,
} from '#shared/ai/questions.ts';
import { behaviouralCore } from './bank/behavioural-core.ts';
import { behaviouralMore } from './bank/behavioural-more.ts';
import { detectProfession } from './bank/professions.ts';
import { professionQuestions } from './bank/profession-questions.ts';
import { closingBank, introductionBank, screeningBank } from './bank/screening.ts';
import { situationalBank } from './bank/situational.ts';
import { skillTemplates } from './bank/skill-templates.ts';
import { systemDesignBank } from './bank/system-design.ts';
import type { BankTemplate, ProfessionId } from './bank/types.ts';
import { findHighlightHooks, findSkillHooks, type HighlightHook, type SkillHook } from './find-hooks.ts';
import { inferSeniority } from './infer-seniority.ts';
import { planSlots, type Slot } from './plan-slots.ts';
import { createRandom, hashText, questionIdFor, shuffle } from './seeded-random.ts';

const stageOrder: readonly QuestionStage[] = ['introduction', 'experience', 'technical', 'behavioural', 'closing'];

type Draw = { random: () => number; profession: ProfessionId; seniority: Seniority; role: string; used: Set<string>; usedKeys: Set<string>; competencies: Map<string, number> };

/** Offline generateQuestions: a seeded draw from the project's bank, personalised from the resume and job description. */
export function generateQuestions(context: GenerateQuestionsContext): GenerateQuestionsOutput {
  const profession = detectProfession(context.role, context.jobDescription);
  const seniority = context.seniority ?? inferSeniority(context.role, context.jobDescription, context.resume);
  const seed = hashText(JSON.stringify([context.role, context.interviewType, seniority, context.focusSkills, context.jobDescription ?? '', context.resume ?? null, context.seed ?? '']));
  const draw: Draw = { random: createRandom(seed), profession: profession.id, seniority, role: context.role.trim(), used: new Set(), usedKeys: new Set(), competencies: new Map() };
  const highlights = shuffleKeepFirst(findHighlightHooks(context.resume), draw.random);
  const skills = findSkillHooks(context, profession.skills);
  const abilities = skills.filter((hook) => hook.source === 'job_description' && hook.kind === 'skill' && competencyOfAbility(hook.skill));
  const slots = planSlots(context.interviewType, context.count, highlights.length > 0);
  const questions: Question[] = [];
  let skillIndex = 0;
  for (const slot of slots) {
    let question: Question | null = null;
    if (slot === 'highlight') question = fromHighlight(highlights.shift(), context, draw);
    if (slot === 'behavioural' || slot === 'situational') question = fromJobAbility(abilities, slot, draw);
    if (slot === 'skill') {
      while (!question && skillIndex < skills.length) question = fromSkill(skills[skillIndex++], draw);
    }
    question ??= fromBank(poolFor(slot, draw), draw) ?? fromBank(poolFor('behavioural', draw), draw) ?? fromBank(poolFor('situational', draw), draw);
    if (question) questions.push(question);
  }
  questions.sort((a, b) => stageOrder.indexOf(a.stage) - stageOrder.indexOf(b.stage));
  return generateQuestionsOutputSchema.parse({ questions, profession: profession.id, seniority });
}

function poolFor(slot: Slot, draw: Draw): BankTemplate[] {
  const fits = (template: BankTemplate): boolean =>
    (!template.levels || template.levels.includes(draw.seniority)) && (!template.professions || template.professions.includes(draw.profession));
  const byStage = (stage: QuestionStage) => (template: BankTemplate) => template.stage === stage;
  const behaviouralBank = [...behaviouralCore, ...behaviouralMore];
  const pools: Record<Slot, readonly BankTemplate[]> = {
    introduction: introductionBank,
    experience: [...behaviouralBank.filter(byStage('experience')), ...screeningBank.filter(byStage('experience'))],
    highlight: [],
    skill: [],
    role: professionQuestions.filter((template) => template.type === 'technical'),
    behavioural: behaviouralBank.filter(byStage('behavioural')),
    situational: [...situationalBank, ...professionQuestions.filter((template) => template.type === 'situational')],
    screening: screeningBank.filter(byStage('behavioural')),
    design: systemDesignBank,
    closing: closingBank,
  };
  const pool = pools[slot].filter(fits);
  // Profession-specific questions are preferred over generic ones when both fit.
  const specific = pool.filter((template) => template.professions);
  return slot === 'design' && specific.length > 0 ? specific : pool;
}

function fromBank(pool: readonly BankTemplate[], draw: Draw): Question | null {
  const fresh = pool.filter((template) => !draw.usedKeys.has(template.key));
  // Spread competencies: among unused templates, prefer a competency asked least so far.
  const ordered = shuffle(fresh, draw.random).sort((a, b) => (draw.competencies.get(a.competency) ?? 0) - (draw.competencies.get(b.competency) ?? 0));
  for (const template of ordered) {
    const question = render(template, draw, {});
    if (question) return question;
  }
  return null;
}

const abilityCompetencies: readonly [Competency, RegExp][] = [
  ['conflict_resolution', /conflict|de-?escalat/i],
  ['leadership', /leader|mentor|coach|people management|supervis/i],
  ['teamwork', /team|collaborat|interpersonal/i],
  ['communication', /communicat|present|writ|listening|negotiat|persua/i],
  ['customer_focus', /customer|client|patient|stakeholder|service/i],
  ['problem_solving', /problem|analytic|critical thinking|judg/i],
  ['time_management', /time management|priorit|organi[sz]/i],
  ['adaptability', /adapt|flexib|resilien/i],
  ['attention_to_detail', /detail|accura/i],
  ['integrity', /ethic|integrity|confidential|safeguard/i],
  ['learning', /learn|curio/i],
];

function competencyOfAbility(skill: string): Competency | null {
  return abilityCompetencies.find(([, pattern]) => pattern.test(skill))?.[0] ?? null;
}

/** A behavioural or situational question on an ability the job description asks for, prefixed with that ask. */
function fromJobAbility(abilities: SkillHook[], slot: 'behavioural' | 'situational', draw: Draw): Question | null {
  while (abilities.length > 0) {
    const hook = abilities.shift() as SkillHook;
    const competency = competencyOfAbility(hook.skill);
    const pool = poolFor(slot, draw).filter((template) => template.competency === competency && !draw.usedKeys.has(template.key));
    const template = shuffle(pool, draw.random)[0];
    if (!template) continue;
    const question = render(template, draw, { prefix: `The role asks for ${hook.skill.toLowerCase()}. `, basedOn: { source: 'job_description', quote: hook.quote } });
    if (question) return question;
  }
  return null;
}

function fromSkill(hook: SkillHook | undefined, draw: Draw): Question | null {
  if (!hook) return null;
  const pool = skillTemplates.filter((template) => (!template.levels || template.levels.includes(draw.seniority)) && !draw.usedKeys.has(template.key));
  const template = shuffle(pool, draw.random)[0] ?? shuffle(skillTemplates, draw.random)[0];
  if (!template) return null;
  const prefix = hook.source === 'job_description' ? `The role asks for ${hook.skill}. ` : hook.source === 'resume' ? `Your resume lists ${hook.skill}. ` : '';
  return render(template, draw, { skill: hook.skill, prefix, ...(hook.source === 'focus_skill' ? {} : { basedOn: { source: hook.source, quote: hook.quote } }) });
}

function fromHighlight(hook: HighlightHook | undefined, context: GenerateQuestionsContext, draw: Draw): Question | null {
  if (!hook) return null;
  const where = hook.company ? ` at ${hook.company}` : '';
  const text = `Your resume mentions "${hook.quote}"${where}. Walk me through it: what was the situation, what did you do yourself, and what was the result?`;
  const technicalInterview = context.interviewType === 'technical' || context.interviewType === 'system_design';
  const template: BankTemplate = {
    key: `highlight:${hook.quote}`,
    text,
    competency: hook.skill && technicalInterview ? 'technical_depth' : 'ownership',
    type: technicalInterview ? 'technical' : 'behavioural',
    stage: 'experience',
    shows: ['the context behind the resume line', 'their personal contribution, in "I" terms', 'how the result was measured'],
  };
  return render(template, draw, { ...(hook.skill ? { skill: hook.skill } : {}), basedOn: { source: 'resume', quote: hook.quote } });
}

type RenderOptions = { skill?: string; prefix?: string; basedOn?: Question['basedOn'] };

function render(template: BankTemplate, draw: Draw, options: RenderOptions): Question | null {
  const fill = (text: string): string =>
    text
      .replace(/\ba \{role\}/g, `${/^[aeiou]/i.test(draw.role) ? 'an' : 'a'} {role}`)
      .replaceAll('{role}', draw.role)
      .replaceAll('{skill}', options.skill ?? '');
  const text = `${options.prefix ?? ''}${fill(template.text)}`;
  const id = questionIdFor(text);
  if (draw.used.has(id)) return null;
  draw.used.add(id);
  draw.usedKeys.add(template.key);
  draw.competencies.set(template.competency, (draw.competencies.get(template.competency) ?? 0) + 1);
  return {
    id,
    text,
    stage: template.stage,
    type: template.type,
    competency: template.competency,
    ...(options.skill ? { skill: options.skill } : {}),
    ...(options.basedOn ? { basedOn: options.basedOn } : {}),
    strongAnswerShows: template.shows.map(fill),
  };
}

// The most recent job's highlights stay first; the draw varies which of the rest come next.
function shuffleKeepFirst<T>(items: T[], random: () => number): T[] {
  const [first, ...rest] = items;
  return first === undefined ? [] : [first, ...shuffle(rest, random)];
}
