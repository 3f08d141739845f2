/**
 * How a standalone hub is configured: command-line flags, then CRISIS_ROOM_HUB_* environment variables,
 * then defaults. Shared by the CLI and the utility-process entry so that both accept the same settings.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hubLogLevels, type HubLogLevel } from './logging';
import { DEFAULT_RATE_LIMIT, type HubOptions } from './server';

export const DEFAULT_PORT = 8470;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DATA_DIR = 'hub-data';
export const DEFAULT_WEB_ROOT = 'dist-web';

export const hubUsage = `Usage: npm run hub -- [options]

  --data <dir>         data folder (database, invite-code.txt)      default ./${DEFAULT_DATA_DIR}
  --port <n>           TCP port (0 picks a free one)                 default ${DEFAULT_PORT}
  --host <addr>        address to listen on; 0.0.0.0 for the LAN    default ${DEFAULT_HOST}
  --team <name>        team name shown to clients                    default: as stored
  --invite <code>      set the invite code (kept for later runs)     default: as stored, else new
  --web <dir>          browser build to serve at /                   default ./${DEFAULT_WEB_ROOT} if built
  --no-web             serve no browser build
  --rate-limit <n>     requests per device or address per window; 0 turns it off   default ${DEFAULT_RATE_LIMIT.max}
  --rate-window <s>    the rate-limit window in seconds                            default ${DEFAULT_RATE_LIMIT.windowMs / 1000}
  --log-level <level>  ${hubLogLevels.join(', ')} or silent                  default warn
  --help               show this text

Each option can also come from the environment: CRISIS_ROOM_HUB_DATA, _PORT, _HOST, _TEAM, _INVITE, _WEB,
_RATE_LIMIT, _RATE_WINDOW, _LOG_LEVEL (e.g. CRISIS_ROOM_HUB_PORT=9000).`;

export class HubUsageError extends Error {
  override name = 'HubUsageError';
}

export interface HubLaunch {
  hub: HubOptions;
  listen: { host: string; port: number };
  help: boolean;
}

const stringFlags = [
  'data',
  'port',
  'host',
  'team',
  'invite',
  'web',
  'rate-limit',
  'rate-window',
  'log-level',
];

function integer(name: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new HubUsageError(`--${name} must be a whole number from ${min} to ${max}, not "${value}".`);
  }
  return Number(value);
}

function logLevel(value: string): HubLogLevel | false {
  if (value === 'silent') return false;
  const level = hubLogLevels.find((known) => known === value);
  if (!level) throw new HubUsageError(`--log-level must be one of ${hubLogLevels.join(', ')}, silent.`);
  return level;
}

export function hubLaunchOptions(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): HubLaunch {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        ...Object.fromEntries(stringFlags.map((flag) => [flag, { type: 'string' as const }])),
        'no-web': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new HubUsageError(error instanceof Error ? error.message : String(error));
  }
  const flags = parsed.values as Record<string, string | boolean | undefined>;
  const setting = (flag: string): string | undefined => {
    const value = flags[flag];
    if (typeof value === 'string') return value;
    return env[`CRISIS_ROOM_HUB_${flag.toUpperCase().replaceAll('-', '_')}`] || undefined;
  };

  const defaultWeb = path.resolve(cwd, DEFAULT_WEB_ROOT);
  const web = setting('web');
  let webRoot: string | undefined;
  if (flags['no-web'] !== true) {
    webRoot = web !== undefined ? path.resolve(cwd, web) : defaultWeb;
    if (!existsSync(path.join(webRoot, 'index.html'))) {
      if (web !== undefined)
        throw new HubUsageError(`--web ${web}: no index.html there (run npm run build:web).`);
      webRoot = undefined;
    }
  }

  const rateMax = integer(
    'rate-limit',
    setting('rate-limit') ?? String(DEFAULT_RATE_LIMIT.max),
    0,
    1_000_000,
  );
  const rateWindow = integer(
    'rate-window',
    setting('rate-window') ?? String(DEFAULT_RATE_LIMIT.windowMs / 1000),
    1,
    3600,
  );
  const team = setting('team');
  const invite = setting('invite');
  return {
    help: flags['help'] === true,
    listen: {
      host: setting('host') ?? DEFAULT_HOST,
      port: integer('port', setting('port') ?? String(DEFAULT_PORT), 0, 65_535),
    },
    hub: {
      dataDir: path.resolve(cwd, setting('data') ?? DEFAULT_DATA_DIR),
      ...(team !== undefined && { teamName: team }),
      ...(invite !== undefined && { inviteCode: invite }),
      ...(webRoot !== undefined && { webRoot }),
      logger: logLevel(setting('log-level') ?? 'warn'),
      rateLimit: rateMax === 0 ? false : { max: rateMax, windowMs: rateWindow * 1000 },
    },
  };
}
