import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsedJobSchema } from '#shared/ai/job.ts';
import { parseJob } from './parse-job.ts';

function readFixture(name: string): string {
  return readFileSync(new URL(`../../../../../tests/fixtures/jobs/${name}`, import.meta.url), 'utf8');
}

function names(skills: readonly { name: string }[]): string[] {
  return skills.map((skill) => skill.name);
}

describe('parseJob on fixtures of several professions', () => {
  it('reads a software job: title, level, years, must-have vs nice-to-have, duties, remote', () => {
    const job = parseJob(readFixture('senior-backend-engineer.txt'));
    expect(parsedJobSchema.parse(job)).toEqual(job);
    // "Location: Remote (EU time zones). We offer a hybrid option in Berlin …": remote, the hybrid office an option.
    expect(job).toMatchObject({ title: 'Senior Backend Engineer', seniority: 'senior', minYears: 5, location: 'EU time zones', workMode: 'remote' });
    expect(names(job.mustHave)).toEqual(expect.arrayContaining(['Go', 'SQL', 'Docker', 'Kubernetes']));
    // Duties ("Own our PostgreSQL schemas", "Run services … in AWS") are not requirements; "Kafka or RabbitMQ" is one.
    expect(names(job.mustHave)).not.toContain('PostgreSQL');
    expect(names(job.niceToHave)).toEqual(['Communication', 'Apache Kafka', 'Terraform', 'GIS']);
    expect(job.niceToHave[1]?.alternatives).toEqual(['RabbitMQ']);
    // "We use Slack and Notion" is company description, not a requirement.
    expect([...names(job.mustHave), ...names(job.niceToHave)]).not.toContain('Slack');
    expect(job.responsibilities).toHaveLength(4);
    expect(job.responsibilities[1]).toBe('Own our PostgreSQL schemas and tune slow queries');
  });

  it('reads a nursing job: licence and certifications required, bilingual a plus, on-site', () => {
    const job = parseJob(readFixture('registered-nurse-icu.txt'));
    expect(job).toMatchObject({ title: 'Registered Nurse', minYears: 2, location: 'Boston, MA', workMode: 'onsite' });
    expect(names(job.mustHave)).toEqual(expect.arrayContaining(['Registered Nurse', 'Basic Life Support', 'Advanced Cardiovascular Life Support']));
    // "Strong communication and teamwork" with no "required": soft skills are nice-to-have.
    expect(names(job.niceToHave)).toEqual(expect.arrayContaining(['Communication', 'Teamwork', 'Telemetry', 'Spanish']));
    expect(job.responsibilities[0]).toBe('Provide direct patient care to critically ill adults');
  });

  it('reads an accounting job with a labelled title and location and a numbered duty list', () => {
    const job = parseJob(readFixture('staff-accountant.txt'));
    expect(job).toMatchObject({ title: 'Staff Accountant', minYears: 3, location: 'Chicago, IL', workMode: 'hybrid' });
    expect(names(job.mustHave)).toEqual(['Accounting', 'GAAP', 'Microsoft Excel', 'QuickBooks']);
    expect(job.mustHave[3]?.alternatives).toEqual(['NetSuite']);
    expect(job.degree).toBe("Bachelor's degree in Accounting or Finance");
    expect(names(job.niceToHave)).toEqual(['Attention to detail', 'Time management', 'Certified Public Accountant', 'SAP']);
    expect(job.responsibilities).toHaveLength(4);
  });

  it('reads a teaching job where the plus comes as a sentence', () => {
    const job = parseJob(readFixture('primary-school-teacher.txt'));
    expect(job).toMatchObject({ title: 'Primary School Teacher', location: 'Leeds', workMode: 'onsite' });
    expect(job.minYears).toBeUndefined();
    expect(names(job.mustHave)).toEqual(['Teaching']);
    expect(names(job.niceToHave)).toEqual(expect.arrayContaining(['Communication', 'Google Classroom', 'English as a second language']));
  });

  it('reads a sales job: a range of years and "ideally" inside a requirement line', () => {
    const job = parseJob(readFixture('account-executive.txt'));
    expect(job).toMatchObject({ minYears: 3, location: 'US', workMode: 'remote' });
    expect(names(job.mustHave)).toEqual(expect.arrayContaining(['Salesforce', 'Negotiation']));
    expect(names(job.niceToHave)).toEqual(expect.arrayContaining(['HubSpot']));
  });

  it('reads logistics, design and data jobs', () => {
    const warehouse = parseJob(readFixture('warehouse-supervisor.txt'));
    expect(warehouse).toMatchObject({ title: 'Warehouse Shift Supervisor', seniority: 'manager', minYears: 2, location: 'Reno, NV', workMode: 'onsite' });
    expect(names(warehouse.mustHave)).toEqual(['Forklift operation', 'Microsoft Excel', 'Leadership']);
    expect(warehouse.niceToHave.find((skill) => skill.name === 'Lean manufacturing')?.alternatives).toEqual(['Six Sigma']);
    const designer = parseJob(readFixture('product-designer.txt'));
    expect(designer).toMatchObject({ title: 'Product Designer', minYears: 4, location: 'London', workMode: 'hybrid' });
    expect(names(designer.mustHave)).toEqual(expect.arrayContaining(['Figma', 'Accessibility']));
    expect(names(designer.niceToHave)).toEqual(expect.arrayContaining(['HTML', 'CSS', 'Adobe Illustrator']));
    const analyst = parseJob(readFixture('data-analyst-junior.txt'));
    expect(analyst).toMatchObject({ title: 'Junior Data Analyst', seniority: 'junior', minYears: 1, location: 'Toronto, ON', workMode: 'hybrid' });
    expect(names(analyst.niceToHave)).toEqual(['Communication', 'Google Analytics', 'dbt']);
  });
});

