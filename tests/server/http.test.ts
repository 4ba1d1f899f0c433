// The session API is untrusted input too: every bad request gets a status and sentences (JSON),
// never a stack trace, and creates nothing.
import { Client } from '@colyseus/sdk';
import { describe, expect, it } from 'vitest';
import { connectTable } from '../../src/net/table-client.ts';
import { createSession, useRoomServer } from '../support/room-server.ts';

const server = useRoomServer();

const post = (body: string) =>
  fetch(`${server().endpoint}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });

describe('the session API', () => {
  it('refuses a body that is not JSON, with a sentence', async () => {
    const res = await post('{bad json');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ problems: ['The request body is not valid JSON.'] });
  });

  it('refuses unknown fields, out-of-range numbers and unknown scenarios', async () => {
    const res = await post(JSON.stringify({ scenario: 'gaza-isf-2025.yaml', tables: 99, admin: true }));
    expect(res.status).toBe(400);
    const { problems } = (await res.json()) as { problems: string[] };
    expect(problems.join('\n')).toMatch(/tables/);
    const missing = await post(JSON.stringify({ scenario: '../../etc/passwd' }));
    expect(missing.status).toBe(404);
  });

  it('refuses a scenario that does not read, with its located problems', async () => {
    const res = await post(JSON.stringify({ scenarioText: 'draftroom: 1\nid: x\n' }));
    expect(res.status).toBe(422);
    const { problems } = (await res.json()) as { problems: string[] };
    expect(problems[0]).toMatch(/^uploaded scenario:\d+:\d+: error: /);
  });

  it('gives a join code that lists the tables, and a console link only with its token', async () => {
    const s = await createSession(server(), { scenario: 'haiti-mss-2023.yaml', tables: 3 });
    expect(s.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const join = await fetch(`${server().endpoint}/api/join/${s.code.toLowerCase()}`);
    expect(join.status).toBe(200);
    expect(((await join.json()) as { tables: unknown[] }).tables).toHaveLength(3);
    expect((await fetch(`${server().endpoint}/api/join/AAAAAAAA`)).status).toBe(404);
    const denied = await fetch(`${server().endpoint}/api/sessions/${s.session}`, {
      headers: { authorization: 'Bearer nope' },
    });
    expect(denied.status).toBe(404);
    const console = await fetch(`${server().endpoint}/api/sessions/${s.session}`, {
      headers: { authorization: `Bearer ${s.consoleToken}` },
    });
    expect(((await console.json()) as { code: string }).code).toBe(s.code);
  });

  it('takes a seat plan by actor names, and refuses one that names no playable actor, naming it', async () => {
    const post = (plan: Record<string, string>) =>
      fetch(`${server().endpoint}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scenario: 'gaza-isf-2025.yaml', plan }),
      });
    const bad = await post({ Maya: 'Narnia', Omar: 'france' });
    expect(bad.status).toBe(422);
    const { problems } = (await bad.json()) as { problems: string[] };
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^plan: "Maya: Narnia" names no actor a student can play/);
    const good = await post({ Maya: 'china', Omar: 'France' });
    expect(good.status).toBe(201);
    const s = (await good.json()) as { code: string; tables: string[] };
    const maya = await connectTable(server().endpoint, s.tables[0] as string, { code: s.code, name: 'Maya' });
    expect(maya.view().welcome?.actor).toBe('chn');
    await maya.close();
  });

  it('opens tables only for the server: a client cannot create or duplicate one', async () => {
    const s = await createSession(server(), { scenario: 'gaza-isf-2025.yaml' });
    const sdk = new Client(server().endpoint);
    await expect(sdk.create('table', { session: s.session, table: 0 })).rejects.toThrow(
      /opened by the instructor/,
    );
  });
});
