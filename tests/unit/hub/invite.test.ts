import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { API_PREFIX } from '../../../shared/sync/protocol';
import {
  INVITE_FILE_NAME,
  inviteCodeCreate,
  inviteCodeMatches,
  inviteCodeHash,
} from '../../../electron/hub/invite';
import { createHub } from '../../../electron/hub/server';
import { DEVICE_A, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

const joinWith = async (hub: Awaited<ReturnType<typeof createHub>>, inviteCode: string) =>
  (
    await hub.app.inject({
      method: 'POST',
      url: `${API_PREFIX}/join`,
      payload: { inviteCode, deviceId: DEVICE_A },
    })
  ).statusCode;

describe('invite code', () => {
  it('is three groups of four characters that cannot be misread', () => {
    const codes = Array.from({ length: 200 }, inviteCodeCreate);
    for (const code of codes)
      expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('matches only the code it was hashed from, on the hub it was hashed for', () => {
    const hash = inviteCodeHash('ABCD-EFGH-JKMN', 'hub-1');
    expect(inviteCodeMatches('abcd efgh jkmn', 'hub-1', hash)).toBe(true);
    expect(inviteCodeMatches('ABCD-EFGH-JKMP', 'hub-1', hash)).toBe(false);
    expect(inviteCodeMatches('ABCD-EFGH-JKMN', 'hub-2', hash)).toBe(false);
  });

  it('is made once, kept owner-only in the data folder, and the same after a restart', async () => {
    const dataDir = tempDir();
    const first = await createHub({ dataDir, rateLimit: false });
    const { inviteCode, hubId } = first;
    await first.close();
    const file = path.join(dataDir, INVITE_FILE_NAME);
    expect(readFileSync(file, 'utf8').trim()).toBe(inviteCode);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const second = await createHub({ dataDir, rateLimit: false });
    expect([second.inviteCode, second.hubId]).toEqual([inviteCode, hubId]);
    expect(await joinWith(second, inviteCode)).toBe(200);
    await second.close();
  });

  it('can be replaced, and the replacement is kept for later runs', async () => {
    const dataDir = tempDir();
    const first = await createHub({ dataDir, rateLimit: false });
    const old = first.inviteCode;
    await first.close();
    const replaced = await createHub({ dataDir, inviteCode: 'NEW-CODE-7777', rateLimit: false });
    expect(await joinWith(replaced, old)).toBe(403);
    expect(await joinWith(replaced, 'NEW-CODE-7777')).toBe(200);
    await replaced.close();
    const later = await createHub({ dataDir, rateLimit: false });
    expect(later.inviteCode).toBe('NEW-CODE-7777');
    await later.close();
  });

  it('refuses a code too short to be safe', async () => {
    await expect(createHub({ dataDir: tempDir(), inviteCode: 'abc', rateLimit: false })).rejects.toThrow(
      /at least 6/,
    );
  });

  it('never stores the invite code or a device token in the database', async () => {
    const dataDir = tempDir();
    const hub = await createHub({ dataDir, inviteCode: 'PLAIN-TEXT-CODE', rateLimit: false });
    const response = await hub.app.inject({
      method: 'POST',
      url: `${API_PREFIX}/join`,
      payload: { inviteCode: 'PLAIN-TEXT-CODE', deviceId: DEVICE_A },
    });
    const { token } = response.json<{ token: string }>();
    await hub.close();
    const databaseBytes = readdirSync(dataDir)
      .filter((name) => name.startsWith('hub.sqlite'))
      .map((name) => readFileSync(path.join(dataDir, name)).toString('latin1'))
      .join('');
    expect(databaseBytes).not.toContain('PLAINTEXTCODE');
    expect(databaseBytes).not.toContain('PLAIN-TEXT-CODE');
    expect(databaseBytes).not.toContain(token);
    expect(databaseBytes.length).toBeGreaterThan(0);
  });
});