describe('parseJob phrasing', () => {
  it.each([
    ['Requirements:\n- At least five years of experience in nursing', 5],
    ['Requirements:\n- Minimum of 2 yrs experience with payroll', 2],
    ['You have 7+ years of professional experience', 7],
    ['Requirements:\n- three or more years of experience teaching', 3],
    ['We were founded 20 years ago.', undefined],
  ])('reads the least years in %j', (text, years) => {
    expect(parseJob(text).minYears).toBe(years);
  });

  it('takes must and plus from phrasing within lines when there are no headings', () => {
    const job = parseJob('Python developer\nPython and SQL are required. Experience with Airflow is a plus.\nKnowledge of Docker preferred.');
    expect(names(job.mustHave)).toEqual(['Python', 'SQL']);
    expect(names(job.niceToHave)).toEqual(['Apache Airflow', 'Docker']);
  });

  it.each([
    ['Lead Data Engineer', 'lead'],
    ['Principal Engineer', 'principal'],
    ['Director of Nursing', 'director'],
    ['Marketing Intern', 'intern'],
    ['Junior Accountant', 'junior'],
    ['Engineering Manager', 'manager'],
  ])('reads seniority from the title %j', (title, seniority) => {
    expect(parseJob(`${title}\n\nRequirements\n- Communication`).seniority).toBe(seniority);
  });

  it('claims nothing the text does not say', () => {
    const job = parseJob('We are a friendly team.');
    expect(job).toEqual({ mustHave: [], niceToHave: [], responsibilities: [] });
  });
});

describe('parseJob layouts', () => {
  it('skips a company line above the title and reads markdown headings', () => {
    const job = parseJob(
      [
        'Northwind Logistics',
        'Senior Accountant',
        '',
        '## What We’re Looking For',
        '- Five (5) years of experience in public accounting',
        '- Strong knowledge of IFRS',
        '',
        '**Bonus points**',
        '- Experience with Xero',
      ].join('\n'),
    );
    expect(job).toMatchObject({ title: 'Senior Accountant', seniority: 'senior', minYears: 5 });
    expect(names(job.mustHave)).toEqual(['Accounting', 'IFRS']);
    expect(names(job.niceToHave)).toEqual(['Xero']);
  });
});

describe('parseJob alternatives', () => {
  it('groups skills joined by "or" or a slash, not those joined by "and"', () => {
    const job = parseJob('Requirements\n- Experience with QuickBooks or NetSuite\n- Python/R for statistics\n- Docker and Kubernetes');
    // Each group is one requirement, listed once under its first skill.
    expect(job.mustHave.map((skill) => [skill.name, skill.alternatives])).toEqual([
      ['QuickBooks', ['NetSuite']],
      ['Python', ['R']],
      ['Statistics', undefined],
      ['Docker', undefined],
      ['Kubernetes', undefined],
    ]);
  });
});

