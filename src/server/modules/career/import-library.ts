import { findJsonResumeProblem } from '#server/ai/index.ts';
import { AppError } from '#server/platform/errors.ts';
import type { Caller } from '#server/platform/access/index.ts';
import type { ImportResult, LibraryImport, LibraryProposal } from '#shared/contracts/career.ts';
import type { CareerDeps } from './career-deps.ts';
import { findCurrentCvParse } from './career-sources.repo.ts';
import { insertEducation } from './educations.repo.ts';
import { insertEmployment } from './employments.repo.ts';
import { insertExperience } from './experiences.repo.ts';
import { proposalFromJsonResume } from './json-resume.ts';
import { linkSkillsByName } from './link-skills.ts';
import { findSkillByName, insertSkill, updateSkill } from './skills.repo.ts';

/** What the current CV (parsed at upload) would add to the library; nothing is saved until the user commits a review. */
export async function proposeFromCv(deps: CareerDeps, caller: Caller): Promise<LibraryProposal> {
  const cv = await findCurrentCvParse(deps.db, caller.userId);
  if (!cv) throw new AppError('not_found', 'You have no CV yet: upload one in Settings → CV and profile first.');
  if (!cv.parsed) throw new AppError('conflict', `Your CV ${cv.fileName} could not be read into sections; upload it again or add entries by hand.`);
  return proposalFromJsonResume(cv.parsed, 'cv');
}

/** What a JSON Resume document would add (old key names accepted), for review. */
export function proposeFromJsonResume(_deps: CareerDeps, _caller: Caller, document: Record<string, unknown>): LibraryProposal {
  // The same limits as a JSON Resume file in a batch (decision 038): the body limit bounds the bytes, this the fields.
  const problem = findJsonResumeProblem(document);
  if (problem) throw new AppError('validation_failed', `body.document: ${problem.message}`);
  return proposalFromJsonResume(document, 'json-resume');
}

/**
 * Saves the entries the user accepted (and maybe edited) in one transaction: employment first, so experiences can
 * point at theirs by key; skills named on experiences are found in the library or added; skills of the same name
 * (any case) are updated, not doubled.
 */
export async function commitImport(deps: CareerDeps, caller: Caller, body: LibraryImport): Promise<ImportResult> {
  const keys = new Set(body.employments.map((employment) => employment.key));
  body.experiences.forEach((experience, index) => {
    if (experience.employmentKey && !keys.has(experience.employmentKey)) {
      throw new AppError('validation_failed', `body.experiences.${index}.employmentKey: no employment with that key in this import`);
    }
  });
  return deps.db.transaction(async (tx) => {
    const employmentIds = new Map<string, string>();
    for (const { key, ...employment } of body.employments) {
      employmentIds.set(key, (await insertEmployment(tx, caller.userId, employment)).id);
    }
    for (const { key: _key, ...education } of body.educations) await insertEducation(tx, caller.userId, education);
    let skillsAdded = 0;
    for (const { key: _key, name, level, category, type, description, years } of body.skills) {
      const values = { category, skillLevel: level, skillType: type, description, yearsExperience: years };
      const existing = await findSkillByName(tx, caller.userId, name);
      if (existing) await updateSkill(tx, caller.userId, existing.id, Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== null)));
      else {
        await insertSkill(tx, caller.userId, { ...values, title: name });
        skillsAdded += 1;
      }
    }
    for (const { key: _key, employmentKey, skills, type, ...experience } of body.experiences) {
      const row = await insertExperience(tx, caller.userId, {
        ...experience,
        experienceType: type ?? null,
        employmentId: employmentKey ? (employmentIds.get(employmentKey) ?? null) : null,
        skillsUsed: (skills ?? []).map((skill) => (typeof skill === 'string' ? skill : skill.name)),
      });
      await linkSkillsByName(tx, caller.userId, row.id, skills ?? [], 'parsed');
    }
    return { employments: body.employments.length, educations: body.educations.length, experiences: body.experiences.length, skills: skillsAdded };
  });
}
