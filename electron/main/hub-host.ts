/**
 * "Host this war room": main starts the same hub as `npm run hub` in an Electron utility process (plain
 * Node, no electron imports; see electron/hub/entry.ts), listening on every interface so teammates on the
 * local network can join. One hub per app; it stops when the app quits or the user stops hosting. The
 * data stays in the user data folder, so hosting again later keeps the team, its tokens and its history.
 */
import type { HubProcessMessage } from '../hub/entry';
import { DEFAULT_PORT } from '../hub/options';
import type { HostedHub, HubHostRequest } from '../../shared/ipc';
import { deadline, TIMED_OUT } from './deadline';

/** The part of Electron's UtilityProcess used here (a Node ChildProcess fits too, for tests). */
export interface HubChild {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): void;
  on(event: 'exit', listener: (code: number) => void): void;
  kill(): boolean;
}

export interface HubHostDeps {
  /** Starts the hub script with these arguments (utilityProcess.fork in the app). */
  fork(args: string[]): HubChild;
  /** The hub's data folder, e.g. <userData>/hub. */
  dataDir: string;
  /** The port tried first; default the hub's usual one. */
  defaultPort?: number;
  /** How long to wait for the hub to say ready, or to stop. */
  timeoutMs?: number;
}

type Ready = Extract<HubProcessMessage, { type: 'hub:ready' }>;

function isMessage(value: unknown): value is HubProcessMessage {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

export class HubStartError extends Error {
  override name = 'HubStartError';
}

export class HubHost {
  private child: HubChild | undefined;
  private hosted: HostedHub | undefined;
  private starting: Promise<HostedHub> | undefined;
  private exited: Promise<void> | undefined;

  constructor(private readonly deps: HubHostDeps) {}

  status(): HostedHub | null {
    return this.hosted ?? null;
  }

  /** Starts hosting, or returns the hub already hosted (a second click does not start a second hub). */
  host(request: HubHostRequest): Promise<HostedHub> {
    if (this.hosted) return Promise.resolve(this.hosted);
    this.starting ??= this.startWithFallback(request).finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  private async startWithFallback(request: HubHostRequest): Promise<HostedHub> {
    const port = request.port || (this.deps.defaultPort ?? DEFAULT_PORT);
    try {
      return await this.start(request.teamName, port);
    } catch (error) {
      // Another program (or a standalone hub) has the usual port: any free one will do, the address
      // shown to teammates says which.
      if (!request.port && error instanceof HubStartError && /EADDRINUSE/.test(error.message)) {
        return this.start(request.teamName, 0);
      }
      throw error;
    }
  }

  private start(teamName: string, port: number): Promise<HostedHub> {
    const args = ['--data', this.deps.dataDir, '--host', '0.0.0.0', '--port', String(port)];
    args.push('--team', teamName, '--no-web', '--log-level', 'warn');
    const child = this.deps.fork(args);
    const timeoutMs = this.deps.timeoutMs ?? 20_000;
    return new Promise<HostedHub>((resolve, reject) => {
      let settled = false;
      const timer = setTimeout(() => {
        settle(() => reject(new HubStartError(`The hub did not start within ${timeoutMs} ms.`)));
        child.kill();
      }, timeoutMs);
      const settle = (action: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        action();
      };
      this.exited = new Promise<void>((done) => {
        child.on('exit', (code) => {
          if (this.child === child) {
            this.child = undefined;
            this.hosted = undefined;
          }
          settle(() => reject(new HubStartError(`The hub stopped while starting (exit code ${code}).`)));
          done();
        });
      });
      child.on('message', (message) => {
        if (!isMessage(message)) return;
        if (message.type === 'hub:error') settle(() => reject(new HubStartError(message.message)));
        if (message.type === 'hub:ready') {
          settle(() => {
            this.child = child;
            this.hosted = hostedFrom(message);
            resolve(this.hosted);
          });
        }
      });
    });
  }

  /** Stops hosting; resolves once the hub process has closed its database and exited. */
  async stop(): Promise<boolean> {
    await this.starting?.catch(() => undefined);
    const child = this.child;
    if (!child) return false;
    const exited = this.exited;
    child.postMessage({ type: 'hub:stop' });
    // SQLite in WAL mode survives a kill; the polite stop only saves the next start a recovery.
    if ((await deadline(exited ?? Promise.resolve(), this.deps.timeoutMs ?? 20_000)) === TIMED_OUT) {
      child.kill();
    }
    this.child = undefined;
    this.hosted = undefined;
    return true;
  }
}

function hostedFrom(ready: Ready): HostedHub {
  const port = new URL(ready.url).port;
  return {
    // The host's own page talks to its hub over loopback: that keeps working when the Wi-Fi drops.
    url: `http://127.0.0.1:${port}`,
    lanUrls: ready.urls,
    inviteCode: ready.inviteCode,
    teamName: ready.teamName,
    hubId: ready.hubId,
  };
}