describe('parseJob with a label and its content on one line', () => {
  it('reads "Requirements: …" and "Nice to have: …" lines as sections', () => {
    const job = parseJob('Senior Platform Engineer\nRequirements: React, Kubernetes\nNice to have: GraphQL\nLocation: Berlin');
    expect(job.mustHave.map((skill) => skill.name)).toEqual(['React', 'Kubernetes']);
    expect(job.niceToHave.map((skill) => skill.name)).toEqual(['GraphQL']);
    const text = 'Data Analyst\nMust have: SQL, Python, Tableau\nBonus: dbt';
    const parsed = parseJob(text);
    expect(parsed.mustHave.map((skill) => skill.name)).toEqual(expect.arrayContaining(['SQL', 'Python', 'Tableau']));
    expect(parsed.niceToHave.map((skill) => skill.name)).toEqual(['dbt']);
    for (const skill of [...parsed.mustHave, ...parsed.niceToHave]) expect(text.slice(skill.start, skill.end)).toBe(skill.text);
  });

  it('keeps inline responsibilities and leaves other labels alone', () => {
    const job = parseJob('Job title: Staff Accountant\nResponsibilities: month-end close and reconciliations\nSalary: competitive');
    expect(job.title).toBe('Staff Accountant');
    expect(job.responsibilities).toEqual(['month-end close and reconciliations']);
  });
});

describe('parseJob location and work mode', () => {
  const read = (text: string) => {
    const { location, workMode } = parseJob(`Senior Data Engineer\n\n${text}\n\nRequirements\n- 3+ years of experience with SQL`);
    return { location, workMode };
  };

  it.each([
    ['Location: Remote (EU time zones)', 'EU time zones', 'remote'],
    ['Location: Remote (US only)', 'US', 'remote'],
    ['Location: Remote - Europe', 'Europe', 'remote'],
    ['Location: Remote', undefined, 'remote'],
    ['Location: Anywhere in Europe (remote)', 'Europe', 'remote'],
    ['Location: Berlin, Germany (hybrid)', 'Berlin, Germany', 'hybrid'],
    ['Location: Reno, NV | Full-time | On-site', 'Reno, NV', 'onsite'],
    ['Location: St. Louis, MO. Parking is free.', 'St. Louis, MO', undefined],
    ['Location: London or remote (UK)', 'London', 'remote'],
    ['Job location - Munich, Germany', 'Munich, Germany', undefined],
    ['Work model: Hybrid (3 days a week in our Amsterdam office)', 'Amsterdam', 'hybrid'],
    ['Work model: fully remote', undefined, 'remote'],
    ['Workplace type: On-site', undefined, 'onsite'],
    ['**Location:** Paris, France (on-site)', 'Paris, France', 'onsite'],
    ['Remote: no, this role is in our Lyon office', 'Lyon', 'onsite'],
    ['Hybrid: 2 days a week in the office', undefined, 'hybrid'],
    ['Location\nBerlin, Germany (hybrid)', 'Berlin, Germany', 'hybrid'],
    ['On-site in Munich', 'Munich', 'onsite'],
    ['This is an on-site role in Rotterdam, with no remote option.', 'Rotterdam', 'onsite'],
    ['The team is based in Austin, TX and works fully remote within the US.', 'Austin, TX', 'remote'],
  ])('reads %j', (text, location, workMode) => {
    expect(read(text)).toEqual({ location, workMode });
  });

  it('lets a labelled line decide over a mention of another mode further on', () => {
    expect(read('Location: Remote (EU time zones). We offer a hybrid option in Berlin for those who want an office.')).toEqual({ location: 'EU time zones', workMode: 'remote' });
    expect(read('Work model: On-site in Vienna. Occasional remote days are fine.')).toEqual({ location: 'Vienna', workMode: 'onsite' });
  });

  it('reads the place and mode a title trails', () => {
    expect(parseJob('Platform Engineer - Remote, EU\n\nRequirements\n- Go')).toMatchObject({ title: 'Platform Engineer', location: 'EU', workMode: 'remote' });
    expect(parseJob('Product Designer — Hybrid, London\n\nRequirements\n- Figma')).toMatchObject({ location: 'London', workMode: 'hybrid' });
  });

  it('does not take an employer or a perk for a place', () => {
    expect(read('Benefits\n- Learning Budget\n- Remote days')).toEqual({ location: undefined, workMode: 'remote' });
    expect(read('We are Acme Robotics.')).toEqual({ location: undefined, workMode: undefined });
  });
});

