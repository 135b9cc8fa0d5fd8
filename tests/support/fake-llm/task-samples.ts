/** Ordinary inputs for every AI task, small enough to read, for engine-level tests. */

export const sampleResumeText = `Jordan Reyes
Senior Backend Engineer
jordan.reyes@example.com | +1 415 555 0100 | San Francisco, CA

Experience
Senior Backend Engineer, Acme Payments — 2020-03 to present
- Migrated the billing pipeline to Kafka, cutting settlement time by 40%.
- Built REST services in Spring Boot and TypeScript on Kubernetes.

Backend Engineer, Globex — 2016-06 to 2020-02
- Maintained PostgreSQL databases and wrote Python tooling.

Education
B.Sc. Computer Science, State University, 2012-2016

Skills
TypeScript, Python, Kafka, PostgreSQL, Kubernetes
`;

export const sampleJobText = `Senior Backend Engineer
Location: Remote (EU)

Responsibilities
- Design and run payment services.
- Mentor engineers.

Requirements
- 5+ years of backend development
- Strong Java and Kafka experience
- PostgreSQL

Nice to have
- Kubernetes
- Terraform
`;

export const sampleQuestion = 'Tell me about a time you improved a system under pressure.';

export const sampleAnswer =
  'Last year our billing pipeline kept missing settlement deadlines. I was asked to fix it before the audit. ' +
  'I moved the batch jobs to Kafka consumers and added alerts in Grafana. Settlement time dropped by 40% and we passed the audit.';
