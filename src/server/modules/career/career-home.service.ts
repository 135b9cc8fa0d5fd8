import type { Caller } from '#server/platform/access/index.ts';
import type { CareerHome } from '#shared/contracts/career-stories.ts';
import { jobApplicationStatuses } from '#shared/vocabulary.ts';
import type { CareerDeps } from './career-deps.ts';
import * as repo from './career-home.repo.ts';
import { findLatestCompletedAnalysis } from './skill-analyses.repo.ts';
import { gapsOf } from './skill-analyses.service.ts';

/** Where the career pages are, for the next step's link. */
const paths = { library: '/career', gaps: '/career/gaps', stories: '/career/conversations' };

function nextStepOf(counts: Awaited<ReturnType<typeof repo.countCareerRecords>>, home: Omit<CareerHome, 'nextStep'>, today: string): CareerHome['nextStep'] {
  const due = home.followUps.find((followUp) => followUp.dueOn <= today);
  if (due) return { kind: 'follow-up', text: `Follow up on ${[due.jobTitle, due.companyName].filter(Boolean).join(' at ') || 'your application'}: no reply since you applied.`, href: paths.library };
  if (counts.experiences === 0) return { kind: 'library', text: 'Fill your library: import your CV, or tell the assistant a story from your work.', href: paths.library };
  if (counts.postings === 0) return { kind: 'posting', text: 'Add a job posting you are interested in, to see how your experiences match it.', href: paths.library };
  if (counts.targets === 0) return { kind: 'target', text: 'Mark the postings you are aiming for as targets, then analyse your skill gaps across them.', href: paths.gaps };
  if (!home.analysisId) return { kind: 'analysis', text: 'Run a skill-gap analysis over your target postings.', href: paths.gaps };
  const top = home.topGaps[0];
  if (top) {
    return {
      kind: 'gap',
      text: `Your top gap is ${top.skill} (asked by ${top.jobCount} target posting${top.jobCount === 1 ? '' : 's'}): practise it, or add an experience that shows it.`,
      href: `/practice/new?${new URLSearchParams([['skill', top.skill]]).toString()}`,
    };
  }
  return { kind: 'apply', text: 'Your library covers what your targets ask for: apply, and keep your applications up to date.', href: paths.library };
}

/** The career area's home: the funnel, follow-ups due, the latest analysis's top gaps, and what to do next. */
export async function getCareerHome(deps: CareerDeps, caller: Caller): Promise<CareerHome> {
  const [byStatus, replies, followUps, counts, analysis] = [
    await repo.countApplicationsByStatus(deps.db, caller.userId),
    await repo.findReplyStats(deps.db, caller.userId),
    await repo.findUpcomingFollowUps(deps.db, caller.userId, 5),
    await repo.countCareerRecords(deps.db, caller.userId),
    await findLatestCompletedAnalysis(deps.db, caller.userId),
  ];
  const counted = new Map(byStatus.map((row) => [row.status, Number(row.count)]));
  const home: Omit<CareerHome, 'nextStep'> = {
    funnel: {
      stages: jobApplicationStatuses.map((status) => ({ status, count: counted.get(status) ?? 0 })),
      total: [...counted.values()].reduce((sum, value) => sum + value, 0),
      replyRate: replies.sent > 0 ? Math.round((100 * replies.replied) / replies.sent) / 100 : null,
      medianDaysToReply: replies.medianDays === null ? null : Math.round(replies.medianDays * 10) / 10,
    },
    followUps: followUps.map((row) => ({ applicationId: row.application_id, jobTitle: row.job_title, companyName: row.company_name, dueOn: row.due_on })),
    topGaps: analysis ? gapsOf(analysis).slice(0, 5) : [],
    analysisId: analysis?.id ?? null,
  };
  return { ...home, nextStep: nextStepOf(counts, home, deps.now().toISOString().slice(0, 10)) };
}
