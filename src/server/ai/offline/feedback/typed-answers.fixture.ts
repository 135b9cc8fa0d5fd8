/**
 * Practice answers typed the way people type them into the interview room (no fixture of our own evaluator's shape):
 * strong ones tell a story with an outcome and figures, weak ones are vague, short or all "we".
 */
export const typedQuestions = {
  customer: 'Tell me about a time you dealt with a difficult customer.',
  deadline: 'Describe a time you had to deliver under a tight deadline.',
  mistake: 'Tell me about a mistake you made at work and what you did about it.',
  process: 'Give an example of a process you improved.',
  conflict: 'Tell me about a disagreement with a colleague and how you handled it.',
  whyRole: 'Why do you want this role?',
  motivation: 'What motivates you in your work?',
} as const;

export const strongTyped = {
  labelled:
    'Situation: at my previous company the month-end close took nine working days and the auditors kept finding late accrual adjustments. Task: my manager asked me to get the close down to five days before the annual audit. Action: I mapped every close step in a spreadsheet, moved the bank reconciliations to a daily routine and built a NetSuite saved search that flagged unmatched invoices each morning. Result: we closed in five days by the third month and the audit came back with zero adjustments.',
  deadline:
    "Last spring our biggest client moved their go-live forward by two weeks. I was the analyst responsible for the data migration, so I had to finish the mapping of 40,000 customer records in ten days instead of twenty-four. I split the records by region, wrote validation checks in SQL and asked for one extra tester for the last three days. We went live on the new date with 99.8% of records migrated cleanly, and the client renewed their contract for another three years.",
  mistake:
    'In my second year as a payroll specialist I keyed the wrong tax code for a new starter, and she was overpaid by about 600 pounds in her first month. I noticed it during my own reconciliation the next week. I told my manager straight away, called the employee to explain and agreed a repayment plan over three months with her. I then added a second check for every new starter to our checklist, and since then we have had no tax code errors in 18 months.',
  process:
    'When I joined the service desk, password resets were 35% of our tickets and each one took about ten minutes. My goal was to cut that load before the busy season. I set up self-service reset in Active Directory, wrote a one-page guide and ran two short sessions for the office managers. Within two months reset tickets fell by 70%, which freed roughly 40 hours of engineer time a month.',
  conflict:
    'At my last job a senior developer and I disagreed about releasing a feature on Friday afternoon. I was responsible for the release checklist and I thought the risk was too high. I asked for fifteen minutes with him, showed him the two incidents we had had after Friday releases, and proposed a Monday morning slot with him on call. He agreed, the release went out on Monday with no incidents, and we made Monday releases the team rule.',
  whyRole:
    "I have spent six years in accounts payable and the part I enjoy most is fixing the process behind the numbers. Your team is moving to a new ERP next year, and I led exactly that kind of change at my current company, where we cut invoice processing time by half. I want a role where that experience is the main job, not a side project, and this senior accountant position is that.",
} as const;

export const weakTyped = {
  vague: 'I think communication is really important and I always try to communicate well with everyone on the team. I am a good communicator.',
  short: 'We fixed it quickly.',
  team:
    'We had a big release and it was stressful. We all worked late and we helped each other out. The team did really well and the manager was happy with us.',
  generic:
    'I usually just try to stay calm and do my best. Every situation is different so it depends, but I am a hard worker and I get things done.',
  fillers: 'Um so basically like there was this customer and um they were like really angry about something and I kind of just you know dealt with it I guess.',
  whyRole: 'I need a job and this one looked fine.',
} as const;
