import type { ComponentType } from 'react';
import { IconBriefcase, IconCalendar, IconCompass, IconMicrophone, IconSettings, type IconProps } from '#web/ui/icons.tsx';

/**
 * The one list of areas the navigation and the home page show. An area whose pages do not work yet has
 * `available: false`: it is shown as plain text marked "coming soon", never as a link to a pretend page.
 */
export type NavArea = {
  key: 'practice' | 'hiring' | 'interviews' | 'career' | 'settings';
  label: string;
  path: string;
  summary: string;
  highlights: readonly string[];
  icon: ComponentType<IconProps>;
  color: string;
  available: boolean;
};

export const navAreas: readonly NavArea[] = [
  {
    key: 'practice',
    label: 'Practice',
    path: '/practice',
    summary: 'Practice interviews with an AI interviewer and get feedback on every answer.',
    highlights: ['Mock interviews by role and level', 'Typed answers, or spoken ones with a speech provider', 'Scored feedback and progress over time'],
    icon: IconMicrophone,
    color: 'indigo',
    available: true,
  },
  {
    key: 'hiring',
    label: 'Hiring',
    path: '/hiring',
    summary: 'Screen and rank CV batches against a job, with the evidence for every score.',
    highlights: ['Rank a batch of CVs against a job', 'Blind screening: no names or contact details', 'Shortlist, reject and export to CSV or Excel'],
    icon: IconBriefcase,
    color: 'teal',
    available: true,
  },
  {
    key: 'interviews',
    label: 'Interviews',
    path: '/interviews',
    summary: 'Book interviews with calendar invitations and reminders; candidates answer from their link.',
    highlights: ['Invitations calendars accept, in each recipient’s own time zone', 'A list and a week view, and your own interviews', 'Candidates confirm, decline or propose other times'],
    icon: IconCalendar,
    color: 'orange',
    available: true,
  },
  {
    key: 'career',
    label: 'Career',
    path: '/career',
    summary: 'Keep your career library: employment, education, experiences and the skills they show.',
    highlights: ['Experiences linked to the skills they show', 'Search and reorder every entry', 'A page per skill with its experiences'],
    icon: IconCompass,
    color: 'grape',
    available: true,
  },
  {
    key: 'settings',
    label: 'Settings',
    path: '/settings',
    summary: 'Appearance, profile, security, API keys and workspaces.',
    highlights: [],
    icon: IconSettings,
    color: 'gray',
    available: true,
  },
];

export const productAreas = navAreas.filter((area) => area.key !== 'settings');
