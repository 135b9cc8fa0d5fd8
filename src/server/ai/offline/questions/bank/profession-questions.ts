import { experienced, seniorOnly, situational, technical, type BankTemplate } from './types.ts';

// Role questions ("technical or role" stage) for professions where "technical" means clinical, commercial, teaching... skills.
export const professionQuestions: readonly BankTemplate[] = [
  // nursing and care
  technical('nurse-deteriorating', 'technical_depth', 'Tell me about a time you recognised that a patient was deteriorating. What signs did you notice and what did you do?', ['uses a structured assessment (e.g. ABCDE, early warning scores)', 'escalates promptly using SBAR or similar', 'documents and follows up'], { professions: ['nursing'] }),
  technical('nurse-medication', 'attention_to_detail', 'How do you make sure medication is administered safely on a busy shift? Give an example.', ['follows the rights of medication administration', 'double-checks high-risk drugs', 'reports near misses'], { professions: ['nursing'] }),
  situational('nurse-short-staffed', 'time_management', 'Your shift is two nurses short and a new admission arrives. How do you prioritise your patients?', ['triages by clinical need', 'delegates appropriately', 'escalates staffing concerns'], { professions: ['nursing'] }),
  technical('nurse-family', 'communication', 'Describe how you supported a patient’s family through difficult news or a complex care decision.', ['shows empathy and plain language', 'respects confidentiality and consent', 'involves the wider team'], { professions: ['nursing'] }),
  technical('nurse-infection', 'integrity', 'Tell me about a time you challenged a colleague about infection control or patient safety practice.', ['puts patient safety first', 'raises concerns respectfully', 'follows local policy'], { professions: ['nursing'] }),
  // sales
  technical('sales-biggest-deal', 'customer_focus', 'Walk me through the biggest deal you closed: how you found it, the obstacles, and how you closed it.', ['describes a repeatable process', 'handles objections concretely', 'quantifies deal size and cycle'], { professions: ['sales'] }),
  technical('sales-lost', 'learning', 'Tell me about a deal you lost. What did you learn and what do you do differently now?', ['analyses the loss honestly', 'identifies a specific lesson', 'shows it applied since'], { professions: ['sales'] }),
  technical('sales-pipeline', 'time_management', 'How do you build and manage your pipeline to hit a quarterly target? Use a real quarter as the example.', ['knows their conversion rates', 'prioritises by likelihood and value', 'forecasts accurately'], { professions: ['sales'] }),
  situational('sales-objection', 'communication', 'A prospect says your product is too expensive. How do you respond?', ['asks questions to understand the objection', 'reframes around value', 'avoids discounting first'], { professions: ['sales'] }),
  // teaching
  technical('teach-differentiate', 'technical_depth', 'Tell me about a lesson where you adapted your teaching for pupils with very different needs.', ['identifies needs through assessment', 'plans concrete adaptations', 'shows evidence of progress'], { professions: ['teaching'] }),
  technical('teach-behaviour', 'conflict_resolution', 'Describe how you handled a serious behaviour issue in your classroom.', ['stays calm and consistent', 'follows the school policy', 'works with the pupil and family afterwards'], { professions: ['teaching'] }),
  technical('teach-assessment', 'attention_to_detail', 'How do you use assessment to plan your next lessons? Give a recent example.', ['uses formative assessment', 'changes plans based on evidence', 'tracks progress over time'], { professions: ['teaching'] }),
  situational('teach-safeguarding', 'integrity', 'A pupil tells you something that raises a safeguarding concern. What do you do?', ['does not promise confidentiality', 'reports to the designated lead', 'records facts accurately'], { professions: ['teaching'] }),
  // finance
  technical('fin-close', 'attention_to_detail', 'Walk me through how you run a month-end close. Where do errors usually come from and how do you prevent them?', ['knows the close steps and owners', 'uses reconciliations and controls', 'improves the timeline'], { professions: ['finance'] }),
  technical('fin-forecast', 'technical_depth', 'Tell me about a forecast or budget you built. What assumptions drove it and how accurate was it?', ['states key drivers and assumptions', 'tests sensitivity', 'compares forecast with actuals'], { professions: ['finance'] }),
  situational('fin-discrepancy', 'integrity', 'You find a discrepancy in the accounts just before a reporting deadline. What do you do?', ['investigates rather than plugs the gap', 'escalates transparently', 'documents the resolution'], { professions: ['finance'] }),
  technical('fin-explain', 'communication', 'Describe a time you explained financial results to non-finance colleagues so they could make a decision.', ['translates numbers into implications', 'focuses on what matters to the audience', 'names the decision taken'], { professions: ['finance'] }),
  // marketing
  technical('mkt-campaign', 'technical_depth', 'Walk me through a campaign you ran from brief to results. Which metrics did you track?', ['defines the audience and goal', 'chooses channels for a reason', 'reports results against targets'], { professions: ['marketing'] }),
  technical('mkt-failed', 'learning', 'Tell me about a campaign that underperformed. How did you find out why?', ['uses data to diagnose', 'tests a hypothesis', 'applies the lesson'], { professions: ['marketing'] }),
  situational('mkt-budget', 'problem_solving', 'You have half the usual budget for a product launch. How do you plan the campaign?', ['prioritises highest-return channels', 'sets measurable goals', 'plans learning loops'], { professions: ['marketing'] }),
  // customer support
  technical('support-escalation', 'customer_focus', 'Tell me about a support case you escalated. How did you decide, and what did you tell the customer?', ['knows when escalation is right', 'gives the customer a clear expectation', 'follows through to resolution'], { professions: ['customer_support'] }),
  technical('support-volume', 'time_management', 'How do you keep quality high when ticket volume spikes? Give an example.', ['triages by impact', 'uses macros or knowledge base sensibly', 'tracks response and resolution times'], { professions: ['customer_support'] }),
  technical('support-kb', 'communication', 'Describe a help article or macro you wrote that reduced repeat contacts.', ['identifies the recurring issue', 'writes for the customer’s words', 'measures the reduction'], { professions: ['customer_support'] }),
  // project and product management
  technical('pm-slip', 'ownership', 'Tell me about a project that slipped. When did you notice, and what did you do?', ['tracks leading indicators', 'resets the plan with stakeholders', 'delivers or descopes deliberately'], { professions: ['project_management'] }),
  technical('pm-prioritise', 'problem_solving', 'How do you decide what goes into the next release or phase? Walk me through a real decision.', ['uses a clear framework (impact, effort, risk)', 'involves stakeholders', 'explains the outcome'], { professions: ['project_management'] }),
  technical('pm-stakeholders', 'communication', 'Describe how you kept senior stakeholders aligned on a complex project.', ['has a regular communication rhythm', 'surfaces risks early', 'tailors updates to the audience'], { professions: ['project_management'], levels: experienced }),
  // design
  technical('design-research', 'customer_focus', 'Tell me about a design decision that user research changed.', ['plans research to answer a question', 'changes the design based on findings', 'measures the effect'], { professions: ['design'] }),
  technical('design-critique', 'communication', 'How do you present and defend a design when stakeholders disagree? Give an example.', ['ties decisions to user needs and goals', 'listens to critique', 'reaches a decision'], { professions: ['design'] }),
  // HR
  technical('hr-investigation', 'integrity', 'Walk me through how you handled an employee relations case or investigation.', ['follows a fair, documented process', 'keeps confidentiality', 'reaches a defensible outcome'], { professions: ['human_resources'], levels: experienced }),
  technical('hr-hiring', 'attention_to_detail', 'How do you make a hiring process fair and consistent? Give an example of something you changed.', ['uses structured criteria', 'reduces bias', 'measures the result'], { professions: ['human_resources'] }),
  // operations
  technical('ops-bottleneck', 'problem_solving', 'Tell me about a bottleneck you removed in an operation or process. How did you measure the improvement?', ['maps the process', 'finds the constraint with data', 'quantifies throughput or cost'], { professions: ['operations'] }),
  technical('ops-safety', 'integrity', 'Describe a health and safety issue you dealt with. What did you do?', ['acts immediately on the hazard', 'reports and investigates', 'prevents recurrence'], { professions: ['operations'] }),
  situational('ops-supplier', 'problem_solving', 'A key supplier fails to deliver the day before a big order ships. What do you do?', ['assesses impact quickly', 'activates alternatives', 'communicates with customers'], { professions: ['operations'] }),
  // data
  technical('data-analysis', 'technical_depth', 'Walk me through an analysis you did that changed a decision. How did you make sure the numbers were right?', ['frames the question first', 'validates data quality', 'communicates uncertainty'], { professions: ['data'] }),
  technical('data-experiment', 'technical_depth', 'How would you design an experiment to test whether a change improved a key metric?', ['defines hypothesis and metric', 'addresses sample size and bias', 'plans how to act on results'], { professions: ['data'] }),
  // software
  technical('sw-debug', 'problem_solving', 'Tell me about the hardest bug you tracked down. How did you find it?', ['uses a systematic approach (reproduce, isolate, verify)', 'uses tools such as logs, profilers, debuggers', 'prevents regressions with tests'], { professions: ['software'] }),
  technical('sw-review', 'technical_depth', 'What do you look for when reviewing someone else’s code? Give an example of feedback you gave.', ['balances correctness, readability and design', 'gives actionable, kind feedback', 'knows when to approve'], { professions: ['software'] }),
  technical('sw-incident', 'ownership', 'Describe a production incident you were involved in. What was your role and what changed afterwards?', ['mitigates first, then investigates', 'communicates status', 'follows up with a blameless review'], { professions: ['software'], levels: experienced }),
  technical('sw-legacy', 'technical_depth', 'Tell me about a time you improved a legacy system without stopping the business.', ['reduces risk with incremental change', 'adds tests or monitoring first', 'measures the improvement'], { professions: ['software'], levels: seniorOnly }),
];
