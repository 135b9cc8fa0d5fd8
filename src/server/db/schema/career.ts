import { date, index, integer, jsonb, pgTable, real, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { checkOneOf, createdAt, primaryId, updatedAt } from './columns.ts';
import { type CareerConversationStatus, careerConversationStatuses, type CareerMessageRole, careerMessageRoles, experienceVisibilities, type ExperienceVisibility } from '#shared/vocabulary.ts';

export { type CareerConversationStatus, careerConversationStatuses, type CareerMessageRole, careerMessageRoles, experienceVisibilities, type ExperienceVisibility };

type Details = Record<string, unknown>;

/** The career library (seed 004): employment and education give context to experiences, which demonstrate skills. */
export const employments = pgTable(
  'employments',
  {
    id: primaryId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    companyName: text('company_name').notNull(),
    location: text('location'),
    title: text('title'),
    description: text('description'),
    details: jsonb('details').$type<Details>().notNull().default({}),
    dateStarted: date('date_started'),
    dateFinished: date('date_finished'),
    /** The user's own order (drag to reorder); ties fall back to the dates. */
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('employments_user_id_idx').on(table.userId, table.dateStarted.desc())],
);

export const educations = pgTable(
  'educations',
  {
    id: primaryId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    institutionName: text('institution_name').notNull(),
    location: text('location'),
    degree: text('degree'),
    major: text('major'),
    minor: text('minor'),
    gpa: real('gpa'),
    details: jsonb('details').$type<Details>().notNull().default({}),
    dateStarted: date('date_started'),
    dateFinished: date('date_finished'),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('educations_user_id_idx').on(table.userId, table.dateStarted.desc())],
);

/** A guided conversation in which the assistant draws experiences out of the user. */
export const careerConversations = pgTable(
  'career_conversations',
  {
    id: primaryId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status').$type<CareerConversationStatus>().notNull().default('active'),
    title: text('title'),
    experienceSummary: text('experience_summary'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('career_conversations_user_id_idx').on(table.userId, table.updatedAt.desc()),
    checkOneOf('career_conversations_status_check', table.status, careerConversationStatuses),
  ],
);

export const careerConversationMessages = pgTable(
  'career_conversation_messages',
  {
    id: primaryId(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => careerConversations.id, { onDelete: 'cascade' }),
    role: text('role').$type<CareerMessageRole>().notNull(),
    content: text('content').notNull(),
    metadata: jsonb('metadata').$type<Details>().notNull().default({}),
    createdAt: createdAt(),
  },
  (table) => [
    index('career_conversation_messages_conversation_id_idx').on(table.conversationId, table.createdAt),
    checkOneOf('career_conversation_messages_role_check', table.role, careerMessageRoles),
  ],
);

export const experiences = pgTable(
  'experiences',
  {
    id: primaryId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    employmentId: uuid('employment_id').references(() => employments.id, { onDelete: 'set null' }),
    educationId: uuid('education_id').references(() => educations.id, { onDelete: 'set null' }),
    conversationId: uuid('conversation_id').references(() => careerConversations.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description'),
    /** e.g. 'project' | 'achievement' | 'responsibility' | 'volunteer'. */
    experienceType: text('experience_type'),
    dateStarted: date('date_started'),
    dateFinished: date('date_finished'),
    skillsUsed: text('skills_used').array().notNull().default([]),
    tags: text('tags').array().notNull().default([]),
    details: jsonb('details').$type<Details>().notNull().default({}),
    visibility: text('visibility').$type<ExperienceVisibility>().notNull().default('private'),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('experiences_user_id_idx').on(table.userId, table.dateStarted.desc()),
    index('experiences_employment_id_idx').on(table.employmentId),
    index('experiences_education_id_idx').on(table.educationId),
    index('experiences_conversation_id_idx').on(table.conversationId),
    checkOneOf('experiences_visibility_check', table.visibility, experienceVisibilities),
  ],
);

export const skills = pgTable(
  'skills',
  {
    id: primaryId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    category: text('category'),
    title: text('title').notNull(),
    description: text('description'),
    yearsExperience: integer('years_experience'),
    details: jsonb('details').$type<Details>().notNull().default({}),
    /** e.g. 'technical' | 'soft' | 'domain' | 'tool'. */
    skillType: text('skill_type'),
    /** e.g. 'beginner' | 'intermediate' | 'advanced' | 'expert'. */
    skillLevel: text('skill_level'),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('skills_user_id_idx').on(table.userId, table.title)],
);

export const experienceSkills = pgTable(
  'experience_skills',
  {
    id: primaryId(),
    experienceId: uuid('experience_id')
      .notNull()
      .references(() => experiences.id, { onDelete: 'cascade' }),
    skillId: uuid('skill_id')
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    proficiencyDemonstrated: text('proficiency_demonstrated'),
    prominence: text('prominence'),
    usageNotes: text('usage_notes'),
    /** 'manual' | 'offline' | 'llm'. */
    extractionMethod: text('extraction_method'),
    createdAt: createdAt(),
  },
  (table) => [
    unique('experience_skills_experience_skill_unique').on(table.experienceId, table.skillId),
    index('experience_skills_skill_id_idx').on(table.skillId),
  ],
);
