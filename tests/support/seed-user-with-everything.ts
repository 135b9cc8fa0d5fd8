import { randomUUID } from 'node:crypto';
import type { Db } from '#server/db/client.ts';
import * as s from '#server/db/schema/index.ts';

export type SeededUser = {
  userId: string;
  workspaceId: string;
  analyticsEventId: string;
  /** table → [key column, value] of the one row the user owns there. */
  rows: Record<string, [string, string]>;
};

/** A user with one row in every table they can own, directly or through a workspace, practice session, job… */
export async function seedUserWithEverything(db: Db, email: string): Promise<SeededUser> {
  const unique = () => randomUUID();
  const rows: Record<string, [string, string]> = {};
  const keep = <T extends { id: string }>(table: string, inserted: T[]): string => {
    const id = inserted[0]!.id;
    rows[table] = ['id', id];
    return id;
  };
  const returningId = { id: s.users.id };

  const userId = keep('users', await db.insert(s.users).values({ name: 'Owner', email }).returning(returningId));
  await db.insert(s.userPreferences).values({ userId, theme: 'dark' });
  rows.user_preferences = ['user_id', userId];
  await db.insert(s.candidateProfiles).values({ userId, targetRoles: ['Engineer'] });
  rows.candidate_profiles = ['user_id', userId];
  keep('sessions', await db.insert(s.sessions).values({ userId, token: unique(), expiresAt: new Date(Date.now() + 60_000) }).returning());
  keep('accounts', await db.insert(s.accounts).values({ userId, accountId: userId, providerId: 'credential', password: 'scrypt$' }).returning());
  keep('two_factors', await db.insert(s.twoFactors).values({ userId, secret: 'enc', backupCodes: 'enc' }).returning());
  const credential = { ciphertext: 'c', nonce: 'n', salt: 's', authTag: 't' };
  keep('provider_credentials', await db.insert(s.providerCredentials).values({ userId, provider: 'openai', ...credential }).returning());
  keep('mail_outbox', await db.insert(s.mailOutbox).values({ userId, toAddress: email, subject: 'Hi', textBody: 'Hi', kind: 'verification', transport: 'outbox' }).returning());
  keep('notifications', await db.insert(s.notifications).values({ userId, type: 'practice_report_ready', eventKey: 'practice:1:report', title: 'Ready', message: 'Your report is ready' }).returning());
  keep('ai_usage_daily', await db.insert(s.aiUsageDaily).values({ userId, task: 'evaluate_answer', day: '2026-01-02', calls: 1 }).returning());
  keep('ai_budgets', await db.insert(s.aiBudgets).values({ payer: 'user', userId, monthlyTokens: 100_000 }).returning());
  keep('user_analytics_daily', await db.insert(s.userAnalyticsDaily).values({ userId, day: '2026-01-02', practiceSessions: 1 }).returning());
  const analyticsEventId = (await db.insert(s.analyticsEvents).values({ userId, action: 'page_view' }).returning())[0]!.id;

  // practice
  const cvUploadId = keep('cv_uploads', await db.insert(s.cvUploads).values({ userId, fileName: 'cv.pdf', storagePath: unique() }).returning());
  const jobPostingId = keep('job_postings', await db.insert(s.jobPostings).values({ addedBy: userId, jobTitle: 'Engineer' }).returning());
  const sessionId = keep('practice_sessions', await db.insert(s.practiceSessions).values({ userId, jobPostingId, cvUploadId, roomName: unique() }).returning());
  const questionId = keep('practice_questions', await db.insert(s.practiceQuestions).values({ sessionId, text: 'Why?', position: 1 }).returning());
  keep('practice_turns', await db.insert(s.practiceTurns).values({ sessionId, seq: 1, role: 'interviewer', text: 'Why?', questionId }).returning());
  const answerId = keep('practice_answers', await db.insert(s.practiceAnswers).values({ sessionId, questionId, userId, transcript: 'Because.' }).returning());
  keep('answer_evaluations', await db.insert(s.answerEvaluations).values({ answerId, evaluation: { score: 3 }, engine: 'offline' }).returning());
  keep('practice_feedback', await db.insert(s.practiceFeedback).values({ sessionId, userId, status: 'ready', rating: 70 }).returning());

  // career
  const employmentId = keep('employments', await db.insert(s.employments).values({ userId, companyName: 'Acme', dateStarted: '2020-01-01' }).returning());
  const educationId = keep('educations', await db.insert(s.educations).values({ userId, institutionName: 'Uni' }).returning());
  const conversationId = keep('career_conversations', await db.insert(s.careerConversations).values({ userId }).returning());
  keep('career_conversation_messages', await db.insert(s.careerConversationMessages).values({ conversationId, role: 'user', content: 'I led a team' }).returning());
  const experienceId = keep('experiences', await db.insert(s.experiences).values({ userId, employmentId, educationId, conversationId, title: 'Led a team' }).returning());
  const skillId = keep('skills', await db.insert(s.skills).values({ userId, title: 'Leadership' }).returning());
  keep('experience_skills', await db.insert(s.experienceSkills).values({ experienceId, skillId }).returning());
  const applicationId = keep('job_applications', await db.insert(s.jobApplications).values({ userId, jobPostingId, cvUploadId, status: 'applied' }).returning());
  keep('job_application_stages', await db.insert(s.jobApplicationStages).values({ applicationId, status: 'applied', at: new Date() }).returning());
  keep('job_experiences', await db.insert(s.jobExperiences).values({ userId, jobPostingId, experienceId, matchScore: 0.8 }).returning());
  keep('skill_analyses', await db.insert(s.skillAnalyses).values({ userId }).returning());

  // hiring, through a workspace the user owns
  const workspaceId = keep('workspaces', await db.insert(s.workspaces).values({ name: 'Team', ownerId: userId, slug: unique() }).returning());
  keep('workspace_members', await db.insert(s.workspaceMembers).values({ workspaceId, userId, role: 'owner' }).returning());
  keep('workspace_invitations', await db.insert(s.workspaceInvitations).values({ workspaceId, email: 'new@example.com', role: 'recruiter', tokenHash: unique(), invitedBy: userId, expiresAt: new Date(Date.now() + 60_000) }).returning());
  const jobId = keep('jobs', await db.insert(s.jobs).values({ workspaceId, createdBy: userId, title: 'Engineer', description: 'Build things', embedding: [0.1, 0.2] }).returning());
  const batchId = keep('cv_batches', await db.insert(s.cvBatches).values({ workspaceId, jobId, createdBy: userId, name: 'Batch' }).returning());
  const resumeId = keep('resumes', await db.insert(s.resumes).values({ workspaceId, uploadedBy: userId, fileName: 'a.pdf', storagePath: unique() }).returning());
  keep('resume_entities', await db.insert(s.resumeEntities).values({ resumeId, entityType: 'SKILL', value: 'Go' }).returning());
  const candidateId = keep('candidates', await db.insert(s.candidates).values({ workspaceId, jobId, batchId, resumeId, name: 'Cand', overallScore: 80 }).returning());
  keep('candidate_notes', await db.insert(s.candidateNotes).values({ workspaceId, candidateId, authorId: userId, body: 'Strong on Go', mentionedUserIds: [userId] }).returning());
  keep('batch_files', await db.insert(s.batchFiles).values({ batchId, fileName: 'a.pdf', storagePath: unique(), resumeId, candidateId }).returning());
  const interviewId = keep('scheduled_interviews', await db.insert(s.scheduledInterviews).values({ workspaceId, candidateId, candidateName: 'Cand', candidateEmail: 'c@example.com', jobId, jobTitle: 'Engineer', scheduledTime: new Date(), calendarUid: unique(), scheduledBy: userId }).returning());
  const panelMemberId = keep('interview_panel_members', await db.insert(s.interviewPanelMembers).values({ interviewId, userId, email }).returning());
  keep('interview_scorecards', await db.insert(s.interviewScorecards).values({ interviewId, panelMemberId, notes: 'Clear answers', recommendation: 'advance' }).returning());
  keep('interview_reminders', await db.insert(s.interviewReminders).values({ interviewId, reminderType: '24h', recipientEmail: 'c@example.com', message: 'Tomorrow', sendAt: new Date() }).returning());
  keep('interview_workspace_settings', await db.insert(s.interviewWorkspaceSettings).values({ workspaceId, reminderOffsetsMinutes: [60], updatedBy: userId }).returning());
  keep('interview_time_options', await db.insert(s.interviewTimeOptions).values({ interviewId, source: 'candidate', startsAt: new Date(), timeZone: 'Europe/Berlin' }).returning());
  const liveId = keep('live_interviews', await db.insert(s.liveInterviews).values({ ownerId: userId, workspaceId, scheduledInterviewId: interviewId }).returning());
  keep('live_interview_notes', await db.insert(s.liveInterviewNotes).values({ interviewId: liveId, authorId: userId, source: 'host', note: 'Good', seq: 1 }).returning());
  keep('live_transcript_segments', await db.insert(s.liveTranscriptSegments).values({ interviewId: liveId, seq: 1, speaker: 'candidate', text: 'I led the migration.' }).returning());
  keep('live_interview_tokens', await db.insert(s.liveInterviewTokens).values({ interviewId: liveId, tokenHash: unique(), role: 'candidate' }).returning());

  // support
  const ticketId = keep('support_tickets', await db.insert(s.supportTickets).values({ userId, subject: 'Help', description: 'Please' }).returning());
  keep('ticket_comments', await db.insert(s.ticketComments).values({ ticketId, userId, comment: 'More detail' }).returning());

  return { userId, workspaceId, analyticsEventId, rows };
}
