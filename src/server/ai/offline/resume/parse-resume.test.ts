import { describe, expect, it } from 'vitest';
import { parseResume } from './parse-resume.ts';

const nurse = `JANE DOE, RN
123 Main Street, Springfield, IL 62704 • (217) 555-1234 • jane.doe@gmail.com
linkedin.com/in/janedoe

PROFESSIONAL SUMMARY
Dedicated registered nurse with 8+ years in medical-surgical and telemetry units.

CLINICAL EXPERIENCE
Springfield Memorial Hospital, Springfield, IL                    2018 – Present
Charge Nurse, Medical-Surgical Unit
• Supervise a team of 12 nurses and CNAs on a 36-bed unit

St. John's Hospital — Springfield, IL
Registered Nurse, Jun. 2015 – Dec. 2017
• Cared for 5-6 telemetry patients per shift

EDUCATION
Bachelor of Science in Nursing, University of Illinois Springfield, 2015

SKILLS
Patient care • Epic EMR • IV insertion

LANGUAGES
English (native), Spanish (conversational)`;

const accountant = `Alexandra Petrova
Senior Accountant
Toronto, ON, Canada  |  alex.petrova@outlook.com  |  +1 416-555-0199

Work History:
KPMG LLP                                                     Toronto, ON
Senior Accountant                                            Sep 2018 – Present
• Led the implementation of NetSuite, reducing close time from 10 to 6 days

Education:
Master of Accounting (MAcc), University of Waterloo — 2015

Technical Skills:
Languages: English, Russian
Software: NetSuite, QuickBooks, Excel (pivot tables, VLOOKUP)

Certifications:
Chartered Professional Accountant (CPA), CPA Ontario, 2017`;

const europass = `CURRICULUM VITAE

PERSONAL INFORMATION
Name: Giulia Bianchi
Address: Via Roma 12, 20121 Milano, Italy
Telephone: +39 333 123 4567
E-mail: giulia.bianchi@mail.it
Nationality: Italian

WORK EXPERIENCE
Dates: 09/2017 – present
Employer: Ospedale San Raffaele, Milan
Position: Staff Nurse
Main activities: Patient care in the intensive care unit, medication administration and family support.

Dates: 01/2013 – 08/2017
Employer: Policlinico di Milano
Position: Nurse
Main activities: Ward nursing on a 30-bed surgical unit.

EDUCATION AND TRAINING
Dates: 2009 – 2012
Institution: Università degli Studi di Milano
Qualification: Bachelor's Degree in Nursing

LANGUAGES
Mother tongue: Italian
English: B2
French: A2`;

const teacher = `Michael R. Brown | michael.brown@school.edu | 555.867.5309 | Portland, OR

OBJECTIVE
Enthusiastic educator seeking a high school mathematics position.

TEACHING EXPERIENCE
2019 – Present    Mathematics Teacher, Lincoln High School, Portland, OR
  - Teach Algebra I and Geometry to 150 students across five sections
  - Coach the varsity math team to a state title in 2022
2016 – 2019       Long-Term Substitute Teacher, Beaverton School District
  - Covered grades 6-8 mathematics for teachers on leave

EDUCATION
2014 – 2016  Master of Arts in Teaching, Lewis & Clark College
2010 – 2014  BA Mathematics, University of Oregon, GPA: 3.7

SKILLS
Proficient in Google Classroom, Desmos and Microsoft Excel; experienced with differentiated instruction and classroom management.

CERTIFICATIONS
Oregon Teaching License (Mathematics 5-12) - 2016
CPR & First Aid Certified`;

const promotion = `Priya Patel
priya.patel@gmail.com · 020 7946 0321 · London, UK

Experience
Google, London, UK
Senior Software Engineer   2020 – Present
• Led the Ads measurement team of 6
Software Engineer   2017 – 2020
• Built data pipelines in Java and BigQuery

Page 1 of 2

Skills
Python (Expert), Java – Advanced, SQL: Intermediate, Kubernetes

Education
2013 – 2017 | MEng Computer Science | Imperial College London`;

