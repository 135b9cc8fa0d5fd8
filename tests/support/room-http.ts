import { expect } from 'vitest';
import { call, cookieHeader, type Caller } from './auth-helpers.ts';
import type { TestApp } from './test-app.ts';

export type Room = { interviewId: string; host: string; candidate: string };

/** Opens a role link as a browser would: the token is exchanged for the room cookie (303 to a clean URL). */
export async function openRoomLink(t: TestApp, link: string): Promise<string> {
  const first = await call(t, 'GET', new URL(link).pathname + new URL(link).search, { noOrigin: true });
  expect(first.statusCode).toBe(303);
  return cookieHeader(first);
}

/** An interview booked by `owner` in a new workspace, with its host and candidate link cookies. */
export async function bookRoom(t: TestApp, owner: Caller): Promise<Room> {
  const workspaceId = (await call(t, 'POST', '/api/workspaces', { cookie: owner.cookie, payload: { name: 'Northwind hiring' } })).json<{ id: string }>().id;
  const booked = await call(t, 'POST', `/api/workspaces/${workspaceId}/interviews`, {
    cookie: owner.cookie,
    payload: { candidateName: 'Dana Whitfield', candidateEmail: 'dana.whitfield@example.org', startsAt: '2027-03-02T10:00', timeZone: 'Europe/Berlin', durationMinutes: 45, panel: [{ email: owner.email, role: 'lead' }] },
  });
  expect(booked.statusCode, booked.body).toBe(201);
  const { id, hostUrl, candidateUrl } = booked.json<{ id: string; hostUrl: string; candidateUrl: string }>();
  return { interviewId: id, host: await openRoomLink(t, hostUrl), candidate: await openRoomLink(t, candidateUrl) };
}
