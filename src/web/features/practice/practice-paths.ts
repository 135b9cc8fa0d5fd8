/** Where each practice page lives in the web app. */
export const practicePaths = {
  home: '/practice',
  newSession: '/practice/new',
  room: (sessionId: string) => `/practice/sessions/${sessionId}`,
  report: (sessionId: string) => `/practice/sessions/${sessionId}/report`,
};