describe('parseResume on layouts other than the fixtures', () => {
  it('reads a nurse resume with credentials after the name, a street address and employer-first entries', () => {
    const { resume } = parseResume(nurse);
    expect(resume.basics?.name).toBe('JANE DOE');
    expect(resume.basics?.location).toEqual({ address: '123 Main Street', city: 'Springfield', region: 'IL', postalCode: '62704' });
    expect(resume.basics?.phone).toBe('(217) 555-1234');
    expect(resume.basics?.profiles).toEqual([{ network: 'LinkedIn', url: 'linkedin.com/in/janedoe', username: 'janedoe' }]);
    expect(resume.work?.map((job) => [job.name, job.position, job.location, job.startDate, job.endDate])).toEqual([
      ['Springfield Memorial Hospital', 'Charge Nurse, Medical-Surgical Unit', 'Springfield, IL', '2018', undefined],
      ["St. John's Hospital", 'Registered Nurse', 'Springfield, IL', '2015-06', '2017-12'],
    ]);
    expect(resume.education).toEqual([{ institution: 'University of Illinois Springfield', studyType: 'Bachelor of Science', area: 'Nursing', endDate: '2015' }]);
    expect(resume.languages).toEqual([{ language: 'English', fluency: 'native' }, { language: 'Spanish', fluency: 'conversational' }]);
  });

  it('keeps skill categories, moves "Languages:" inside skills to languages, and reads issuer and date of a certificate', () => {
    const { resume } = parseResume(accountant);
    expect(resume.basics?.location).toEqual({ city: 'Toronto', region: 'ON', countryCode: 'CA' });
    expect(resume.work?.[0]).toMatchObject({ name: 'KPMG LLP', position: 'Senior Accountant', location: 'Toronto, ON', startDate: '2018-09' });
    expect(resume.skills).toEqual([{ name: 'Software', keywords: ['NetSuite', 'QuickBooks', 'Excel (pivot tables, VLOOKUP)'] }]);
    expect(resume.languages).toEqual([{ language: 'English' }, { language: 'Russian' }]);
    expect(resume.certificates).toEqual([{ name: 'Chartered Professional Accountant (CPA)', issuer: 'CPA Ontario', date: '2017' }]);
    expect(resume.education?.[0]).toMatchObject({ institution: 'University of Waterloo', studyType: 'Master of Accounting (MAcc)', endDate: '2015' });
  });

  it('reads a Europass CV: labelled fields, "Name:", a postcode before the city, "Mother tongue"', () => {
    const { resume, warnings } = parseResume(europass);
    expect(resume.basics).toMatchObject({ name: 'Giulia Bianchi', email: 'giulia.bianchi@mail.it', phone: '+39 333 123 4567' });
    expect(resume.basics?.label).toBeUndefined();
    expect(resume.basics?.location).toEqual({ address: 'Via Roma 12', city: 'Milano', region: 'Italy', countryCode: 'IT' });
    expect(resume.work?.map((job) => [job.name, job.position, job.startDate, job.endDate])).toEqual([
      ['Ospedale San Raffaele', 'Staff Nurse', '2017-09', undefined],
      ['Policlinico di Milano', 'Nurse', '2013-01', '2017-08'],
    ]);
    expect(resume.education).toEqual([{ institution: 'Università degli Studi di Milano', studyType: "Bachelor's Degree", area: 'Nursing', startDate: '2009', endDate: '2012' }]);
    expect(resume.languages).toEqual([
      { language: 'Italian', fluency: 'Mother tongue' },
      { language: 'English', fluency: 'B2' },
      { language: 'French', fluency: 'A2' },
    ]);
    // No skills section: skills named in the experience stand in, never the contact block or the languages.
    expect(warnings).toContain('no skills section found: skills were taken from mentions in the text');
    expect(resume.skills?.map((skill) => skill.name)).not.toContain('Italian');
  });

  it('reads a teacher CV with the name on the contact line, dates before titles and a prose skills line', () => {
    const { resume } = parseResume(teacher);
    expect(resume.basics?.name).toBe('Michael R. Brown');
    expect(resume.basics?.location).toEqual({ city: 'Portland', region: 'OR' });
    expect(resume.work?.map((job) => [job.name, job.position, job.startDate, job.endDate])).toEqual([
      ['Lincoln High School', 'Mathematics Teacher', '2019', undefined],
      ['Beaverton School District', 'Long-Term Substitute Teacher', '2016', '2019'],
    ]);
    expect(resume.education?.[1]).toEqual({ institution: 'University of Oregon', studyType: 'BA', area: 'Mathematics', startDate: '2010', endDate: '2014', score: '3.7' });
    expect(resume.skills?.map((skill) => skill.name)).toEqual(expect.arrayContaining(['Google Classroom', 'Microsoft Excel']));
    expect(resume.certificates?.[0]).toEqual({ name: 'Oregon Teaching License (Mathematics 5-12)', date: '2016' });
  });

  it('keeps the employer for a promotion listed under it, skips page numbers and reads skill levels', () => {
    const { resume } = parseResume(promotion);
    expect(resume.work?.map((job) => [job.name, job.position, job.location, job.startDate, job.endDate])).toEqual([
      ['Google', 'Senior Software Engineer', 'London, UK', '2020', undefined],
      ['Google', 'Software Engineer', undefined, '2017', '2020'],
    ]);
    expect(resume.work?.[1]?.highlights).toEqual(['Built data pipelines in Java and BigQuery']);
    expect(resume.skills).toEqual([{ name: 'Python', level: 'Expert' }, { name: 'Java', level: 'Advanced' }, { name: 'SQL', level: 'Intermediate' }, { name: 'Kubernetes' }]);
    expect(resume.education).toEqual([{ institution: 'Imperial College London', studyType: 'MEng', area: 'Computer Science', startDate: '2013', endDate: '2017' }]);
  });

  it('invents nothing for text that is not a resume, and says what is missing', () => {
    const parsed = parseResume('Meeting notes\nWe discussed the budget for next quarter and agreed to revisit it in March.');
    expect(parsed.resume.work).toBeUndefined();
    expect(parsed.resume.education).toBeUndefined();
    expect(parsed.resume.basics?.email).toBeUndefined();
    expect(parsed.warnings).toEqual(expect.arrayContaining(['no work history section found', 'no education section found', 'no e-mail address found', 'no phone number found']));
  });

  it('canonicalises skill aliases when the skills taxonomy is used, and keeps them as written when it is not', () => {
    const text = 'Sam Lee\nsam@lee.dev\n\nSkills\nJS, k8s, Postgres';
    expect(parseResume(text).resume.skills?.map((skill) => skill.name)).toEqual(['JavaScript', 'Kubernetes', 'PostgreSQL']);
    expect(parseResume(text, { extractSkills: false }).resume.skills?.map((skill) => skill.name)).toEqual(['JS', 'k8s', 'Postgres']);
  });

  it('parses only the first 200,000 characters of an absurdly long text, and says so', () => {
    const long = `${nurse}\n${'Lorem ipsum dolor sit amet. '.repeat(10_000)}`;
    const parsed = parseResume(long);
    expect(parsed.text).toHaveLength(200_000);
    expect(parsed.warnings).toContain(`the text has ${long.length} characters; only the first 200000 were parsed`);
    expect(parsed.resume.basics?.email).toBe('jane.doe@gmail.com');
  });

  it('places every entity at its exact offset in the text', () => {
    const parsed = parseResume(nurse);
    expect(parsed.entities.length).toBeGreaterThan(15);
    for (const entity of parsed.entities) expect(nurse.slice(entity.start, entity.end)).toBe(entity.text);
    expect(parsed.entities.filter((entity) => entity.type === 'PERSON').map((entity) => entity.text)).toEqual(['JANE DOE']);
  });
});
