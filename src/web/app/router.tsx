import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { ProfilePage } from '#web/features/account/components/profile-page.tsx';
import { PreferencesPage } from '#web/features/account/components/preferences-page.tsx';
import { AdminHomePage } from '#web/features/admin/components/admin-home-page.tsx';
import { AdminAuditPage } from '#web/features/admin/components/admin-audit-page.tsx';
import { AdminOutboxPage } from '#web/features/admin/components/admin-outbox-page.tsx';
import { AdminSettingsPage } from '#web/features/admin/components/admin-settings-page.tsx';
import { AdminUsersPage } from '#web/features/admin/components/admin-users-page.tsx';
import { AdminUsagePage } from '#web/features/ai-usage/components/admin-usage-page.tsx';
import { AdminAnalyticsPage } from '#web/features/analytics/components/admin-analytics-page.tsx';
import { InsightsPage } from '#web/features/analytics/components/insights-page.tsx';
import { AiUsagePage } from '#web/features/ai-usage/components/ai-usage-page.tsx';
import { ForgotPasswordPage } from '#web/features/auth/components/forgot-password-page.tsx';
import { RequireAuth } from '#web/features/auth/components/require-auth.tsx';
import { ResetPasswordPage } from '#web/features/auth/components/reset-password-page.tsx';
import { SignInPage } from '#web/features/auth/components/sign-in-page.tsx';
import { SignUpPage } from '#web/features/auth/components/sign-up-page.tsx';
import { VerifyEmailPage } from '#web/features/auth/components/verify-email-page.tsx';
import { ApplicationBoardPage } from '#web/features/career/components/application-board-page.tsx';
import { ApplicationPage } from '#web/features/career/components/application-page.tsx';
import { CareerPage } from '#web/features/career/components/career-page.tsx';
import { ConversationPage } from '#web/features/career/components/conversation-page.tsx';
import { ConversationsPage } from '#web/features/career/components/conversations-page.tsx';
import { SkillGapsPage } from '#web/features/career/components/skill-gaps-page.tsx';
import { PostingListPage } from '#web/features/career/components/posting-list-page.tsx';
import { PostingPage } from '#web/features/career/components/posting-page.tsx';
import { SkillPage } from '#web/features/career/components/skill-page.tsx';
import { BatchPage } from '#web/features/hiring/components/batch-page.tsx';
import { CandidatePage } from '#web/features/hiring/components/candidate-page.tsx';
import { PeoplePage } from '#web/features/hiring/components/people-page.tsx';
import { ComparePage } from '#web/features/hiring/components/compare-page.tsx';
import { HiringPage } from '#web/features/hiring/components/hiring-page.tsx';
import { JobPage } from '#web/features/hiring/components/job-page.tsx';
import { NewJobPage } from '#web/features/hiring/components/new-job-page.tsx';
import { BookInterviewPage } from '#web/features/interviews/components/book-interview-page.tsx';
import { InterviewPage } from '#web/features/interviews/components/interview-page.tsx';
import { InterviewsPage } from '#web/features/interviews/components/interviews-page.tsx';
import { HomePage } from '#web/features/home/components/home-page.tsx';
import { KeysPage } from '#web/features/keys/components/keys-page.tsx';
import { CvProfilePage } from '#web/features/onboarding/components/cv-profile-page.tsx';
import { OnboardingPage } from '#web/features/onboarding/components/onboarding-page.tsx';
import { RoomPage } from '#web/features/interviews/components/room-page.tsx';
import { ScorecardPage } from '#web/features/interviews/components/scorecard-page.tsx';
import { InterviewRoomPage } from '#web/features/practice/components/interview-room-page.tsx';
import { NewSessionPage } from '#web/features/practice/components/new-session-page.tsx';
import { PracticePage } from '#web/features/practice/components/practice-page.tsx';
import { ReportPage } from '#web/features/practice/components/report-page.tsx';
import { SecurityPage } from '#web/features/security/components/security-page.tsx';
import { AppearancePage } from '#web/features/settings/components/appearance-page.tsx';
import { SettingsLayout } from '#web/features/settings/components/settings-layout.tsx';
import { AcceptInvitationPage } from '#web/features/workspaces/components/accept-invitation-page.tsx';
import { SupportPage } from '#web/features/support/components/support-page.tsx';
import { TicketPage } from '#web/features/support/components/ticket-page.tsx';
import { TicketQueuePage } from '#web/features/support/components/ticket-queue-page.tsx';
import { WorkspacesPage } from '#web/features/workspaces/components/workspaces-page.tsx';
import { AppLayout } from './app-layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteErrorBoundary } from './route-error-boundary.tsx';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-up', element: <SignUpPage /> },
          { path: 'verify-email', element: <VerifyEmailPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          // A role link's holder has no account: the room reads its HttpOnly cookie (or a panelist's session).
          { path: 'room/:interviewId', element: <RoomPage /> },
          { element: <RequireAuth />, children: [{ path: 'invitations/accept', element: <AcceptInvitationPage /> }] },
          { element: <RequireAuth />, children: [{ path: 'onboarding', element: <OnboardingPage /> }] },
          {
            path: 'practice',
            element: <RequireAuth />,
            children: [
              { index: true, element: <PracticePage /> },
              { path: 'new', element: <NewSessionPage /> },
              { path: 'sessions/:sessionId', element: <InterviewRoomPage /> },
              { path: 'sessions/:sessionId/report', element: <ReportPage /> },
            ],
          },
          {
            path: 'hiring',
            element: <RequireAuth />,
            children: [
              { index: true, element: <HiringPage /> },
              { path: 'jobs/new', element: <NewJobPage /> },
              { path: 'jobs/:jobId', element: <JobPage /> },
              { path: 'jobs/:jobId/compare', element: <ComparePage /> },
              { path: 'batches/:batchId', element: <BatchPage /> },
              { path: 'candidates/:candidateId', element: <CandidatePage /> },
              { path: 'people', element: <PeoplePage /> },
              { path: 'interviews/:interviewId/scorecard', element: <ScorecardPage /> },
            ],
          },
          {
            path: 'interviews',
            element: <RequireAuth />,
            children: [
              { index: true, element: <InterviewsPage /> },
              { path: 'new', element: <BookInterviewPage /> },
              { path: ':interviewId', element: <InterviewPage /> },
            ],
          },
          {
            path: 'career',
            element: <RequireAuth />,
            children: [
              { index: true, element: <CareerPage /> },
              { path: 'skills/:skillId', element: <SkillPage /> },
              { path: 'conversations', element: <ConversationsPage /> },
              { path: 'conversations/:conversationId', element: <ConversationPage /> },
              { path: 'gaps', element: <SkillGapsPage /> },
              { path: 'postings', element: <PostingListPage /> },
              { path: 'postings/:postingId', element: <PostingPage /> },
              { path: 'applications', element: <ApplicationBoardPage /> },
              { path: 'applications/:applicationId', element: <ApplicationPage /> },
            ],
          },
          {
            path: 'support',
            element: <RequireAuth />,
            children: [
              { index: true, element: <SupportPage /> },
              { path: 'tickets/:ticketId', element: <TicketPage /> },
              { element: <RequireAuth role="staff" />, children: [{ path: 'queue', element: <TicketQueuePage /> }] },
            ],
          },
          {
            path: 'settings',
            element: <SettingsLayout />,
            children: [
              { index: true, element: <Navigate to="appearance" replace /> },
              { path: 'appearance', element: <AppearancePage /> },
              {
                element: <RequireAuth />,
                children: [
                  { path: 'profile', element: <ProfilePage /> },
                  { path: 'cv', element: <CvProfilePage /> },
                  { path: 'preferences', element: <PreferencesPage /> },
                  { path: 'security', element: <SecurityPage /> },
                  { path: 'keys', element: <KeysPage /> },
                  { path: 'workspaces', element: <WorkspacesPage /> },
                  { path: 'ai-usage', element: <AiUsagePage /> },
                  { path: 'insights', element: <InsightsPage /> },
                ],
              },
              {
                path: 'admin',
                element: <RequireAuth role="admin" />,
                children: [
                  { index: true, element: <Navigate to="overview" replace /> },
                  { path: 'overview', element: <AdminHomePage /> },
                  { path: 'users', element: <AdminUsersPage /> },
                  { path: 'outbox', element: <AdminOutboxPage /> },
                  { path: 'usage', element: <AdminUsagePage /> },
                  { path: 'analytics', element: <AdminAnalyticsPage /> },
                  { path: 'settings', element: <AdminSettingsPage /> },
                  { path: 'audit', element: <AdminAuditPage /> },
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
