import { behavioural, earlyCareer, experienced, seniorOnly, type BankTemplate } from './types.ts';

const star = 'a clear situation, what you did yourself, and a measurable result';

export const behaviouralCore: readonly BankTemplate[] = [
  // communication
  behavioural('comm-complex', 'communication', 'Tell me about a time you had to explain something complex to someone without your background. How did you make sure they understood?', ['adapts language to the audience', 'checks understanding instead of assuming it', star]),
  behavioural('comm-bad-news', 'communication', 'Describe a time you had to deliver bad news to a manager, client or colleague. How did you handle it?', ['delivers the message early and directly', 'offers options or a plan', 'keeps the relationship intact']),
  behavioural('comm-written', 'communication', 'Give an example of a piece of writing you produced at work (a report, a handover, an email) that changed what people did.', ['knows the reader and the purpose', 'structures information for quick reading', 'names the effect it had']),
  behavioural('comm-persuade', 'communication', 'Tell me about a time you persuaded someone to change their mind. What did you say and why did it work?', ['uses evidence rather than authority', 'listens to the other side first', 'states the outcome']),
  behavioural('comm-misunderstanding', 'communication', 'Describe a misunderstanding at work that caused a problem. What did you do to fix it and to stop it happening again?', ['owns their part of the miscommunication', 'fixes the immediate issue', 'changes a habit or process afterwards']),
  // problem solving
  behavioural('ps-hardest', 'problem_solving', 'Walk me through the hardest problem you solved in your work as a {role}. How did you approach it?', ['breaks the problem into parts', 'tests hypotheses with evidence', star]),
  behavioural('ps-root-cause', 'problem_solving', 'Tell me about a time you found the root cause of a recurring problem rather than just treating the symptoms.', ['distinguishes symptoms from causes', 'uses data or observation to confirm the cause', 'shows the problem stayed fixed']),
  behavioural('ps-limited-info', 'problem_solving', 'Describe a decision you had to make with incomplete information. What did you do and how did it turn out?', ['states the assumptions made', 'manages the risk of being wrong', 'reflects on the result']),
  behavioural('ps-creative', 'problem_solving', 'Tell me about a time you solved a problem in a way others had not tried.', ['explains why the usual approach failed', 'describes the new idea concretely', 'shows the impact']),
  behavioural('ps-mistake', 'problem_solving', 'Describe a mistake you made at work. How did you discover it and what did you do next?', ['admits the mistake plainly', 'limits the damage quickly', 'names what they do differently now']),
  // ownership
  behavioural('own-beyond', 'ownership', 'Tell me about a time you took responsibility for something that was not strictly your job.', ['notices the gap without being asked', 'follows through to the end', star]),
  behavioural('own-failure', 'ownership', 'Describe a project or task that failed. What was your part in it and what did you learn?', ['avoids blaming others', 'names their own decisions', 'concrete lesson applied later']),
  behavioural('own-deadline', 'ownership', 'Tell me about a commitment you were at risk of missing. What did you do?', ['raises the risk early', 'renegotiates or re-plans', 'delivers or explains the trade-off']),
  behavioural('own-improve', 'ownership', 'Give an example of a process you improved on your own initiative.', ['measures the before and after', 'brings others along', 'sustains the change']),
  behavioural('own-first-job', 'ownership', 'Tell me about a piece of work from your studies, an internship or a first job that you are proud of. What was your own contribution?', ['separates personal from group contribution', 'explains the choices made', 'states the outcome'], { levels: earlyCareer }),
  // teamwork
  behavioural('team-difficult', 'teamwork', 'Tell me about a time you worked with someone whose style was very different from yours. How did you make it work?', ['seeks to understand the other person', 'adapts without giving up standards', 'shows the joint result']),
  behavioural('team-help', 'teamwork', 'Describe a time you helped a colleague succeed, even though it was not your task.', ['notices when others struggle', 'helps without taking over', 'names the effect on the team']),
  behavioural('team-cross', 'teamwork', 'Tell me about a project where you had to work with another team or department. What made it work, or not?', ['aligns on shared goals', 'keeps communication regular', 'handles dependencies']),
  behavioural('team-credit', 'teamwork', 'Describe a team success. What part did you play, and what did others contribute?', ['gives credit fairly', 'is precise about their own role', 'explains how the team coordinated']),
  behavioural('team-underperform', 'teamwork', 'Tell me about a time a team member was not pulling their weight. What did you do?', ['addresses it directly and respectfully', 'looks for the cause', 'protects the team outcome']),
  // adaptability
  behavioural('adapt-change', 'adaptability', 'Tell me about a time priorities changed suddenly. How did you adapt?', ['stays calm and re-plans', 'communicates the impact of the change', 'delivers under the new plan']),
  behavioural('adapt-new-skill', 'adaptability', 'Describe a time you had to learn something new very quickly to do your job.', ['has a method for learning fast', 'applies it to real work quickly', 'names how long it took and the result']),
  behavioural('adapt-ambiguity', 'adaptability', 'Tell me about a time you had to work with unclear goals or instructions. What did you do?', ['asks clarifying questions', 'makes reasonable assumptions explicit', 'checks back early']),
  behavioural('adapt-feedback', 'adaptability', 'Describe a piece of critical feedback you received. What did you change afterwards?', ['receives feedback without defensiveness', 'acts on it concretely', 'shows the improvement']),
  // conflict resolution
  behavioural('conf-disagree', 'conflict_resolution', 'Tell me about a time you disagreed with a decision made by your manager or team. What did you do?', ['raises the disagreement with reasons', 'commits once the decision is made', 'keeps the relationship']),
  behavioural('conf-between', 'conflict_resolution', 'Describe a conflict between two colleagues or stakeholders that you helped resolve.', ['stays neutral and listens to both sides', 'finds the shared interest', 'describes a durable resolution'], { levels: experienced }),
  behavioural('conf-upset', 'conflict_resolution', 'Tell me about a time someone was upset or angry with you at work. How did you respond?', ['stays calm and acknowledges feelings', 'separates the person from the problem', 'follows up afterwards']),
  behavioural('conf-pushback', 'conflict_resolution', 'Describe a time you had to say no to a request from someone senior.', ['explains the reason and the trade-off', 'offers an alternative', 'keeps trust']),
  // leadership
  behavioural('lead-team', 'leadership', 'Tell me about a time you led a team through a difficult period. What did you do to keep them going?', ['sets direction and explains why', 'looks after people as well as results', star], { levels: seniorOnly }),
  behavioural('lead-develop', 'leadership', 'Describe someone you coached or mentored. How did they grow, and what was your part?', ['tailors support to the person', 'gives honest feedback', 'names a concrete change in the person']),
  behavioural('lead-without-authority', 'leadership', 'Tell me about a time you led something without having formal authority.', ['influences through credibility and clarity', 'organises others around a goal', 'delivers the result']),
  behavioural('lead-hard-call', 'leadership', 'Describe the hardest people decision you have made as a leader.', ['weighs fairness and business need', 'communicates the decision with care', 'reflects on the outcome'], { levels: seniorOnly }),
  behavioural('lead-vision', 'leadership', 'Tell me about a time you set a direction or strategy that others followed. How did you get buy-in?', ['connects the direction to evidence', 'involves people early', 'tracks whether it worked'], { levels: ['lead', 'principal', 'manager', 'director', 'executive'] }),
];
