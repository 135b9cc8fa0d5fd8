import { describe, expect, it } from 'vitest';
import { readJobPage } from './read-job-page.ts';

const page = (...blocks: string[]) => `<!doctype html><html><head><title>Careers</title>${blocks.map((block) => `<script type="application/ld+json">${block}</script>`).join('')}</head><body><h1>Careers</h1></body></html>`;

const posting = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Payroll Officer',
  hiringOrganization: { '@type': 'Organization', name: 'Harbour Council' },
  jobLocation: { '@type': 'Place', address: { addressLocality: 'Plymouth', addressCountry: 'GB' } },
  datePosted: '2026-11-02T08:00:00Z',
  validThrough: '2026-11-30',
  employmentType: ['FULL_TIME', 'PERMANENT'],
  description: '<p>Run the monthly payroll for 2,300 staff.</p><ul><li>Experience with iTrent or a similar system</li><li>Excel</li></ul>',
};

describe('reading schema.org JobPosting from a job page', () => {
  it('reads a plain JobPosting block', () => {
    const reading = readJobPage(page(JSON.stringify(posting)));
    expect(reading).toMatchObject({ method: 'jsonld', title: 'Payroll Officer', companyName: 'Harbour Council', location: 'Plymouth, GB', datePosted: '2026-11-02', validThrough: '2026-11-30', employmentType: 'FULL_TIME, PERMANENT', warnings: [] });
    expect(reading.text).toBe('Run the monthly payroll for 2,300 staff.\nExperience with iTrent or a similar system\nExcel');
  });

  it('finds the posting inside @graph and resolves the hiring organisation given by an @id reference', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'Harbour Council' },
        { '@type': 'BreadcrumbList', itemListElement: [] },
        { ...posting, '@context': undefined, hiringOrganization: { '@id': '#org' } },
      ],
    };
    expect(readJobPage(page(JSON.stringify(graph)))).toMatchObject({ method: 'jsonld', title: 'Payroll Officer', companyName: 'Harbour Council' });
  });

  it('accepts @type given as an array, and a top-level array of nodes', () => {
    const reading = readJobPage(page(JSON.stringify([{ '@type': 'WebSite', name: 'Jobs' }, { ...posting, '@type': ['JobPosting', 'Thing'] }])));
    expect(reading).toMatchObject({ method: 'jsonld', title: 'Payroll Officer' });
  });

  it('turns an entity-escaped HTML description into plain text', () => {
    const escaped = { ...posting, title: 'Payroll Officer &ndash; Fixed term', description: '&lt;p&gt;Pay &amp;amp; pensions&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Excel&lt;/li&gt;&lt;/ul&gt;' };
    const reading = readJobPage(page(JSON.stringify(escaped)));
    expect(reading.title).toBe('Payroll Officer – Fixed term');
    expect(reading.text).toBe('Pay & pensions\nExcel');
    expect(reading.text).not.toMatch(/&lt;|<li>/);
  });

  it('skips an invalid neighbouring block with a warning and still reads the posting', () => {
    const reading = readJobPage(page('/* tracking */ {"@type": "Organization",}', JSON.stringify(posting)));
    expect(reading).toMatchObject({ method: 'jsonld', title: 'Payroll Officer' });
    expect(reading.warnings).toEqual(['JSON-LD block 1 is not valid JSON; skipped']);
  });

  it('falls back to the main text when the page has no JSON-LD, and to nothing on an empty shell', () => {
    const paragraphs = Array.from({ length: 6 }, (_, index) => `<p>Paragraph ${index + 1}: you will reconcile supplier statements, chase missing invoices and keep the purchase ledger tidy for our three depots.</p>`).join('');
    const article = readJobPage(`<html><head><title>Purchase Ledger Clerk</title></head><body><nav>Home</nav><article><h1>Purchase Ledger Clerk</h1>${paragraphs}</article><script>alert(1)</script></body></html>`);
    expect(article).toMatchObject({ method: 'readability', jsonLd: null, title: 'Purchase Ledger Clerk' });
    expect(article.text).toContain('reconcile supplier statements');
    expect(article.text).not.toContain('alert');
    expect(readJobPage('<html><body><div id="root"></div><script>boot()</script></body></html>').method).toBe('none');
  });
});
