import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hubUrls } from '../../../electron/hub/addresses';
import { hubLaunchOptions, HubUsageError } from '../../../electron/hub/options';
import { removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

describe('hub launch options', () => {
  it('defaults to ./hub-data on 127.0.0.1:8470, serving dist-web when it is built', () => {
    const cwd = tempDir();
    mkdirSync(path.join(cwd, 'dist-web'));
    writeFileSync(path.join(cwd, 'dist-web', 'index.html'), '<!doctype html>');
    const launch = hubLaunchOptions([], {}, cwd);
    expect(launch.listen).toEqual({ host: '127.0.0.1', port: 8470 });
    expect(launch.hub).toMatchObject({
      dataDir: path.join(cwd, 'hub-data'),
      webRoot: path.join(cwd, 'dist-web'),
      logger: 'warn',
      rateLimit: { max: 100, windowMs: 10_000 },
    });
    expect(launch.hub.inviteCode).toBeUndefined();
  });

  it('serves no browser build when none is built, or with --no-web', () => {
    const cwd = tempDir();
    expect(hubLaunchOptions([], {}, cwd).hub.webRoot).toBeUndefined();
    mkdirSync(path.join(cwd, 'dist-web'));
    writeFileSync(path.join(cwd, 'dist-web', 'index.html'), '<!doctype html>');
    expect(hubLaunchOptions(['--no-web'], {}, cwd).hub.webRoot).toBeUndefined();
  });

  it('takes flags over environment variables over defaults', () => {
    const cwd = tempDir();
    const env = {
      CRISIS_ROOM_HUB_PORT: '9100',
      CRISIS_ROOM_HUB_TEAM: 'From env',
      CRISIS_ROOM_HUB_RATE_LIMIT: '0',
    };
    const launch = hubLaunchOptions(
      ['--port', '9000', '--data', './x', '--host', '0.0.0.0', '--invite', 'AB-CD-EF-GH'],
      env,
      cwd,
    );
    expect(launch.listen).toEqual({ host: '0.0.0.0', port: 9000 });
    expect(launch.hub).toMatchObject({
      dataDir: path.join(cwd, 'x'),
      teamName: 'From env',
      inviteCode: 'AB-CD-EF-GH',
    });
    expect(launch.hub.rateLimit).toBe(false);
  });

  it.each([
    [['--port', 'eighty']],
    [['--port', '70000']],
    [['--rate-limit', '-1']],
    [['--log-level', 'loud']],
    [['--unknown']],
    [['positional']],
    [['--web', 'does-not-exist']],
  ])('refuses %j with a usage error', (argv) => {
    expect(() => hubLaunchOptions(argv, {}, tempDir())).toThrow(HubUsageError);
  });
});

describe('hub URLs', () => {
  it('is the listening address for a specific host', () => {
    expect(hubUrls('127.0.0.1', 8470)).toEqual(['http://127.0.0.1:8470']);
    expect(hubUrls('::1', 8470)).toEqual(['http://[::1]:8470']);
  });

  it('lists addresses for a hub listening on all interfaces', () => {
    const urls = hubUrls('0.0.0.0', 8470);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^http:\/\/[\d.]+:8470$/);
  });
});
