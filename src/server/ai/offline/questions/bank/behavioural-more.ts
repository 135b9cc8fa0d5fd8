import { behavioural, experienced, seniorOnly, type BankTemplate } from './types.ts';

export const behaviouralMore: readonly BankTemplate[] = [
  // customer focus
  behavioural('cust-difficult', 'customer_focus', 'Tell me about a time you dealt with a difficult client, patient, customer or stakeholder. What did you do?', ['listens and acknowledges the concern', 'solves the underlying need', 'keeps the relationship']),
  behavioural('cust-beyond', 'customer_focus', 'Describe a time you went beyond what was expected for someone you were serving.', ['understands what the person really needed', 'acts within sensible limits', 'names the effect on them']),
  behavioural('cust-feedback', 'customer_focus', 'Give an example of customer or user feedback that changed how you work.', ['seeks feedback actively', 'turns it into a concrete change', 'checks the change helped']),
  behavioural('cust-say-no', 'customer_focus', 'Tell me about a time you could not give a customer what they asked for. How did you handle it?', ['explains the reason honestly', 'offers the best alternative', 'keeps the customer’s trust']),
  // time management
  behavioural('time-juggle', 'time_management', 'Tell me about a time you had several urgent tasks at once. How did you decide what to do first?', ['uses explicit criteria to prioritise', 'communicates what will slip', 'delivers the most important work']),
  behavioural('time-deadline', 'time_management', 'Describe a tight deadline you met. What did you do differently to make it?', ['plans backwards from the deadline', 'cuts scope sensibly', 'states what was delivered and when']),
  behavioural('time-interrupt', 'time_management', 'How do you protect time for important work when interruptions keep coming? Give an example.', ['has a concrete system', 'balances responsiveness and focus', 'shows results from it']),
  // learning
  behavioural('learn-recent', 'learning', 'What is something you have learned recently for your work as a {role}, and how have you used it?', ['chooses what to learn for a reason', 'applies it in real work', 'names the effect']),
  behavioural('learn-failure', 'learning', 'Tell me about a time you failed to learn something the first time. What did you change in your approach?', ['reflects honestly', 'changes method, not just effort', 'shows eventual progress']),
  behavioural('learn-share', 'learning', 'Describe a time you taught a skill or shared knowledge with your team.', ['organises knowledge for others', 'checks that it landed', 'names how the team benefited'], { levels: experienced }),
  // integrity
  behavioural('int-pressure', 'integrity', 'Tell me about a time you were under pressure to cut a corner. What did you do?', ['names the risk of cutting the corner', 'holds the standard or escalates', 'handles the consequences']),
  behavioural('int-report', 'integrity', 'Describe a time you had to report a mistake, yours or someone else’s.', ['reports promptly and factually', 'focuses on fixing, not blaming', 'follows the right process']),
  behavioural('int-confidential', 'integrity', 'Tell me about a time you handled confidential or sensitive information. How did you protect it?', ['knows the rules that apply', 'acts carefully under pressure', 'explains the reasoning']),
  // attention to detail
  behavioural('detail-catch', 'attention_to_detail', 'Tell me about an error you caught before it caused harm. How did you spot it?', ['has a checking habit', 'acts on the finding quickly', 'prevents it happening again']),
  behavioural('detail-accuracy', 'attention_to_detail', 'Describe a task where accuracy really mattered. What did you do to get it right?', ['uses checklists or double checks', 'balances speed and accuracy', 'names the result']),
  behavioural('detail-standards', 'attention_to_detail', 'Tell me about a time you raised the quality standard of work around you.', ['defines what good looks like', 'makes quality easy for others', 'shows the improvement'], { levels: experienced }),
  // motivation and fit (behavioural stage, company fit)
  behavioural('mot-proud', 'motivation', 'What achievement in your career as a {role} are you proudest of, and why?', ['picks an achievement with real impact', 'explains their own part', 'connects it to what motivates them']),
  behavioural('mot-environment', 'motivation', 'Describe the work environment where you did your best work. What made it work for you?', ['is specific about conditions', 'shows self-awareness', 'links it to this role']),
  behavioural('mot-growth', 'motivation', 'Tell me about a time you asked for more responsibility. What happened?', ['shows initiative', 'makes a case with evidence', 'describes what followed']),
  // technical depth as behavioural stories (all professions)
  behavioural('depth-expertise', 'technical_depth', 'Tell me about a situation where your specialist knowledge as a {role} made the difference.', ['explains the expertise in plain words', 'shows judgement, not just knowledge', 'names the outcome'], { stage: 'experience' }),
  behavioural('depth-tradeoff', 'technical_depth', 'Describe a trade-off you made in your work between quality, speed and cost. How did you decide?', ['names the options considered', 'explains the criteria', 'reflects on the result'], { stage: 'experience', levels: experienced }),
  behavioural('depth-standard', 'technical_depth', 'Tell me about a time you introduced a better method, tool or standard to your team.', ['shows why the old way fell short', 'manages adoption', 'measures the improvement'], { stage: 'experience', levels: seniorOnly }),
  // experience stage
  behavioural('exp-recent-project', 'ownership', 'Walk me through a recent piece of work you are proud of as a {role}: what was the goal, what did you do, and what was the result?', ['sets context briefly', 'focuses on their own actions', 'ends with a measurable result'], { stage: 'experience' }),
  behavioural('exp-biggest-impact', 'problem_solving', 'Which part of your experience is most relevant to this {role} role, and why?', ['links past work to the role’s needs', 'gives a concrete example', 'is honest about gaps'], { stage: 'experience' }),
  behavioural('exp-change-role', 'adaptability', 'Tell me about a transition in your career (new role, team or sector). How did you get up to speed?', ['has a deliberate plan', 'builds relationships early', 'names when they became effective'], { stage: 'experience' }),
];
