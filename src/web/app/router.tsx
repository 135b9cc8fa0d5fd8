import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireAuth } from '#web/features/auth/components/require-auth.tsx';
import { AppLayout } from './app-layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { PageLoading } from './page-loading.tsx';
import { RouteErrorBoundary } from './route-error-boundary.tsx';

// The shell (layout, navigation, sign-in guard, error and not-found pages) is in the first download; every page is
// loaded on its first visit, so the first page needs only its own code (`npm run bench -- web-bundle` measures it).
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        errorElement: <RouteErrorBoundary />,
        hydrateFallbackElement: <PageLoading />,
        children: [
          { index: true, lazy: () => import('#web/features/home/components/home-page.tsx').then(({ HomePage }) => ({ Component: HomePage })) },
          { path: 'sign-in', lazy: () => import('#web/features/auth/components/sign-in-page.tsx').then(({ SignInPage }) => ({ Component: SignInPage })) },
          { path: 'sign-up', lazy: () => import('#web/features/auth/components/sign-up-page.tsx').then(({ SignUpPage }) => ({ Component: SignUpPage })) },
          { path: 'verify-email', lazy: () => import('#web/features/auth/components/verify-email-page.tsx').then(({ VerifyEmailPage }) => ({ Component: VerifyEmailPage })) },
          { path: 'forgot-password', lazy: () => import('#web/features/auth/components/forgot-password-page.tsx').then(({ ForgotPasswordPage }) => ({ Component: ForgotPasswordPage })) },
          { path: 'reset-password', lazy: () => import('#web/features/auth/components/reset-password-page.tsx').then(({ ResetPasswordPage }) => ({ Component: ResetPasswordPage })) },
          // A role link's holder has no account: the room reads its HttpOnly cookie (or a panelist's session).
          { path: 'room/:interviewId', lazy: () => import('#web/features/interviews/components/room-page.tsx').then(({ RoomPage }) => ({ Component: RoomPage })) },
          {
            element: <RequireAuth />,
            children: [{ path: 'invitations/accept', lazy: () => import('#web/features/workspaces/components/accept-invitation-page.tsx').then(({ AcceptInvitationPage }) => ({ Component: AcceptInvitationPage })) }],
          },
          {
            element: <RequireAuth />,
            children: [{ path: 'onboarding', lazy: () => import('#web/features/onboarding/components/onboarding-page.tsx').then(({ OnboardingPage }) => ({ Component: OnboardingPage })) }],
          },
          {
            path: 'practice',
            element: <RequireAuth />,
            children: [
              { index: true, lazy: () => import('#web/features/practice/components/practice-page.tsx').then(({ PracticePage }) => ({ Component: PracticePage })) },
              { path: 'new', lazy: () => import('#web/features/practice/components/new-session-page.tsx').then(({ NewSessionPage }) => ({ Component: NewSessionPage })) },
              { path: 'sessions/:sessionId', lazy: () => import('#web/features/practice/components/interview-room-page.tsx').then(({ InterviewRoomPage }) => ({ Component: InterviewRoomPage })) },
              { path: 'sessions/:sessionId/report', lazy: () => import('#web/features/practice/components/report-page.tsx').then(({ ReportPage }) => ({ Component: ReportPage })) },
            ],
          },
          {
            path: 'hiring',
            element: <RequireAuth />,
            children: [
              { index: true, lazy: () => import('#web/features/hiring/components/hiring-page.tsx').then(({ HiringPage }) => ({ Component: HiringPage })) },
              { path: 'jobs/new', lazy: () => import('#web/features/hiring/components/new-job-page.tsx').then(({ NewJobPage }) => ({ Component: NewJobPage })) },
              { path: 'jobs/:jobId', lazy: () => import('#web/features/hiring/components/job-page.tsx').then(({ JobPage }) => ({ Component: JobPage })) },
              { path: 'jobs/:jobId/compare', lazy: () => import('#web/features/hiring/components/compare-page.tsx').then(({ ComparePage }) => ({ Component: ComparePage })) },
              { path: 'batches/:batchId', lazy: () => import('#web/features/hiring/components/batch-page.tsx').then(({ BatchPage }) => ({ Component: BatchPage })) },
              { path: 'candidates/:candidateId', lazy: () => import('#web/features/hiring/components/candidate-page.tsx').then(({ CandidatePage }) => ({ Component: CandidatePage })) },
              { path: 'people', lazy: () => import('#web/features/hiring/components/people-page.tsx').then(({ PeoplePage }) => ({ Component: PeoplePage })) },
              { path: 'interviews/:interviewId/scorecard', lazy: () => import('#web/features/interviews/components/scorecard-page.tsx').then(({ ScorecardPage }) => ({ Component: ScorecardPage })) },
            ],
          },
          {
            path: 'interviews',
            element: <RequireAuth />,
            children: [
              { index: true, lazy: () => import('#web/features/interviews/components/interviews-page.tsx').then(({ InterviewsPage }) => ({ Component: InterviewsPage })) },
              { path: 'new', lazy: () => import('#web/features/interviews/components/book-interview-page.tsx').then(({ BookInterviewPage }) => ({ Component: BookInterviewPage })) },
              { path: ':interviewId', lazy: () => import('#web/features/interviews/components/interview-page.tsx').then(({ InterviewPage }) => ({ Component: InterviewPage })) },
            ],
          },
          {
            path: 'career',
            element: <RequireAuth />,
            children: [
              { index: true, lazy: () => import('#web/features/career/components/career-page.tsx').then(({ CareerPage }) => ({ Component: CareerPage })) },
              { path: 'skills/:skillId', lazy: () => import('#web/features/career/components/skill-page.tsx').then(({ SkillPage }) => ({ Component: SkillPage })) },
              { path: 'conversations', lazy: () => import('#web/features/career/components/conversations-page.tsx').then(({ ConversationsPage }) => ({ Component: ConversationsPage })) },
              { path: 'conversations/:conversationId', lazy: () => import('#web/features/career/components/conversation-page.tsx').then(({ ConversationPage }) => ({ Component: ConversationPage })) },
              { path: 'gaps', lazy: () => import('#web/features/career/components/skill-gaps-page.tsx').then(({ SkillGapsPage }) => ({ Component: SkillGapsPage })) },
              { path: 'postings', lazy: () => import('#web/features/career/components/posting-list-page.tsx').then(({ PostingListPage }) => ({ Component: PostingListPage })) },
              { path: 'postings/:postingId', lazy: () => import('#web/features/career/components/posting-page.tsx').then(({ PostingPage }) => ({ Component: PostingPage })) },
              { path: 'applications', lazy: () => import('#web/features/career/components/application-board-page.tsx').then(({ ApplicationBoardPage }) => ({ Component: ApplicationBoardPage })) },
              { path: 'applications/:applicationId', lazy: () => import('#web/features/career/components/application-page.tsx').then(({ ApplicationPage }) => ({ Component: ApplicationPage })) },
            ],
          },
          {
            path: 'support',
            element: <RequireAuth />,
            children: [
              { index: true, lazy: () => import('#web/features/support/components/support-page.tsx').then(({ SupportPage }) => ({ Component: SupportPage })) },
              { path: 'tickets/:ticketId', lazy: () => import('#web/features/support/components/ticket-page.tsx').then(({ TicketPage }) => ({ Component: TicketPage })) },
              {
                element: <RequireAuth role="staff" />,
                children: [{ path: 'queue', lazy: () => import('#web/features/support/components/ticket-queue-page.tsx').then(({ TicketQueuePage }) => ({ Component: TicketQueuePage })) }],
              },
            ],
          },
          {
            path: 'settings',
            lazy: () => import('#web/features/settings/components/settings-layout.tsx').then(({ SettingsLayout }) => ({ Component: SettingsLayout })),
            children: [
              { index: true, element: <Navigate to="appearance" replace /> },
              { path: 'appearance', lazy: () => import('#web/features/settings/components/appearance-page.tsx').then(({ AppearancePage }) => ({ Component: AppearancePage })) },
              {
                element: <RequireAuth />,
                children: [
                  { path: 'profile', lazy: () => import('#web/features/account/components/profile-page.tsx').then(({ ProfilePage }) => ({ Component: ProfilePage })) },
                  { path: 'cv', lazy: () => import('#web/features/onboarding/components/cv-profile-page.tsx').then(({ CvProfilePage }) => ({ Component: CvProfilePage })) },
                  { path: 'preferences', lazy: () => import('#web/features/account/components/preferences-page.tsx').then(({ PreferencesPage }) => ({ Component: PreferencesPage })) },
                  { path: 'security', lazy: () => import('#web/features/security/components/security-page.tsx').then(({ SecurityPage }) => ({ Component: SecurityPage })) },
                  { path: 'keys', lazy: () => import('#web/features/keys/components/keys-page.tsx').then(({ KeysPage }) => ({ Component: KeysPage })) },
                  { path: 'workspaces', lazy: () => import('#web/features/workspaces/components/workspaces-page.tsx').then(({ WorkspacesPage }) => ({ Component: WorkspacesPage })) },
                  { path: 'ai-usage', lazy: () => import('#web/features/ai-usage/components/ai-usage-page.tsx').then(({ AiUsagePage }) => ({ Component: AiUsagePage })) },
                  { path: 'insights', lazy: () => import('#web/features/analytics/components/insights-page.tsx').then(({ InsightsPage }) => ({ Component: InsightsPage })) },
                ],
              },
              {
                path: 'admin',
                element: <RequireAuth role="admin" />,
                children: [
                  { index: true, element: <Navigate to="overview" replace /> },
                  { path: 'overview', lazy: () => import('#web/features/admin/components/admin-home-page.tsx').then(({ AdminHomePage }) => ({ Component: AdminHomePage })) },
                  { path: 'users', lazy: () => import('#web/features/admin/components/admin-users-page.tsx').then(({ AdminUsersPage }) => ({ Component: AdminUsersPage })) },
                  { path: 'outbox', lazy: () => import('#web/features/admin/components/admin-outbox-page.tsx').then(({ AdminOutboxPage }) => ({ Component: AdminOutboxPage })) },
                  { path: 'usage', lazy: () => import('#web/features/ai-usage/components/admin-usage-page.tsx').then(({ AdminUsagePage }) => ({ Component: AdminUsagePage })) },
                  { path: 'analytics', lazy: () => import('#web/features/analytics/components/admin-analytics-page.tsx').then(({ AdminAnalyticsPage }) => ({ Component: AdminAnalyticsPage })) },
                  { path: 'settings', lazy: () => import('#web/features/admin/components/admin-settings-page.tsx').then(({ AdminSettingsPage }) => ({ Component: AdminSettingsPage })) },
                  { path: 'audit', lazy: () => import('#web/features/admin/components/admin-audit-page.tsx').then(({ AdminAuditPage }) => ({ Component: AdminAuditPage })) },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