describe('parseJob as a senior accountant ad is written (issue 14)', () => {
  it('makes "is a big plus" a nice-to-have like "a plus"', () => {
    const job = parseJob(['Senior Accountant', '', 'Requirements', '• Strong knowledge of GAAP', '• Power BI is a big plus', '• Tableau is a huge plus'].join('\n'));
    expect(job.mustHave.map((skill) => skill.name)).toEqual(['GAAP']);
    expect(job.niceToHave.map((skill) => skill.name)).toEqual(['Power BI', 'Tableau']);
  });
});

describe('parseJob on a senior accountant ad pasted from a job site (issue 14)', () => {
  const job = parseJob(readFixture('senior-accountant-pasted.txt'));

  it('reads "an ERP such as NetSuite, Sage Intacct or SAP" as one requirement any of them meets', () => {
    const erp = job.mustHave.find((skill) => skill.name === 'ERP');
    expect(erp?.alternatives).toEqual(['NetSuite', 'Sage', 'SAP']);
    expect(names(job.mustHave)).not.toContain('SAP');
    expect(names(job.mustHave)).not.toContain('NetSuite');
  });

  it('takes the must-haves from the requirements, not from the duties or the soft skills', () => {
    expect(names(job.mustHave)).toEqual(['Accounting', 'GAAP', 'Microsoft Excel', 'ERP']);
    for (const duty of ['Accruals', 'Audit support', 'FP&A', 'Journal entries', 'Month-end close', 'Mentoring']) {
      expect([...names(job.mustHave), ...names(job.niceToHave)]).not.toContain(duty);
    }
    expect(names(job.niceToHave)).toContain('Communication');
  });

  it('makes "is a big plus", "is a bonus" and "preferred" nice-to-have, and keeps the years before a preferred clause', () => {
    expect(names(job.niceToHave)).toEqual(expect.arrayContaining(['Certified Public Accountant', 'Power BI', 'Inventory management']));
    expect(job.minYears).toBe(5);
  });

  it('reads the degree as a requirement of its own and "Hybrid, 2 days on site" as hybrid', () => {
    expect(job.degree).toBe("Bachelor's degree in Accounting or Finance");
    expect(names(job.mustHave)).not.toContain('Finance');
    expect(job).toMatchObject({ title: 'Senior Accountant', seniority: 'senior', location: 'Portland, OR', workMode: 'hybrid' });
    expect(job.responsibilities).not.toContain('401(k) matching');
  });

  it.each([
    ['Requirements\n- Python is nice to have', 'nice'],
    ['Requirements\n- Docker preferred', 'nice'],
    ['Requirements\n- Terraform is a bonus', 'nice'],
    ['Requirements\n- Excellent communication skills are required', 'must'],
    ['Requirements\n- Mentoring junior engineers', 'nice'],
    ['Responsibilities\n- Prepare monthly accruals', 'none'],
    ['Responsibilities\n- SQL is required for the reporting work', 'must'],
  ])('reads %j as %s', (text, where) => {
    const parsed = parseJob(`Data Engineer\n\n${text}`);
    const kind = parsed.mustHave.length > 0 ? 'must' : parsed.niceToHave.length > 0 ? 'nice' : 'none';
    expect(kind).toBe(where);
  });
});

describe('headings that ask although they say "you will"', () => {
  it('reads the skills under "What you will need" as requirements, and those under "What you will do" as duties', () => {
    const job = parseJob(`Senior Data Analyst

What you will do:
- Build Power BI reports for the finance team

What you will need:
- 5+ years of experience writing SQL against large data sets
- Python for analysis and automation
- Tableau dashboards that people actually use`);
    const must = job.mustHave.map((skill) => skill.name);
    expect(must).toEqual(expect.arrayContaining(['SQL', 'Python', 'Tableau']));
    expect(must).not.toContain('Power BI');
  });
});

