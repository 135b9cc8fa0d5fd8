import { behavioural, experienced, type BankTemplate } from './types.ts';

function screen(key: string, competency: BankTemplate['competency'], text: string, shows: readonly string[], options: Partial<Pick<BankTemplate, 'levels' | 'stage'>> = {}): BankTemplate {
  return { key, text, competency, type: 'hr_screening', stage: options.stage ?? 'behavioural', shows, ...options };
}

export const introductionBank: readonly BankTemplate[] = [
  { key: 'intro-yourself', text: 'To start, could you tell me a little about yourself and what brings you to this {role} role?', competency: 'communication', type: 'introduction', stage: 'introduction', shows: ['a concise, structured summary (present, past, future)', 'links experience to the role', 'stays under two minutes'] },
  { key: 'intro-journey', text: 'Walk me through your career so far as it relates to being a {role}.', competency: 'communication', type: 'introduction', stage: 'introduction', shows: ['a clear storyline', 'highlights relevant achievements', 'explains the moves made'] },
  { key: 'intro-why', text: 'What interests you about working as a {role} at this point in your career?', competency: 'motivation', type: 'introduction', stage: 'introduction', shows: ['specific motivation', 'knowledge of the role', 'fit with their goals'] },
];

export const closingBank: readonly BankTemplate[] = [
  { key: 'close-questions', text: 'We are nearly at the end. What questions do you have for us about the role or the team?', competency: 'motivation', type: 'closing', stage: 'closing', shows: ['thoughtful questions about the work', 'curiosity about the team and success measures'] },
  { key: 'close-anything-else', text: 'Is there anything we have not covered that you would like us to know about you as a {role}?', competency: 'communication', type: 'closing', stage: 'closing', shows: ['adds a relevant strength not yet covered', 'stays brief'] },
];

export const screeningBank: readonly BankTemplate[] = [
  screen('hr-why-leave', 'motivation', 'Why are you looking to move on from your current or most recent role?', ['positive framing', 'honest reasons', 'link to this role']),
  screen('hr-why-us', 'motivation', 'What do you know about this organisation, and why do you want to work here as a {role}?', ['has done research', 'specific reasons', 'fit with values']),
  screen('hr-availability', 'motivation', 'What is your notice period or availability to start, and are there any constraints we should know about?', ['clear, factual answer'], { stage: 'closing' }),
  screen('hr-work-style', 'teamwork', 'How would colleagues describe the way you work?', ['self-aware description', 'an example that supports it']),
  screen('hr-strength', 'motivation', 'What is your greatest strength as a {role}? Give an example that shows it.', ['names one strength', 'proves it with an example', 'relevant to the role']),
  screen('hr-weakness', 'learning', 'What is an area you are actively working to improve, and what are you doing about it?', ['a genuine development area', 'concrete actions taken', 'evidence of progress']),
  screen('hr-5-years', 'motivation', 'Where would you like your career to be in a few years, and how does this role fit?', ['realistic ambition', 'link to the role']),
  screen('hr-values', 'integrity', 'Tell me about a workplace value that matters to you, and a time you acted on it.', ['names a value', 'shows behaviour, not just words']),
  screen('hr-remote', 'time_management', 'How do you organise your work when you are not in the same place as your team?', ['concrete habits', 'communication rhythm', 'an example'], { levels: experienced }),
  screen('hr-gap', 'communication', 'Is there anything in your career history you would like to explain, such as a gap or a change of direction?', ['honest and brief', 'focus on what they gained']),
  behavioural('hr-team-size', 'teamwork', 'What size and kind of team have you worked in most recently, and what was your role in it?', ['clear description', 'their own contribution'], { stage: 'experience' }),
];
