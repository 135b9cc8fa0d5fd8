import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { PracticeReportReady, PracticeSessionState } from '#shared/contracts/practice.ts';
import { formatDateTime } from '#web/ui/format-time.ts';
import { interviewTypeLabels } from '#web/features/practice/practice-labels.ts';
import { practicePaths } from '#web/features/practice/practice-paths.ts';
import { setupSearchOf, type SetupPrefill } from '#web/features/practice/setup-search.ts';
import { CompetencyRadar } from './competency-radar.tsx';
import { DeliverySummaryCard } from './delivery-summary-card.tsx';
import { ImprovementsCard } from './improvements-card.tsx';
import { PracticePlanCard } from './practice-plan-card.tsx';
import { QuestionDetailCard } from './question-detail-card.tsx';
import { RatingCard } from './rating-card.tsx';
import { RewriteCard } from './rewrite-card.tsx';
import { StrengthsCard } from './strengths-card.tsx';
import { SuggestionsCard } from './suggestions-card.tsx';

/** The same role, type and focus, to practise again after reading the feedback. */
function practiseAgain(session: PracticeSessionState): SetupPrefill {
  return { focusSkills: session.focusSkills, ...(session.targetRole ? { targetRole: session.targetRole } : {}), ...(session.interviewType ? { interviewType: session.interviewType } : {}) };
}

export function ReportView({ report, session }: { report: PracticeReportReady; session: PracticeSessionState | undefined }) {
  const details = session
    ? [session.targetRole, session.interviewType ? `${interviewTypeLabels[session.interviewType]} interview` : null, formatDateTime(session.createdAt)].filter(Boolean)
    : [];
  return (
    <Stack gap="lg" maw={1040} data-practice-report data-testid="practice-report">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Anchor component={Link} to={practicePaths.home} size="sm" data-print="hide">
            ← Practice
          </Anchor>
          <Title order={2}>Feedback{session ? `: ${session.name}` : ''}</Title>
          <Text size="sm" c="dimmed">
            {details.join(' · ')}
          </Text>
        </Stack>
        <Group gap="sm" data-print="hide">
          <Button variant="default" onClick={() => window.print()}>
            Print / Save as PDF
          </Button>
          <Button component={Link} to={session ? `${practicePaths.newSession}?${setupSearchOf(practiseAgain(session))}` : practicePaths.newSession}>
            Practise again
          </Button>
        </Group>
      </Group>

      <RatingCard report={report} />
      {/* Two columns that fill independently (CSS columns): a short card is followed by the next one, not by a blank beside a tall one. */}
      <div data-report-columns data-testid="report-columns">
        <StrengthsCard strengths={report.strengths} />
        <ImprovementsCard improvements={report.improvements} />
        <CompetencyRadar competencies={report.competencies} />
        <DeliverySummaryCard delivery={report.delivery} />
        <SuggestionsCard suggestions={report.suggestions} />
        <PracticePlanCard plan={report.practicePlan} />
      </div>
      {report.rewrite ? <RewriteCard rewrite={report.rewrite} /> : null}

      <Stack gap="md">
        <Title order={3} size="h4">
          Question by question
        </Title>
        {report.perQuestion.map((question) => (
          <QuestionDetailCard key={question.questionId} sessionId={report.sessionId} question={question} />
        ))}
      </Stack>
      <Text size="xs" c="dimmed">
        Made {formatDateTime(report.generatedAt)} by {report.engine === 'llm' ? 'a language model' : 'the built-in offline engine'}.
      </Text>
    </Stack>
  );
}
