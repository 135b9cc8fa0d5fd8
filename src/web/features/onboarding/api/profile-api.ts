import { pageParams, type PageNumber } from '#shared/contracts/common.ts';
import { cvUploadSchema, cvVersionPageSchema, cvVersionSchema, profileSchema, type CvUpload, type CvVersion, type CvVersionPage, type Profile, type SaveProfileBody } from '#shared/contracts/profile.ts';
import type { ApiClient } from '#web/app/api-client.ts';

const cv = (cvId: string) => `/api/profile/cvs/${encodeURIComponent(cvId)}`;

export function getProfile(client: ApiClient, signal?: AbortSignal): Promise<Profile> {
  return client.get('/api/profile', { schema: profileSchema, ...(signal ? { signal } : {}) });
}

export function saveProfile(client: ApiClient, body: SaveProfileBody): Promise<Profile> {
  return client.put('/api/profile', body, { schema: profileSchema });
}

/** One page of the user's CV versions, newest first. */
export function findCvVersions(client: ApiClient, page: PageNumber): Promise<CvVersionPage> {
  const query = pageParams(page);
  return client.get(`/api/profile/cvs?${query.toString()}`, { schema: cvVersionPageSchema });
}

export function uploadCv(client: ApiClient, file: File): Promise<CvUpload> {
  const form = new FormData();
  form.append('file', file, file.name);
  return client.post('/api/profile/cvs', form, { schema: cvUploadSchema });
}

export function makeCvCurrent(client: ApiClient, cvId: string): Promise<CvVersion> {
  return client.post(`${cv(cvId)}/current`, undefined, { schema: cvVersionSchema });
}

export function deleteCv(client: ApiClient, cvId: string): Promise<void> {
  return client.delete(cv(cvId));
}

/** Where the browser downloads a version (same origin, the session cookie goes along). */
export function cvFileUrl(cvId: string): string {
  return `${cv(cvId)}/file`;
}
