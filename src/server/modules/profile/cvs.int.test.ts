import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStorage } from '#server/platform/storage/index.ts';
import type { CvUpload, CvVersion, CvVersionPage, Profile } from '#shared/contracts/profile.ts';
import { readResumeFixture } from '#tests/fixtures/hiring.ts';
import { personas } from '#tests/fixtures/resumes/personas.ts';
import { call, signUp, type Caller } from '#tests/support/auth-helpers.ts';
import { multipartBody, type UploadFile } from '#tests/support/hiring-http.ts';
import { createTestApp, type TestApp } from '#tests/support/test-app.ts';

const persona = (id: string) => personas.find((candidate) => candidate.id === id)!;

describe('CV uploads and versions', () => {
  let t: TestApp;
  let ada: Caller;
  let bob: Caller;
  let firstCv: CvUpload;
  let secondCv: CvUpload;

  const upload = async (who: Caller, files: readonly UploadFile[], field = 'file') => {
    const body = await multipartBody(files, field);
    return t.app.inject({ method: 'POST', url: '/api/profile/cvs', payload: body.payload, headers: { ...body.headers, cookie: who.cookie, origin: t.config.publicUrl } });
  };
  const uploadFixture = (who: Caller, name: string) => upload(who, [{ name, data: readResumeFixture(name) }]);

  beforeAll(async () => {
    t = await createTestApp();
    ada = await signUp(t, { name: 'Ada Candidate' });
    bob = await signUp(t, { name: 'Bob Other' });
  });
  afterAll(async () => t?.close());

  it('parses an uploaded PDF and suggests the profile of the person in it', async () => {
    const analyst = persona('data-analyst');
    const response = await uploadFixture(ada, 'data-analyst.pdf');
    expect(response.statusCode).toBe(201);
    firstCv = response.json<CvUpload>();
    expect(firstCv).toMatchObject({ fileName: 'data-analyst.pdf', mimeType: 'application/pdf', isCurrent: true, sizeBytes: readResumeFixture('data-analyst.pdf').length });
    const suggested = firstCv.suggestedProfile;
    expect(suggested.fullName).toBe(analyst.name);
    expect(suggested.targetRoles[0]).toBe(analyst.work[0]!.position);
    expect(suggested.yearsOfExperience).toBeGreaterThanOrEqual(5);
    const skills = suggested.keySkills.map((skill) => skill.toLowerCase());
    for (const skill of analyst.skills) expect(skills.some((name) => name.includes(skill.toLowerCase())), `${skill} in ${skills.join(', ')}`).toBe(true);

    const profile = (await call(t, 'GET', '/api/profile', { cookie: ada.cookie })).json<Profile>();
    expect(profile.currentCv).toEqual({ id: firstCv.id, fileName: 'data-analyst.pdf', uploadedAt: firstCv.uploadedAt, sizeBytes: firstCv.sizeBytes });
    expect(profile.onboardedAt).toBeNull();
  });

  it('keeps every version: a second upload (DOCX) becomes current, the first stays', async () => {
    const nurse = persona('registered-nurse');
    const response = await uploadFixture(ada, 'registered-nurse.docx');
    expect(response.statusCode).toBe(201);
    secondCv = response.json<CvUpload>();
    expect(secondCv.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(secondCv.suggestedProfile.fullName).toBe(nurse.name);
    expect(secondCv.suggestedProfile.industries).toContain('Healthcare');

    const versions = (await call(t, 'GET', '/api/profile/cvs', { cookie: ada.cookie })).json<CvVersionPage>().items;
    expect(versions.map((version) => [version.id, version.isCurrent])).toEqual([
      [secondCv.id, true],
      [firstCv.id, false],
    ]);
    expect((await call(t, 'GET', '/api/profile', { cookie: ada.cookie })).json<Profile>().currentCv?.id).toBe(secondCv.id);
  });

  it('makes an older version current again', async () => {
    const response = await call(t, 'POST', `/api/profile/cvs/${firstCv.id}/current`, { cookie: ada.cookie });
    expect(response.statusCode).toBe(200);
    expect(response.json<CvVersion>()).toMatchObject({ id: firstCv.id, isCurrent: true });
    const versions = (await call(t, 'GET', '/api/profile/cvs', { cookie: ada.cookie })).json<CvVersionPage>().items;
    expect(versions.filter((version) => version.isCurrent).map((version) => version.id)).toEqual([firstCv.id]);
  });

  it('downloads the bytes exactly as uploaded, as an attachment with its type', async () => {
    for (const [cv, fixture] of [
      [firstCv, 'data-analyst.pdf'],
      [secondCv, 'registered-nurse.docx'],
    ] as const) {
      const response = await call(t, 'GET', `/api/profile/cvs/${cv.id}/file`, { cookie: ada.cookie });
      expect(response.statusCode).toBe(200);
      expect(response.rawPayload.equals(readResumeFixture(fixture))).toBe(true);
      expect(response.headers['content-type']).toBe(cv.mimeType);
      expect(response.headers['content-disposition']).toBe(`attachment; filename="${fixture}"; filename*=UTF-8''${fixture}`);
    }
  });

  it('takes a plain-text CV, and the same file again is no second version', async () => {
    const first = await uploadFixture(ada, 'software-engineer.txt');
    expect(first.statusCode).toBe(201);
    expect(first.json<CvUpload>()).toMatchObject({ mimeType: 'text/plain; charset=utf-8', suggestedProfile: { fullName: persona('software-engineer').name } });
    await call(t, 'POST', `/api/profile/cvs/${firstCv.id}/current`, { cookie: ada.cookie });
    const again = await upload(ada, [{ name: 'maya-again.txt', data: readResumeFixture('software-engineer.txt') }]);
    expect(again.statusCode).toBe(200);
    expect(again.json<CvUpload>()).toMatchObject({ id: first.json<CvUpload>().id, fileName: 'maya-again.txt', isCurrent: true });
    const versions = (await call(t, 'GET', '/api/profile/cvs', { cookie: ada.cookie })).json<CvVersionPage>().items;
    expect(versions).toHaveLength(3);
    expect(versions[0]).toMatchObject({ id: again.json<CvUpload>().id, isCurrent: true });
    // Newest first, one page at a time, with the total of every version.
    const second = (await call(t, 'GET', '/api/profile/cvs?limit=2&offset=2', { cookie: ada.cookie })).json<CvVersionPage>();
    expect(second).toMatchObject({ total: 3, limit: 2, offset: 2 });
    expect(second.items.map((version) => version.id)).toEqual([versions[2]!.id]);
    expect((await call(t, 'GET', '/api/profile/cvs?limit=101', { cookie: ada.cookie })).statusCode).toBe(400);
  });

  it("hides every CV from another user (404 on each route), who may upload the same file as their own", async () => {
    for (const [method, url] of [
      ['GET', `/api/profile/cvs/${firstCv.id}/file`],
      ['POST', `/api/profile/cvs/${firstCv.id}/current`],
      ['DELETE', `/api/profile/cvs/${firstCv.id}`],
    ] as const) {
      const response = await call(t, method, url, { cookie: bob.cookie });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('not_found');
    }
    expect((await call(t, 'GET', '/api/profile/cvs', { cookie: bob.cookie })).json()).toEqual({ items: [], total: 0, limit: 20, offset: 0 });
    expect((await call(t, 'GET', '/api/profile', { cookie: bob.cookie })).json<Profile>().currentCv).toBeNull();

    const bobsCopy = await uploadFixture(bob, 'data-analyst.pdf');
    expect(bobsCopy.statusCode).toBe(201);
    expect(bobsCopy.json<CvUpload>().id).not.toBe(firstCv.id);
    const adaVersions = (await call(t, 'GET', '/api/profile/cvs', { cookie: ada.cookie })).json<CvVersionPage>().items;
    expect(adaVersions.find((version) => version.id === firstCv.id)).toBeDefined();
  });

  it('refuses bad uploads with a 4xx that names the problem, and stores nothing', async () => {
    const before = (await call(t, 'GET', '/api/profile/cvs', { cookie: ada.cookie })).json<CvVersionPage>().items;
    const cases = [
      { files: [{ name: 'empty.pdf', data: Buffer.alloc(0) }], status: 400, message: 'empty.pdf is empty.' },
      { files: [{ name: 'setup.exe', data: Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(4000, 0)]) }], status: 415, message: 'setup.exe is not a PDF, DOCX or TXT file.' },
      { files: [{ name: 'cv.pdf', data: Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(100, 1)]) }], status: 415, message: 'cv.pdf is not a PDF, DOCX or TXT file.' },
      { files: [{ name: 'huge.txt', data: Buffer.alloc(11 * 1024 * 1024, 'a') }], status: 413, message: 'huge.txt is larger than the limit of 10 MB (uploads.max-file-bytes)' },
      { files: [{ name: 'corrupt.pdf', data: readResumeFixture('corrupt.pdf') }], status: 400, message: 'corrupt.pdf is damaged or not a readable document.' },
    ];
    for (const { files, status, message } of cases) {
      const response = await upload(ada, files);
      expect(response.statusCode, files[0]!.name).toBe(status);
      expect(response.json<{ error: { message: string } }>().error.message).toContain(message);
    }
    const wrongField = await upload(ada, [{ name: 'data-analyst.pdf', data: readResumeFixture('data-analyst.pdf') }], 'files');
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json<{ error: { message: string } }>().error.message).toContain('field named "file"');
    const notMultipart = await call(t, 'POST', '/api/profile/cvs', { cookie: ada.cookie, payload: { file: 'cv' } });
    expect(notMultipart.statusCode).toBe(415);
    expect((await call(t, 'GET', '/api/profile/cvs', { cookie: ada.cookie })).json<CvVersionPage>().items).toEqual(before);
  });

  it('answers 404 for an unknown id and 400 for one that is not an id', async () => {
    expect((await call(t, 'GET', `/api/profile/cvs/${randomUUID()}/file`, { cookie: ada.cookie })).statusCode).toBe(404);
    expect((await call(t, 'POST', `/api/profile/cvs/${randomUUID()}/current`, { cookie: ada.cookie })).statusCode).toBe(404);
    const bad = await call(t, 'DELETE', '/api/profile/cvs/not-a-uuid', { cookie: ada.cookie });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toContain('params.cvId: must be a CV id');
  });

  it('deletes a version with its file; deleting the current one hands over to the newest remaining', async () => {
    const versions = (await call(t, 'GET', '/api/profile/cvs', { cookie: ada.cookie })).json<CvVersionPage>().items;
    const current = versions.find((version) => version.isCurrent)!;
    expect(current.fileName).toBe('maya-again.txt');
    expect((await call(t, 'DELETE', `/api/profile/cvs/${current.id}`, { cookie: ada.cookie })).statusCode).toBe(204);
    const remaining = (await call(t, 'GET', '/api/profile/cvs', { cookie: ada.cookie })).json<CvVersionPage>().items;
    expect(remaining.map((version) => version.id)).toEqual(versions.filter((version) => version.id !== current.id).map((version) => version.id));
    expect(remaining[0]!.isCurrent).toBe(true);
    expect((await call(t, 'GET', '/api/profile', { cookie: ada.cookie })).json<Profile>().currentCv?.id).toBe(remaining[0]!.id);
    expect((await call(t, 'GET', `/api/profile/cvs/${current.id}/file`, { cookie: ada.cookie })).statusCode).toBe(404);
    const key = createHash('sha256').update(readResumeFixture('software-engineer.txt')).digest('hex');
    await expect(createStorage(t.config.storage).get(key)).rejects.toMatchObject({ code: 'not_found' });
  });

  it("keeps a file another user also uploaded when one of them deletes it", async () => {
    expect((await call(t, 'DELETE', `/api/profile/cvs/${firstCv.id}`, { cookie: ada.cookie })).statusCode).toBe(204);
    const [bobsCv] = (await call(t, 'GET', '/api/profile/cvs', { cookie: bob.cookie })).json<CvVersionPage>().items;
    const download = await call(t, 'GET', `/api/profile/cvs/${bobsCv!.id}/file`, { cookie: bob.cookie });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(readResumeFixture('data-analyst.pdf'))).toBe(true);
  });
});
