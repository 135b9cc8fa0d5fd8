import { experienced, seniorOnly, type BankTemplate } from './types.ts';

function design(key: string, text: string, shows: readonly string[], options: Partial<Pick<BankTemplate, 'levels' | 'professions'>> = {}): BankTemplate {
  return { key, text, competency: 'system_design', type: 'system_design', stage: 'technical', shows, ...options };
}

const software = ['software', 'data'] as const;
const designShows = ['clarifies requirements and scale first', 'explains components and data flow', 'discusses trade-offs, failure modes and monitoring'];

export const systemDesignBank: readonly BankTemplate[] = [
  design('sd-url-shortener', 'Design a URL shortening service. Start with the requirements you would clarify.', designShows, { professions: software }),
  design('sd-notifications', 'Design a system that sends notifications (email, SMS, push) to millions of users reliably.', designShows, { professions: software }),
  design('sd-chat', 'Design a real-time chat application. How do messages get from one user to another?', designShows, { professions: software }),
  design('sd-rate-limiter', 'Design a rate limiter for a public API. Where would it live and how would it behave under load?', designShows, { professions: software }),
  design('sd-feed', 'Design the news feed for a social application. How do you keep it fast as it grows?', designShows, { professions: software, levels: experienced }),
  design('sd-payments', 'Design a payment processing flow that never charges a customer twice.', [...designShows, 'idempotency and consistency'], { professions: software, levels: seniorOnly }),
  design('sd-search', 'Design search for an online store with millions of products.', designShows, { professions: software, levels: experienced }),
  design('sd-pipeline', 'Design a data pipeline that ingests events from many sources and makes them queryable within minutes.', [...designShows, 'data quality and late data'], { professions: ['data', 'software'] }),
  design('sd-booking', 'Design an appointment booking system for a chain of clinics.', designShows, { professions: software }),
  design('sd-file-storage', 'Design a file storage and sharing service. How do you handle large files and permissions?', designShows, { professions: software, levels: experienced }),
  design('sd-metrics', 'Design a metrics and alerting system for a fleet of services.', designShows, { professions: software, levels: seniorOnly }),
  design('sd-cache', 'Where would you add caching to a slow web application, and how would you keep the cache correct?', designShows, { professions: software }),
  // "design a system" for other professions: processes rather than software
  design('sd-handover', 'Design a shift handover process for a ward so that nothing important is lost between shifts.', ['identifies what information must transfer', 'uses a structured format (e.g. SBAR)', 'builds in checks and accountability'], { professions: ['nursing'] }),
  design('sd-sales-process', 'Design a sales process for a new product, from first contact to renewal. What would you measure at each stage?', ['defines stages and exit criteria', 'chooses metrics per stage', 'plans for feedback into the product'], { professions: ['sales'] }),
  design('sd-curriculum', 'Design a term-long scheme of work for a topic you teach. How do you sequence it and check learning?', ['sequences from prior knowledge', 'builds in assessment points', 'adapts for different needs'], { professions: ['teaching'] }),
  design('sd-close-process', 'Design a month-end close process for a growing company moving from spreadsheets to a system.', ['maps steps, owners and controls', 'plans the migration', 'sets a target timeline and checks'], { professions: ['finance'] }),
  design('sd-support-flow', 'Design a support operation for a product launching in three new countries.', ['plans channels, tiers and hours', 'sets service levels', 'plans knowledge management'], { professions: ['customer_support'] }),
  design('sd-warehouse', 'Design the flow of goods through a new warehouse, from receiving to dispatch.', ['maps the flow and layout', 'identifies constraints', 'sets safety and throughput measures'], { professions: ['operations'] }),
  design('sd-campaign-system', 'Design a repeatable process for planning, launching and measuring marketing campaigns across channels.', ['defines roles and stages', 'standardises measurement', 'builds in learning'], { professions: ['marketing'] }),
  design('sd-hiring-process', 'Design a hiring process for 50 roles in six months that stays fair and fast.', ['structures stages and criteria', 'plans capacity', 'measures quality and fairness'], { professions: ['human_resources'] }),
  design('sd-design-system', 'Design a design system for a company with five product teams. How do you get teams to adopt it?', ['defines scope and governance', 'plans adoption', 'measures consistency'], { professions: ['design'] }),
  design('sd-portfolio', 'Design a way to track and prioritise a portfolio of 20 projects competing for the same people.', ['sets prioritisation criteria', 'makes capacity visible', 'defines a review rhythm'], { professions: ['project_management'] }),
  design('sd-generic-process', 'Design a better process for a recurring task in your work as a {role}. What would you change and how would you know it worked?', ['describes the current process and its pain', 'proposes concrete steps', 'defines a measure of success']),
];
