/**
 * Runs the hub in a child process: an Electron utilityProcess (the desktop app's "host this war room on
 * the local network") or a Node `fork`. Settings come from argv and CRISIS_ROOM_HUB_* variables as for the
 * CLI; the parent hears `hub:ready` or `hub:error` and may send `hub:stop`. Electron itself is never
 * imported: the utility process's `process.parentPort` is used when it is there.
 */
import { hubUrls } from './addresses';
import { hubLaunchOptions } from './options';
import { createHub, type Hub } from './server';
import { stopOnSignals } from './shutdown';

export type HubProcessMessage =
  | { type: 'hub:ready'; url: string; urls: string[]; hubId: string; teamName: string; inviteCode: string }
  | { type: 'hub:error'; message: string }
  | { type: 'hub:stopped' };

/** The part of Electron's utility-process `process.parentPort` used here. */
interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

interface ParentChannel {
  post(message: HubProcessMessage): void;
  onMessage(listener: (message: unknown) => void): void;
}

function parentChannel(): ParentChannel | undefined {
  const port = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;
  if (port) {
    return {
      post: (message) => port.postMessage(message),
      onMessage: (l) => port.on('message', (e) => l(e.data)),
    };
  }
  if (process.send) {
    return { post: (message) => process.send?.(message), onMessage: (l) => process.on('message', l) };
  }
  return undefined;
}

/** Starts the hub from `argv`/`env` and reports to the parent; resolves with the running hub. */
export async function runHubProcess(
  argv: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
): Promise<Hub> {
  const parent = parentChannel();
  try {
    const launch = hubLaunchOptions(argv, env, process.cwd());
    const hub = await createHub(launch.hub);
    // A signal and a `hub:stop` may both arrive: close once.
    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> =>
      (stopping ??= hub.close().then(() => parent?.post({ type: 'hub:stopped' })));
    stopOnSignals(stop, (code) => process.exit(code));
    parent?.onMessage((message) => {
      if ((message as { type?: unknown } | null)?.type === 'hub:stop')
        void stop().then(() => process.exit(0));
    });
    const url = await hub.start(launch.listen);
    const urls = hubUrls(launch.listen.host, Number(new URL(url).port));
    const { hubId, teamName, inviteCode } = hub;
    parent?.post({ type: 'hub:ready', url, urls, hubId, teamName, inviteCode });
    return hub;
  } catch (error) {
    parent?.post({ type: 'hub:error', message: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}
