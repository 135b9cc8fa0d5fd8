import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendJob, readResumeFixture } from '#tests/fixtures/hiring.ts';
import { createWorkspace, multipartBody, signUp, waitFor, waitForRescore, type Session } from '#tests/support/hiring-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';
import { writeZip } from '#tests/support/zip-writer.ts';
import type { NotificationPage } from '#shared/contracts/notifications.ts';
import type { Batch, CandidatePage, CandidateProfile, Job } from '#shared/contracts/hiring.ts';

const zipped = ['software-engineer.pdf', 'data-analyst.docx', 'registered-nurse.pdf', 'chef.docx', 'accountant.pdf', 'devops-engineer.docx'];
const uploadedNames = ['cvs.zip', ...zipped.map((name) => `cvs/${name}`), 'electrician.txt', 'electrician-again.txt', 'maya.docx', 'empty.txt', 'scanned.pdf', 'corrupt.pdf', 'photo.png'];
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('hiring: upload, screening, ranking, blind mode and export over HTTP', () => {
  let t: TestApp;
  let owner: Session;
  let jobId: string;
  let batch: Batch;
  const as = (session: Session) => ({ cookie: session.cookie, origin: t.config.publicUrl });

  beforeAll(async () => {
    t = await createTestApp({}, { withQueue: true });
    owner = await signUp(t.app, t.config.publicUrl, 'Rita Recruiter');
    const workspaceId = await createWorkspace(t.app, t.config.publicUrl, owner);
    const created = await t.app.inject({ method: 'POST', url: `/api/workspaces/${workspaceId}/jobs`, headers: as(owner), payload: backendJob });
    expect(created.statusCode).toBe(201);
    const job = created.json<{ id: string; requirements: { mustHaveSkills: string[]; minYearsExperience: number } }>();
    expect(job.requirements.mustHaveSkills).toEqual(expect.arrayContaining(['TypeScript', 'Go', 'PostgreSQL', 'Kubernetes']));
    expect(job.requirements.minYearsExperience).toBe(5);
    jobId = job.id;

    const zip = writeZip(zipped.map((name) => ({ name: `cvs/${name}`, data: readResumeFixture(name) })));
    const upload = await multipartBody([
      { name: 'cvs.zip', data: zip, type: 'application/zip' },
      { name: 'electrician.txt', data: readResumeFixture('electrician.txt'), type: 'text/plain' },
      { name: 'electrician-again.txt', data: readResumeFixture('electrician.txt'), type: 'text/plain' },
      { name: 'maya.docx', data: readResumeFixture('software-engineer.docx') },
      { name: 'empty.txt', data: Buffer.alloc(0), type: 'text/plain' },
      { name: 'scanned.pdf', data: readResumeFixture('scanned.pdf'), type: 'application/pdf' },
      { name: 'corrupt.pdf', data: readResumeFixture('corrupt.pdf'), type: 'application/pdf' },
      { name: 'photo.png', data: png, type: 'image/png' },
    ]);
    const response = await t.app.inject({ method: 'POST', url: `/api/jobs/${jobId}/batches`, headers: { ...as(owner), ...upload.headers }, payload: upload.payload });
    expect(response.statusCode).toBe(202);
    const { id } = response.json<{ id: string }>();
    const read = async () => (await t.app.inject({ method: 'GET', url: `/api/batches/${id}`, headers: as(owner) })).json<Batch>();
    batch = await waitFor(read, (value) => value.status === 'completed');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('reports progress to 100 % with a status and reason per file', () => {
    expect(batch.total).toBe(zipped.length + 7);
    expect(batch.processed).toBe(batch.total);
    const byName = new Map(batch.files.map((file) => [file.name, file]));
    for (const name of zipped.filter((n) => n !== 'software-engineer.pdf')) expect(byName.get(`cvs/${name}`)?.status).toBe('done');
    expect(byName.get('empty.txt')).toMatchObject({ status: 'failed', errorCode: 'empty_file', error: 'The file is empty.' });
    expect(byName.get('scanned.pdf')).toMatchObject({ status: 'failed', errorCode: 'no_text_layer' });
    expect(byName.get('scanned.pdf')?.error).toMatch(/scanned PDF without a text layer/);
    expect(byName.get('corrupt.pdf')).toMatchObject({ status: 'failed', errorCode: 'unreadable_document' });
    expect(byName.get('photo.png')).toMatchObject({ status: 'failed', errorCode: 'unsupported_type' });
    expect(batch.failed).toBe(4);
  });

  it('tells the uploader once that the batch finished, with its failures', async () => {
    const page = (await t.app.inject({ method: 'GET', url: '/api/notifications', headers: as(owner) })).json<NotificationPage>();
    const finished = page.items.filter((item) => item.type === 'batch_finished');
    expect(finished).toHaveLength(1);
    expect(finished[0]).toMatchObject({ title: 'Screening finished, with failures', link: `/hiring/batches/${batch.id}`, readAt: null });
    expect(finished[0]?.message).toContain(`of ${batch.total} CVs ranked, 4 could not be read`);
  });

  it('flags duplicates (same file, same email) without scoring them twice', () => {
    const byName = new Map(batch.files.map((file) => [file.name, file]));
    const electricians = [byName.get('electrician.txt')!, byName.get('electrician-again.txt')!];
    expect(electricians.map((file) => file.status).sort()).toEqual(['done', 'duplicate']);
    const mayas = [byName.get('cvs/software-engineer.pdf')!, byName.get('maya.docx')!];
    expect(mayas.map((file) => file.status).sort()).toEqual(['done', 'duplicate']);
    const original = mayas.find((file) => file.status === 'done')!;
    expect(mayas.find((file) => file.status === 'duplicate')?.duplicateOf).toBe(original.candidateId);
    expect(batch.duplicates).toBe(2);
  });

  it('ranks the CV written for the job first, one row per candidate', async () => {
    const ranking = (await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}/candidates`, headers: as(owner) })).json<CandidatePage>().items;
    expect(ranking).toHaveLength(zipped.length + 1);
    expect(ranking[0]).toMatchObject({ name: 'Maya Chen', recommendation: 'Strong Hire' });
    expect(ranking[0]?.matched).toEqual(expect.arrayContaining(['TypeScript', 'Go', 'PostgreSQL']));
    expect(ranking.map((row) => row.score)).toEqual([...ranking.map((row) => row.score)].sort((a, b) => b - a));
    const filtered = (await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}/candidates?skill=typescript&minScore=50`, headers: as(owner) })).json<CandidatePage>().items;
    expect(filtered.map((row) => row.name)).toEqual(['Maya Chen']);
  });

  it('pages the ranking in the database: best score first, a total over every page, any order across all pages', async () => {
    const get = async (query: string) => t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}/candidates?${query}`, headers: as(owner) });
    const page = async (query: string) => (await get(query)).json<CandidatePage>();
    const all = await page('limit=100');
    expect(all.total).toBe(zipped.length + 1);
    const first = await page('limit=3');
    expect(first).toMatchObject({ total: all.total, limit: 3, offset: 0 });
    expect(first.items.map((row) => row.id)).toEqual(all.items.slice(0, 3).map((row) => row.id));
    const second = await page('limit=3&offset=3');
    expect(second).toMatchObject({ total: all.total, limit: 3, offset: 3 });
    expect(second.items.map((row) => row.id)).toEqual(all.items.slice(3, 6).map((row) => row.id));
    expect((await page('limit=3&offset=9')).items).toEqual([]);
    // Every row keeps the fields the plain list had.
    expect(Object.keys(second.items[0]!).sort()).toEqual(
      ['additional', 'fileName', 'id', 'masked', 'matched', 'missing', 'name', 'recommendation', 'score', 'status', 'statusReason'].sort(),
    );

    // Sorting covers every candidate, not just one page: the pages of an order put together are the whole order.
    for (const sort of ['name', '-name', '-score', 'recommendation', '-recommendation']) {
      const whole = (await page(`sort=${sort}&limit=100`)).items.map((row) => row.id);
      const paged = [...(await page(`sort=${sort}&limit=4`)).items, ...(await page(`sort=${sort}&limit=4&offset=4`)).items].map((row) => row.id);
      expect([sort, paged]).toEqual([sort, whole]);
    }
    const byScoreAscending = (await page('sort=-score&limit=100')).items.map((row) => row.score);
    expect(byScoreAscending).toEqual([...byScoreAscending].sort((a, b) => a - b));
    const names = (await page('sort=-name&limit=100')).items.map((row) => row.name ?? '');
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, undefined, { sensitivity: 'base' })));
    const ranks = { 'Strong Hire': 4, Hire: 3, Maybe: 2, Pass: 1 } as const;
    const byRecommendation = (await page('sort=recommendation&limit=100')).items.map((row) => (row.recommendation ? ranks[row.recommendation] : 0));
    expect(byRecommendation).toEqual([...byRecommendation].sort((a, b) => b - a));

    const tooLarge = await get('limit=101');
    expect(tooLarge.statusCode).toBe(400);
    expect(tooLarge.json<{ error: { message: string } }>().error.message).toMatch(/limit/);
    expect((await get('offset=-1')).statusCode).toBe(400);
    const malformed = await t.app.inject({ method: 'GET', url: '/api/jobs/not-a-job/candidates', headers: as(owner) });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<{ error: { message: string } }>().error.message).toMatch(/jobId: must be a job id/);
    expect((await t.app.inject({ method: 'GET', url: '/api/candidates/42', headers: as(owner) })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/batches/42', headers: as(owner) })).statusCode).toBe(400);
  });

  it('shows a profile whose evidence offsets point at the skill in the CV text', async () => {
    const [top] = (await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}/candidates`, headers: as(owner) })).json<CandidatePage>().items;
    const profile = (await t.app.inject({ method: 'GET', url: `/api/candidates/${top!.id}`, headers: as(owner) })).json<CandidateProfile>();
    expect(profile.email).toBe('maya.chen@example.com');
    expect(profile.evidence.length).toBeGreaterThan(0);
    for (const item of profile.evidence) {
      expect(profile.text.slice(item.start, item.end)).toBe(item.text);
      expect(item.lineText).toContain(item.text);
    }
    expect(profile.evidence.map((item) => item.skill)).toEqual(expect.arrayContaining(['TypeScript', 'PostgreSQL']));
    expect(profile.entities.some((entity) => entity.type === 'EMAIL' && entity.text === 'maya.chen@example.com')).toBe(true);
    const file = await t.app.inject({ method: 'GET', url: `/api/candidates/${top!.id}/file`, headers: as(owner) });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(readResumeFixture(profile.fileName === 'maya.docx' ? 'software-engineer.docx' : 'software-engineer.pdf'))).toBe(true);
  });

  it('exports the ranking as CSV and Excel', async () => {
    const csv = await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}/candidates.csv`, headers: as(owner) });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines).toHaveLength(zipped.length + 2);
    expect(lines[1]).toMatch(/^1,Maya Chen,/);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="senior-backend-engineer-candidates-\d{4}-\d{2}-\d{2}\.csv"/);
    // The export is never a page: every candidate, whatever page the list shows.
    const paged = await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}/candidates.csv?limit=1&offset=1`, headers: as(owner) });
    expect(paged.body.trimEnd().split('\r\n')).toHaveLength(zipped.length + 2);
    const xlsx = await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}/candidates.xlsx`, headers: as(owner) });
    const workbook = new ExcelJS.Workbook();
    const raw = xlsx.rawPayload;
    await workbook.xlsx.load(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Ranking')!;
    expect(sheet.rowCount).toBe(zipped.length + 2);
    expect(sheet.getRow(2).getCell(2).value).toBe('Maya Chen');
  });

  it('blind mode hides names, contacts and file names everywhere until shortlisted', async () => {
    const patched = await t.app.inject({ method: 'PATCH', url: `/api/jobs/${jobId}`, headers: as(owner), payload: { blindScreening: true } });
    expect(patched.json<{ blindScreening: boolean }>().blindScreening).toBe(true);
    const ranking = await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}/candidates`, headers: as(owner) });
    const rows = ranking.json<CandidatePage>().items;
    const top = rows[0]!;
    const profile = await t.app.inject({ method: 'GET', url: `/api/candidates/${top.id}`, headers: as(owner) });
    const csv = await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}/candidates.csv`, headers: as(owner) });
    const progress = await t.app.inject({ method: 'GET', url: `/api/batches/${batch.id}`, headers: as(owner) });
    for (const body of [ranking.body, profile.body, csv.body, progress.body]) {
      expect(body).not.toMatch(/Maya|Chen|maya\.chen@example\.com|555-0132|software-engineer|Okafor|electrician\.txt/);
    }
    expect(profile.json<CandidateProfile>().text.length).toBeGreaterThan(100);
    expect((await t.app.inject({ method: 'GET', url: `/api/candidates/${top.id}/file`, headers: as(owner) })).statusCode).toBe(403);

    // Files are listed by number; reasons and duplicate notes say what went wrong without naming the file.
    const files = progress.json<Batch>().files;
    for (const name of uploadedNames) expect(progress.body).not.toContain(name);
    expect(files.map((file) => file.name)).toEqual(files.map((_, index) => `File ${index + 1}`));
    expect(files.filter((file) => file.status === 'failed').map((file) => file.error)).toEqual(
      expect.arrayContaining(['The file is empty.', 'The file is damaged or not a readable document.', 'The file is not a PDF, DOCX or TXT file.']),
    );
    expect(files.filter((file) => file.status === 'duplicate').every((file) => file.error && file.duplicateOf)).toBe(true);

    const shortlisted = await t.app.inject({ method: 'POST', url: `/api/candidates/${top.id}/shortlist`, headers: as(owner) });
    expect(shortlisted.json<CandidateProfile>()).toMatchObject({ status: 'shortlisted', name: 'Maya Chen', masked: false });
    await t.app.inject({ method: 'PATCH', url: `/api/jobs/${jobId}`, headers: as(owner), payload: { blindScreening: false } });
  });

  it('sorts by name by what each row shows: a hidden candidate by its anonymous label, never by the hidden name', async () => {
    const byName = async () => (await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}/candidates?sort=name`, headers: as(owner) })).json<CandidatePage>().items;
    const open = await byName();
    const names = open.map((row) => row.name ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));

    await t.app.inject({ method: 'PATCH', url: `/api/jobs/${jobId}`, headers: as(owner), payload: { blindScreening: true } });
    const blind = await byName();
    expect(blind).toHaveLength(open.length);
    // Maya was shortlisted, so she is shown by name, after every "Candidate …" label; the rest follow their labels.
    expect(blind.at(-1)).toMatchObject({ name: 'Maya Chen', masked: false });
    const masked = blind.slice(0, -1);
    expect(masked.every((row) => row.masked && row.name === null)).toBe(true);
    const labels = masked.map((row) => row.id.replaceAll('-', '').slice(0, 6).toUpperCase());
    expect(labels).toEqual([...labels].sort());

    // Someone revealed, then rejected with a reason that names them, is hidden again, the reason included.
    const revealed = (await t.app.inject({ method: 'POST', url: `/api/candidates/${masked[0]!.id}/shortlist`, headers: as(owner) })).json<CandidateProfile>();
    const [firstName, lastName] = revealed.name!.split(' ');
    await t.app.inject({ method: 'POST', url: `/api/candidates/${revealed.id}/reject`, headers: as(owner), payload: { reason: `${revealed.name} took another offer` } });
    const hidden = (await byName()).find((row) => row.id === revealed.id)!;
    expect(hidden).toMatchObject({ masked: true, name: null, status: 'rejected' });
    expect(hidden.statusReason).toMatch(/took another offer$/);
    expect(hidden.statusReason).not.toContain(firstName);
    expect(hidden.statusReason).not.toContain(lastName);
    await t.app.inject({ method: 'PATCH', url: `/api/jobs/${jobId}`, headers: as(owner), payload: { blindScreening: false } });
  });

  it('rejects with a reason, compares 2–4 candidates and re-scores when requirements change', async () => {
    const rows = (await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}/candidates`, headers: as(owner) })).json<CandidatePage>().items;
    const last = rows.at(-1)!;
    const rejected = await t.app.inject({ method: 'POST', url: `/api/candidates/${last.id}/reject`, headers: as(owner), payload: { reason: 'No backend experience' } });
    expect(rejected.json<CandidateProfile>()).toMatchObject({ status: 'rejected', statusReason: 'No backend experience' });
    const compare = await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}/candidates/compare?ids=${rows[0]!.id},${rows[1]!.id}`, headers: as(owner) });
    expect(compare.json<{ candidates: CandidateProfile[] }>().candidates.map((c) => c.id)).toEqual([rows[0]!.id, rows[1]!.id]);
    expect((await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}/candidates/compare?ids=${rows[0]!.id}`, headers: as(owner) })).statusCode).toBe(400);

    const nurse = rows.find((row) => row.name === 'Sarah Thompson')!;
    const changed = await t.app.inject({
      method: 'PATCH',
      url: `/api/jobs/${jobId}`,
      headers: as(owner),
      payload: { requirements: { mustHaveSkills: ['Wound Care', 'Medication Administration'], niceToHaveSkills: [] } },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<Job>().rescore).toMatchObject({ status: 'queued', version: 1, total: zipped.length + 1 });
    expect((await waitForRescore(t.app, jobId, as(owner))).rescore).toMatchObject({ status: 'done', version: 1, done: zipped.length + 1, total: zipped.length + 1 });
    const after = (await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}/candidates`, headers: as(owner) })).json<CandidatePage>().items;
    const nurseAfter = after.find((row) => row.id === nurse.id)!;
    expect(nurseAfter.score).toBeGreaterThan(nurse.score + 20);
    expect(nurseAfter.matched).toEqual(['Wound Care', 'Medication Administration']);
    const maya = after.find((row) => row.id === rows[0]!.id)!;
    expect(maya.score).toBeLessThan(rows[0]!.score);
    expect(maya.missing).toEqual(['Wound Care', 'Medication Administration']);
    const rescore = await t.app.inject({ method: 'POST', url: `/api/jobs/${jobId}/rescore`, headers: as(owner) });
    expect(rescore.statusCode).toBe(202);
    expect(rescore.json()).toMatchObject({ status: 'queued', version: 2 });
    expect((await waitForRescore(t.app, jobId, as(owner))).rescore).toMatchObject({ status: 'done', version: 2, done: zipped.length + 1, total: zipped.length + 1 });
    const again = (await t.app.inject({ method: 'GET', url: `/api/jobs/${jobId}/candidates`, headers: as(owner) })).json<CandidatePage>().items;
    expect(again.map((row) => [row.id, row.score])).toEqual(after.map((row) => [row.id, row.score]));
  });
});
