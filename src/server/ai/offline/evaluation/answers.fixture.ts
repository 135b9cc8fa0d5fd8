/** Answers shared by the evaluation, interviewer and feedback tests: strong and weak, across professions. */
export const answers = {
  strongRetail:
    'Last year at Northwind Retail our biggest client threatened to cancel after three late deliveries. My task was to keep the account and fix the delivery problem. I called the client the same day, listened to their concerns, and set up a weekly review with our logistics team. I also rebuilt the dispatch schedule in Excel so that urgent orders shipped first. As a result, on-time delivery rose from 82% to 97% within two months and the client renewed a £1.2m contract.',
  strongNurse:
    'In my last role on a 28-bed surgical ward, a post-operative patient became confused and his oxygen saturation dropped to 88%. I was responsible for six patients that shift. I completed a full ABCDE assessment, calculated his NEWS2 score of 7, and escalated to the outreach team using SBAR. I started oxygen as prescribed and stayed with him until the doctor arrived. He was treated for early sepsis within the hour and was back on the ward two days later; the ward manager later used my handover as a teaching example.',
  strongTeacher:
    'When I was teaching Year 9 maths, a third of my class were working well below the expected level. My aim was to close the gap before the end-of-year assessment. I used weekly low-stakes quizzes to find the gaps, grouped students by need, and planned three levels of tasks for each lesson. I also set up a lunchtime catch-up session twice a week. By the summer, 80% of that group met their target grade, up from 35% in the autumn.',
  weakVague: 'Um, so, like, we basically had a customer who was, you know, kind of annoyed. We sorted it out and it was fine I think.',
  weakTeam:
    'Our team had a big project last year with a tight deadline. We worked really hard and we communicated a lot, and we all helped each other when things got busy. We had meetings every day and we made sure everyone knew what was going on, so it went well in the end and everyone was happy with it.',
  offTopic: 'I really enjoy hiking and cooking on weekends. My favourite film is a classic thriller from the nineties, and I like to read history books too.',
} as const;
