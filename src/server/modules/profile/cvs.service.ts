import { getSetting } from '#server/modules/settings/index.ts';
import type { Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { cleanFileName } from '#server/platform/file-name.ts';
import { StorageError } from '#server/platform/storage/index.ts';
import { toPage, type PageQuery } from '#shared/contracts/common.ts';
import type { CvUpload, CvVersion, CvVersionPage } from '#shared/contracts/profile.ts';
import { checkCvFile, toUploadError, type ReceivedFile } from './cv-file.ts';
import type { ProfileDeps } from './profile-deps.ts';
import { deleteCv as deleteCvRow, findCv, findCvPage, isStorageKeyReferenced, saveCurrentCv, setCurrentCv, type CvRow } from './profile.repo.ts';
import { suggestProfile } from './suggest-profile.ts';

function toVersion(row: CvRow): CvVersion {
  return {
    id: row.id,
    fileName: row.fileName,
    mimeType: row.mimeType ?? 'application/octet-stream',
    sizeBytes: row.sizeBytes ?? 0,
    uploadedAt: row.uploadedAt.toISOString(),
    isCurrent: row.isCurrent,
  };
}

const notFound = () => new AppError('not_found', 'CV not found.');

/**
 * Reads the CV before anything is kept (a file the engine cannot read is refused, not stored), stores it, and records
 * it as the current version with its text; answers with a profile suggested from it.
 */
export async function uploadCv(deps: ProfileDeps, caller: Caller, receive: (maxBytes: number) => Promise<ReceivedFile>): Promise<{ created: boolean; upload: CvUpload }> {
  const maxBytes = await getSetting(deps, 'uploads.max-file-bytes');
  const received = await receive(maxBytes);
  const fileName = cleanFileName(received.fileName, { fallback: 'cv' });
  const mimeType = checkCvFile({ ...received, fileName }, maxBytes);
  const cv = await deps.ai.readCv({ bytes: received.bytes, fileName, mimeType }, { userId: caller.userId }).catch((error: unknown) => {
    throw toUploadError(error, fileName);
  });
  if (cv.text.trim() === '') throw new AppError('bad_request', `${fileName} has no text to read.`);
  const stored = await deps.storage.put(received.bytes);
  const { row, created } = await saveCurrentCv(deps.db, caller.userId, {
    fileName,
    storagePath: stored.key,
    mimeType,
    sizeBytes: stored.sizeBytes,
    sha256: stored.sha256,
    text: cv.text,
    parsed: cv.resume,
  });
  deps.log.info({ cvId: row.id, created }, 'CV uploaded');
  return { created, upload: { ...toVersion(row), suggestedProfile: suggestProfile(cv, deps.now()) } };
}

/** One page of the caller's CV versions, newest first. */
export async function listCvs(deps: ProfileDeps, caller: Caller, query: PageQuery): Promise<CvVersionPage> {
  const { rows, total } = await findCvPage(deps.db, caller.userId, query);
  return toPage(rows.map(toVersion), total, query);
}

export async function getCvFile(deps: ProfileDeps, caller: Caller, cvId: string): Promise<{ bytes: Buffer; fileName: string; mimeType: string }> {
  const row = await findCv(deps.db, caller.userId, cvId);
  if (!row) throw notFound();
  try {
    return { bytes: await deps.storage.get(row.storagePath), fileName: row.fileName, mimeType: toVersion(row).mimeType };
  } catch (error) {
    if (error instanceof StorageError) throw new AppError('not_found', 'The file of this CV is missing from storage.');
    throw error;
  }
}

export async function makeCvCurrent(deps: ProfileDeps, caller: Caller, cvId: string): Promise<CvVersion> {
  const row = await setCurrentCv(deps.db, caller.userId, cvId);
  if (!row) throw notFound();
  return toVersion(row);
}

/** Deletes a version; its file goes too unless another row (a CV, a screened resume, a recording) has the same bytes. */
export async function deleteCv(deps: ProfileDeps, caller: Caller, cvId: string): Promise<void> {
  const row = await deleteCvRow(deps.db, caller.userId, cvId);
  if (!row) throw notFound();
  if (!(await isStorageKeyReferenced(deps.db, row.storagePath))) await deps.storage.delete(row.storagePath);
}
