import { recordAudit, type RequestOrigin } from '#server/modules/audit/index.ts';
import { authorizeAdmin, type Caller } from '#server/platform/access/index.ts';
import { AppError } from '#server/platform/errors.ts';
import { toPage, type PageQuery } from '#shared/contracts/common.ts';
import type { Setting, SettingPage } from '#shared/contracts/settings.ts';
import { settingAreas, type SettingArea, type SettingSource } from '#shared/vocabulary.ts';
import { isSettingKey, settingDefinitions, settingKeys, type SettingKey, type SettingValue } from './registry.ts';
import type { SettingsDeps, SettingsReader } from './settings-deps.ts';
import { findStoredSetting, findStoredSettings, lockSetting, upsertSetting, type StoredSettingRow } from './settings.repo.ts';

/** A stored value that no longer passes its rule (an older version wrote it) counts as not stored. */
function storedValue<K extends SettingKey>(key: K, row: StoredSettingRow | undefined): { ok: true; value: SettingValue<K> } | { ok: false } {
  if (!row) return { ok: false };
  let json: unknown;
  try {
    json = JSON.parse(row.value);
  } catch {
    return { ok: false };
  }
  const parsed = settingDefinitions[key].schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
}

function resolve<K extends SettingKey>(reader: Pick<SettingsReader, 'settingOverrides'>, key: K, row: StoredSettingRow | undefined): { value: SettingValue<K>; source: SettingSource } {
  if (Object.hasOwn(reader.settingOverrides, key)) return { value: reader.settingOverrides[key] as SettingValue<K>, source: 'env' };
  const stored = storedValue(key, row);
  if (stored.ok) return { value: stored.value, source: 'stored' };
  return { value: settingDefinitions[key].default, source: 'default' };
}

/** The value of a setting in force now: its environment variable, else the stored value, else the default. */
export async function getSetting<K extends SettingKey>(reader: SettingsReader, key: K): Promise<SettingValue<K>> {
  if (Object.hasOwn(reader.settingOverrides, key)) return reader.settingOverrides[key] as SettingValue<K>;
  return resolve(reader, key, await findStoredSetting(reader.db, key)).value;
}

/** A key's first part is its area (`uploads.max-file-bytes` → uploads); the registry's keys all start with one. */
function areaOf(key: SettingKey): SettingArea {
  const area = key.split('.')[0];
  if (!settingAreas.includes(area as SettingArea)) throw new Error(`The setting ${key} has no area among ${settingAreas.join(', ')}.`);
  return area as SettingArea;
}

function toSetting(reader: SettingsReader, key: SettingKey, row: StoredSettingRow | undefined): Setting {
  const definition = settingDefinitions[key];
  const stored = storedValue(key, row);
  const { value, source } = resolve(reader, key, row);
  return {
    key,
    area: areaOf(key),
    description: definition.description,
    rule: definition.rule,
    value,
    default: definition.default,
    source,
    env: definition.env,
    stored: stored.ok ? stored.value : null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: row?.updatedBy ?? null,
  };
}

/** Every setting by key, with its value in force and where that comes from (administrators). */
export async function listSettings(deps: SettingsDeps, caller: Caller, query: PageQuery): Promise<SettingPage> {
  authorizeAdmin(caller);
  const keys = [...settingKeys].sort().slice(query.offset, query.offset + query.limit);
  const rows = new Map((await findStoredSettings(deps.db, keys)).map((row) => [row.key, row]));
  return toPage(
    keys.map((key) => toSetting(deps, key, rows.get(key))),
    settingKeys.length,
    query,
  );
}

/**
 * Stores a new value after checking it against the setting's rule, and records who changed what from which value to
 * which in the audit log, in one transaction. A setting fixed by its environment variable cannot be changed here.
 */
export async function changeSetting(deps: SettingsDeps, caller: Caller, key: string, value: unknown, origin: RequestOrigin): Promise<Setting> {
  authorizeAdmin(caller);
  if (!isSettingKey(key)) throw new AppError('not_found', `There is no setting "${key}". Settings: ${settingKeys.join(', ')}.`);
  const definition = settingDefinitions[key];
  const parsed = definition.schema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => issue.message).join('; ');
    throw new AppError('bad_request', `${key} ${problems}. It must be ${definition.rule}.`);
  }
  if (Object.hasOwn(deps.settingOverrides, key)) {
    throw new AppError(
      'conflict',
      `${key} is set by the ${definition.env} environment variable, which wins over a value stored here; change or remove the variable and restart Parley.`,
    );
  }
  await deps.db.transaction(async (tx) => {
    const before = storedValue(key, await lockSetting(tx, key));
    const at = deps.now();
    await upsertSetting(tx, { key, value: JSON.stringify(parsed.data), description: definition.description, updatedBy: caller.userId, at });
    await recordAudit(tx, {
      actorId: caller.userId,
      action: 'setting.changed',
      origin,
      target: key,
      details: { old: before.ok ? before.value : null, new: parsed.data, default: definition.default },
      at,
    });
  });
  return toSetting(deps, key, await findStoredSetting(deps.db, key));
}
