import { toTerms } from '#server/ai/offline/text/terms.ts';

/**
 * Skills that show another: someone who writes PostgreSQL queries knows SQL, a Django developer knows Python.
 * Only one direction (PostgreSQL → SQL, never SQL → PostgreSQL). Canonical names of the taxonomy.
 */
const implies: Readonly<Record<string, readonly string[]>> = {
  PostgreSQL: ['SQL'],
  MySQL: ['SQL'],
  MariaDB: ['SQL'],
  SQLite: ['SQL'],
  'Microsoft SQL Server': ['SQL'],
  'Oracle Database': ['SQL'],
  'T-SQL': ['SQL'],
  'PL/SQL': ['SQL'],
  'Amazon Redshift': ['SQL', 'Data warehousing'],
  BigQuery: ['SQL', 'Data warehousing'],
  Snowflake: ['SQL', 'Data warehousing'],
  React: ['JavaScript', 'Front-end development'],
  'React Native': ['React', 'JavaScript', 'Mobile development'],
  Angular: ['TypeScript', 'JavaScript', 'Front-end development'],
  'Vue.js': ['JavaScript', 'Front-end development'],
  'Next.js': ['React', 'JavaScript'],
  'Node.js': ['JavaScript', 'Back-end development'],
  'Express.js': ['Node.js', 'JavaScript'],
  NestJS: ['Node.js', 'TypeScript'],
  TypeScript: ['JavaScript'],
  jQuery: ['JavaScript'],
  Django: ['Python'],
  Flask: ['Python'],
  FastAPI: ['Python'],
  Pandas: ['Python', 'Data analysis'],
  NumPy: ['Python'],
  'scikit-learn': ['Python', 'Machine learning'],
  PyTorch: ['Deep learning', 'Machine learning'],
  TensorFlow: ['Deep learning', 'Machine learning'],
  Keras: ['Deep learning', 'Machine learning'],
  'Deep learning': ['Machine learning'],
  Spring: ['Java'],
  Hibernate: ['Java'],
  Kotlin: ['Android'],
  'Ruby on Rails': ['Ruby'],
  Laravel: ['PHP'],
  Symfony: ['PHP'],
  '.NET': ['C#'],
  'Entity Framework': ['.NET'],
  Kubernetes: ['Docker'],
  'Amazon EC2': ['AWS'],
  'Amazon S3': ['AWS'],
  'AWS Lambda': ['AWS'],
  DynamoDB: ['AWS'],
  'GitHub Actions': ['CI/CD', 'Git'],
  'GitLab CI': ['CI/CD', 'Git'],
  Jenkins: ['CI/CD'],
  CircleCI: ['CI/CD'],
  Terraform: ['Infrastructure as Code'],
  Ansible: ['Infrastructure as Code'],
  Tableau: ['Data visualization'],
  'Power BI': ['Data visualization', 'Business intelligence'],
  Looker: ['Data visualization', 'Business intelligence'],
  Scrum: ['Agile'],
  Kanban: ['Agile'],
  'Apache Spark': ['Big data'],
  Hadoop: ['Big data'],
  'Advanced Cardiovascular Life Support': ['Basic Life Support', 'Cardiopulmonary resuscitation'],
  'Pediatric Advanced Life Support': ['Basic Life Support', 'Cardiopulmonary resuscitation'],
  'Basic Life Support': ['Cardiopulmonary resuscitation'],
  'Registered Nurse': ['Nursing', 'Patient care'],
  'Licensed Practical Nurse': ['Nursing', 'Patient care'],
  'Epic Systems': ['Electronic health records'],
  Cerner: ['Electronic health records'],
  Meditech: ['Electronic health records'],
  'Certified Public Accountant': ['Accounting', 'GAAP'],
  Accruals: ['Journal entries'],
  'Audit support': ['Auditing'],
  'Chartered Accountant': ['Accounting', 'Auditing'],
  ACCA: ['Accounting'],
  'Manage budgets': ['Budgeting'],
  'Prepare financial statements': ['Financial reporting'],
  QuickBooks: ['Bookkeeping', 'Accounting'],
  Xero: ['Bookkeeping', 'Accounting'],
  'Oracle E-Business Suite': ['ERP'],
  SAP: ['ERP'],
  'Microsoft Dynamics': ['ERP'],
  Salesforce: ['CRM'],
  HubSpot: ['CRM'],
  'Microsoft Excel': ['Microsoft Office'],
  'Microsoft Word': ['Microsoft Office'],
  'Microsoft PowerPoint': ['Microsoft Office'],
  'Microsoft Outlook': ['Microsoft Office'],
  'Adobe Photoshop': ['Adobe Creative Suite'],
  'Adobe Illustrator': ['Adobe Creative Suite'],
  'Adobe InDesign': ['Adobe Creative Suite'],
  'Project Management Professional': ['Project management'],
  'Six Sigma': ['Process improvement'],
  'Lean manufacturing': ['Process improvement'],
  'Certified Nursing Assistant': ['Patient care'],
  'Google Classroom': ['Learning management systems'],
  'Canvas LMS': ['Learning management systems'],
  Moodle: ['Learning management systems'],
};

/** Every skill a set of skills shows, directly or through the table above (one level deep is enough for it). */
export function expandRelatedSkills(names: Iterable<string>): Map<string, string> {
  const shown = new Map<string, string>();
  for (const name of names) shown.set(name, name);
  for (const name of [...shown.keys()]) {
    for (const implied of implies[name] ?? []) {
      if (!shown.has(implied)) shown.set(implied, name);
      for (const further of implies[implied] ?? []) if (!shown.has(further)) shown.set(further, name);
    }
  }
  return shown;
}

/**
 * Links each job skill the resume does not name to a resume skill whose name holds all its words, stemmed:
 * "Manage budgets" shows "Budgeting", "Operate forklift" shows "Forklift operation". Words under three letters
 * (C, R, Go) never link this way.
 */
export function linkByWords(jobSkills: Iterable<string>, resumeSkills: readonly string[], shown: Map<string, string>): void {
  const resumeTerms = resumeSkills.map((name) => ({ name, terms: new Set(toTerms(name)) }));
  for (const job of jobSkills) {
    if (shown.has(job)) continue;
    const terms = toTerms(job);
    if (terms.length === 0 || terms.some((term) => term.length < 3)) continue;
    const link = resumeTerms.find((resume) => resume.name !== job && terms.every((term) => resume.terms.has(term)));
    if (link) shown.set(job, link.name);
  }
}
