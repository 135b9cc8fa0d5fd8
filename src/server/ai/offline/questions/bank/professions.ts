import type { ProfessionId } from './types.ts';

type Profession = { id: ProfessionId; label: string; keywords: readonly string[]; skills: readonly string[] };

// Order matters: the first profession whose keyword appears in the role wins ("data engineer" is data, not software).
export const professions: readonly Profession[] = [
  { id: 'data', label: 'data and analytics', keywords: ['data', 'analytics', 'machine learning', 'ml ', 'data scientist', 'bi '], skills: ['SQL', 'Python', 'statistics', 'data visualisation', 'experiment design'] },
  { id: 'software', label: 'software engineering', keywords: ['software', 'developer', 'engineer', 'programmer', 'devops', 'frontend', 'front-end', 'backend', 'back-end', 'full stack', 'full-stack', 'sre', 'architect', 'qa', 'tester'], skills: ['system design', 'testing', 'debugging', 'code review', 'APIs'] },
  { id: 'nursing', label: 'nursing and care', keywords: ['nurse', 'nursing', 'midwife', 'care assistant', 'carer', 'paramedic', 'clinical', 'healthcare', 'physician', 'doctor', 'pharmacist'], skills: ['patient assessment', 'medication administration', 'infection control', 'care planning', 'clinical documentation'] },
  { id: 'sales', label: 'sales', keywords: ['sales', 'account executive', 'account manager', 'business development', 'sdr', 'bdr', 'retail'], skills: ['prospecting', 'negotiation', 'pipeline management', 'CRM', 'closing'] },
  { id: 'teaching', label: 'teaching and education', keywords: ['teacher', 'teaching', 'tutor', 'lecturer', 'educator', 'instructor', 'professor', 'school'], skills: ['lesson planning', 'classroom management', 'assessment', 'differentiation', 'safeguarding'] },
  { id: 'finance', label: 'finance and accounting', keywords: ['finance', 'financial', 'accountant', 'accounting', 'auditor', 'audit', 'controller', 'bookkeeper', 'treasury', 'tax'], skills: ['financial reporting', 'forecasting', 'reconciliation', 'Excel', 'compliance'] },
  { id: 'marketing', label: 'marketing', keywords: ['marketing', 'seo', 'content', 'brand', 'growth', 'social media', 'communications'], skills: ['campaign planning', 'SEO', 'analytics', 'copywriting', 'segmentation'] },
  { id: 'customer_support', label: 'customer support', keywords: ['support', 'customer service', 'customer success', 'help desk', 'helpdesk', 'call centre', 'call center'], skills: ['ticket triage', 'de-escalation', 'product knowledge', 'CRM', 'knowledge base writing'] },
  { id: 'project_management', label: 'project and product management', keywords: ['project manager', 'programme', 'program manager', 'product manager', 'product owner', 'scrum', 'delivery'], skills: ['planning', 'stakeholder management', 'risk management', 'prioritisation', 'Agile'] },
  { id: 'design', label: 'design', keywords: ['designer', 'design', 'ux', 'ui ', 'user research', 'illustrator'], skills: ['user research', 'prototyping', 'Figma', 'usability testing', 'visual design'] },
  { id: 'human_resources', label: 'people and HR', keywords: ['hr', 'human resources', 'recruiter', 'recruiting', 'talent', 'people partner'], skills: ['employee relations', 'recruitment', 'employment law', 'onboarding', 'performance management'] },
  { id: 'operations', label: 'operations and logistics', keywords: ['operations', 'logistics', 'supply chain', 'warehouse', 'procurement', 'manufacturing', 'plant', 'chef', 'restaurant', 'hospitality'], skills: ['process improvement', 'inventory management', 'health and safety', 'scheduling', 'vendor management'] },
];

const general: Profession = { id: 'general', label: 'general', keywords: [], skills: ['communication', 'planning', 'problem solving'] };

export function detectProfession(role: string, extraText = ''): Profession {
  const haystack = ` ${role.toLowerCase()} `;
  const found = professions.find((profession) => profession.keywords.some((keyword) => haystack.includes(keyword)));
  if (found) return found;
  const extra = ` ${extraText.toLowerCase().slice(0, 2000)} `;
  return professions.find((profession) => profession.keywords.some((keyword) => extra.includes(` ${keyword.trim()} `))) ?? general;
}
