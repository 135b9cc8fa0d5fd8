import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PracticeReport, PracticeReportPending, QuestionDetail, RetryAnswerBody } from '#shared/contracts/practice.ts';
import { api } from '#web/app/api-client.ts';
import { getReport, retryQuestion, retryReport } from '#web/features/practice/api/practice-api.ts';
import { practiceKeys } from './practice-keys.ts';

const pollMs = 1500;

/** The feedback report, asked for again every 1.5 s while it is being prepared. */
export function useReport(sessionId: string) {
  return useQuery({
    queryKey: practiceKeys.report(sessionId),
    queryFn: () => getReport(api, sessionId),
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? pollMs : false),
  });
}

export function useRetryReport(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => retryReport(api, sessionId),
    onSuccess: (pending) => queryClient.setQueryData(practiceKeys.report(sessionId), pending),
  });
}

/** A new attempt at one question, evaluated at once; the report shows it beside the earlier attempts. */
export function useRetryQuestion(sessionId: string, questionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RetryAnswerBody) => retryQuestion(api, sessionId, questionId, body),
    onSuccess: (detail) => {
      queryClient.setQueryData<PracticeReport | PracticeReportPending>(practiceKeys.report(sessionId), (report) =>
        report?.status === 'ready' ? { ...report, perQuestion: report.perQuestion.map((item) => replaceDetail(item, detail)) } : report,
      );
    },
  });
}

function replaceDetail(item: QuestionDetail, detail: QuestionDetail): QuestionDetail {
  return item.questionId === detail.questionId ? detail : item;
}
