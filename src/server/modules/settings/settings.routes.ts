import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '#server/platform/access/index.ts';
import { changeSettingBodySchema, listSettingsQuerySchema, settingKeyParamsSchema, settingPageSchema, settingSchema } from '#shared/contracts/settings.ts';
import type { SettingsDeps } from './settings-deps.ts';
import { changeSetting, listSettings } from './settings.service.ts';

const tags = ['admin'];

export const settingsRoutes: FastifyPluginAsyncZod<{ deps: SettingsDeps }> = async (app, { deps }) => {
  app.get(
    '/api/admin/settings',
    { schema: { tags, summary: 'Installation settings: the value in force, the default, and where the value comes from (administrator)', querystring: listSettingsQuerySchema, response: { 200: settingPageSchema } } },
    async (request) => listSettings(deps, callerOf(request), request.query),
  );

  app.put(
    '/api/admin/settings/:key',
    { schema: { tags, summary: 'Change an installation setting; the change is recorded in the audit log (administrator)', params: settingKeyParamsSchema, body: changeSettingBodySchema, response: { 200: settingSchema } } },
    async (request) => changeSetting(deps, callerOf(request), request.params.key, request.body.value, { ip: request.ip }),
  );
};
