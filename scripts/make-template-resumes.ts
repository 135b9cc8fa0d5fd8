/**
 * Generates tests/fixtures/resumes/template-*.pdf: CVs written the way public resume-site templates write them, as a
 * recruiter downloads them. The first line is a heading ("SUPERVISOR ACCOUNTANT"), not a name; employers are the
 * template's placeholder "Company Name" followed by "City , State"; the dashes went through a wrong encoding on the way
 * (a full-width hyphen read as Latin-1 is "ï¼", an en dash read as Windows-1252 is "â€“"). One is signed with a real
 * name at the bottom, as some are. Run: npx tsx scripts/make-template-resumes.ts
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';

const outDir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'resumes');

/** A full-width hyphen (U+FF0D) as UTF-8 bytes read as Latin-1, its last byte (a control character) lost on the way. */
const fullWidthMojibake = 'ï¼';
/** An en dash (U+2013) as UTF-8 bytes read as Windows-1252. */
const enDashMojibake = 'â€“';

type Line = { text: string; style?: 'heading' | 'section' | 'entry' | 'body' | 'bullet' };

const supervisorAccountant: Line[] = [
  { text: 'SUPERVISOR ACCOUNTANT', style: 'heading' },
  { text: 'Summary', style: 'section' },
  {
    text: 'Detail-oriented accounting professional with 9 years of experience in general ledger accounting, month-end close and financial reporting under GAAP. Works closely with external auditors and trains junior staff.',
  },
  { text: 'Highlights', style: 'section' },
  { text: 'General ledger accounting', style: 'bullet' },
  { text: 'Account reconciliations', style: 'bullet' },
  { text: 'NetSuite and QuickBooks', style: 'bullet' },
  { text: 'Microsoft Excel (pivot tables, VLOOKUP)', style: 'bullet' },
  { text: 'Experience', style: 'section' },
  { text: 'Senior Accountant 03/2019 to Current', style: 'entry' },
  { text: `Company Name ${fullWidthMojibake} City , State` },
  { text: 'Prepared monthly journal entries for payroll, fixed assets and intercompany transactions.', style: 'bullet' },
  { text: 'Booked accruals and prepaid amortisation for the month-end close.', style: 'bullet' },
  { text: 'Reconciled 40 balance sheet accounts in NetSuite every month.', style: 'bullet' },
  { text: 'Coordinated testing activities with auditors.', style: 'bullet' },
  { text: 'Staff Accountant 06/2015 to 02/2019', style: 'entry' },
  { text: `Company Name ${fullWidthMojibake} City , State` },
  { text: 'Maintained the general ledger and prepared the trial balance.', style: 'bullet' },
  { text: 'Built pivot table reports in Microsoft Excel for the controller.', style: 'bullet' },
  { text: 'Education', style: 'section' },
  { text: 'Bachelor of Science : Accounting 2015', style: 'entry' },
  { text: `State University ${fullWidthMojibake} City , State` },
  { text: 'Certifications', style: 'section' },
  { text: 'Certified Public Accountant (CPA), 2018' },
];

const hrGeneralist: Line[] = [
  { text: 'HR GENERALIST', style: 'heading' },
  { text: 'Professional Summary', style: 'section' },
  { text: `Human resources generalist ${enDashMojibake} 6 years in recruiting, onboarding and employee relations.` },
  { text: 'Skills', style: 'section' },
  { text: 'Recruiting, Onboarding, Employee relations, Workday, Microsoft Excel, Payroll' },
  { text: 'Work History', style: 'section' },
  { text: 'HR Generalist 01/2018 to Current', style: 'entry' },
  { text: `Company Name ${enDashMojibake} City , State` },
  { text: 'Ran full-cycle recruiting for 120 hires a year.', style: 'bullet' },
  { text: 'Processed bi-weekly payroll for 300 employees in Workday.', style: 'bullet' },
  { text: 'HR Assistant 05/2015 to 12/2017', style: 'entry' },
  { text: `Company Name ${enDashMojibake} City , State` },
  { text: 'Scheduled interviews and prepared offer letters.', style: 'bullet' },
  { text: 'Education', style: 'section' },
  { text: 'Bachelor of Arts : Psychology 2015', style: 'entry' },
  { text: `State University ${enDashMojibake} City , State` },
];

const signedAccountant: Line[] = [
  { text: 'Senior Accountant', style: 'heading' },
  { text: `Senior Accountant ${enDashMojibake} Columbus, OH ${enDashMojibake} dana.whitfield@example.com ${enDashMojibake} (614) 555-0142` },
  { text: 'Summary', style: 'section' },
  { text: 'Senior accountant with 7 years of experience closing the books for manufacturing companies.' },
  { text: 'Skills', style: 'section' },
  { text: 'Account reconciliations, Month-end close, SAP, Microsoft Excel, Auditing' },
  { text: 'Experience', style: 'section' },
  { text: 'Senior Accountant 04/2020 to Current', style: 'entry' },
  { text: `Northfield Dairy Co. ${enDashMojibake} Columbus, OH` },
  { text: 'Booked accruals and prepaids for the month-end close in SAP.', style: 'bullet' },
  { text: 'Audited fixed asset registers and supported the external audit.', style: 'bullet' },
  { text: 'Staff Accountant 07/2017 to 03/2020', style: 'entry' },
  { text: `Company Name ${enDashMojibake} City , State` },
  { text: 'Reconciled bank and balance sheet accounts in Microsoft Excel.', style: 'bullet' },
  { text: 'Education', style: 'section' },
  { text: 'Bachelor of Business Administration : Accounting 2017', style: 'entry' },
  { text: 'Ohio State University' },
  { text: 'Certifications', style: 'section' },
  { text: 'Certified Public Accountant (CPA), Ohio, 2021' },
  { text: 'Dana Whitfield', style: 'body' },
];

async function render(title: string, lines: readonly Line[]): Promise<Buffer> {
  // A fixed creation date keeps regenerated fixtures byte-stable.
  const doc = new PDFDocument({ size: 'LETTER', margin: 54, info: { Title: title, CreationDate: new Date(Date.UTC(2024, 0, 1)) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (const line of lines) {
    switch (line.style) {
      case 'heading':
        doc.font('Helvetica-Bold').fontSize(18).text(line.text).moveDown(0.4);
        break;
      case 'section':
        doc.moveDown(0.5).font('Helvetica-Bold').fontSize(12).text(line.text).moveDown(0.2);
        break;
      case 'entry':
        doc.moveDown(0.3).font('Helvetica-Bold').fontSize(10.5).text(line.text);
        break;
      case 'bullet':
        doc.font('Helvetica').fontSize(10).text(`•  ${line.text}`, { indent: 8 });
        break;
      case 'body':
      case undefined:
        doc.font('Helvetica').fontSize(10).text(line.text);
    }
  }
  doc.end();
  return done;
}

async function main(): Promise<void> {
  const files: [string, string, readonly Line[]][] = [
    ['template-supervisor-accountant.pdf', 'Supervisor Accountant Resume', supervisorAccountant],
    ['template-hr-generalist.pdf', 'HR Generalist Resume', hrGeneralist],
    ['template-signed-accountant.pdf', 'Resume', signedAccountant],
  ];
  for (const [name, title, lines] of files) await writeFile(join(outDir, name), await render(title, lines));
  console.log(`wrote ${files.length} template resumes to ${outDir}`);
}

await main();