describe('parseJob on tools sections, however they are headed', () => {
  it('reads a bulleted "Tools & Technologies" list, mapping vendor names to canonical skills', () => {
    const job = parseJob(
      'Staff Accountant\n\nResponsibilities:\n- Reconcile general ledger accounts\n- Post month-end accruals\n\nTools & Technologies\n- Microsoft Excel\n- Intuit QuickBooks\n- SAP software\n- Workday Financials\n',
    );
    expect(names(job.mustHave)).toEqual(['Microsoft Excel', 'QuickBooks', 'SAP', 'Workday']);
    // The duties above the list are still duties, not tools.
    expect(job.responsibilities).toEqual(['Reconcile general ledger accounts', 'Post month-end accruals']);
  });

  it('reads inline "Tools:" and "Software:" lines with comma and semicolon lists', () => {
    expect(names(parseJob('Bookkeeper\n\nDuties: Post journal entries and reconcile bank accounts.\n\nTools: Excel, SAP, QuickBooks\n').mustHave)).toEqual([
      'Microsoft Excel', 'SAP', 'QuickBooks',
    ]);
    const payroll = parseJob('Office Clerk\n\nSoftware: Microsoft Excel; Intuit QuickBooks; ADP Workforce Now; Microsoft Access; Word\n');
    expect(names(payroll.mustHave)).toEqual(['Microsoft Excel', 'QuickBooks', 'ADP', 'Microsoft Access', 'Microsoft Word']);
  });

  it('reads "Tech stack", "Technologies we use:", "Technology Skills:", "Tools used:" and "Familiarity with the following tools:"', () => {
    const cases: [string, string[]][] = [
      ['Backend Engineer\n\nTech stack\n• TypeScript\n• PostgreSQL\n• Docker\n• AWS\n', ['TypeScript', 'PostgreSQL', 'Docker', 'AWS']],
      ['Data Analyst\n\nTechnologies we use:\nPython, SQL, Tableau and dbt\n', ['Python', 'SQL', 'Tableau', 'dbt']],
      ['Network Administrator\n\nTechnology Skills:\nCisco IOS; Microsoft Windows Server; VMware; Active Directory\n', ['Cisco IOS', 'Microsoft Windows Server', 'VMware', 'Active Directory']],
      ['Civil Engineer\n\nTools used:\n1. AutoCAD\n2. Revit\n3. Microsoft Project\n', ['AutoCAD', 'Revit', 'Microsoft Project']],
      ['HR Generalist\n\nFamiliarity with the following tools:\n* BambooHR\n* Workday\n* Microsoft Excel\n', ['BambooHR', 'Workday', 'Microsoft Excel']],
    ];
    for (const [text, expected] of cases) expect(names(parseJob(text).mustHave)).toEqual(expect.arrayContaining(expected));
  });

  it('reads an O*NET-style description: duties, then "Software and tools:"; tools the taxonomy does not know are left out', () => {
    const job = parseJob(
      'Responsibilities: Examine and interpret accounting records to prepare financial statements.\n\nSoftware and tools: Microsoft Excel; SAP ERP; Intuit TurboTax; CCH Axcess; BlackLine.\n',
    );
    expect(names(job.mustHave)).toEqual(['Microsoft Excel', 'SAP', 'Intuit TurboTax']);
    expect(job.responsibilities).toHaveLength(1);
  });

  it('reads a tools heading that says the tools are a plus as nice-to-have', () => {
    const job = parseJob('Reporting Lead\n\nRequirements:\n- SQL\n\nPreferred tools:\n- Tableau\n- Looker\n');
    expect(names(job.mustHave)).toEqual(['SQL']);
    expect(names(job.niceToHave)).toEqual(['Tableau', 'Looker']);
  });

  it('does not take a title or a heading about what the company builds for a tools heading', () => {
    const job = parseJob('Senior Software Engineer\n\nSoftware we build:\nA billing platform on Stripe and Salesforce.\n\nRequirements:\n- Go\n');
    expect(job.title).toBe('Senior Software Engineer');
    expect(names(job.mustHave)).toEqual(['Go']);
  });
});
