/** IPC handlers for the `hub:*` channels: hosting the team's hub on this computer. */
import { ipcHandle } from '../ipc';
import type { HubHost } from '../hub-host';

export function registerHubHandlers(host: HubHost): void {
  ipcHandle('hub:host', (request) => host.host(request));
  ipcHandle('hub:status', () => host.status());
  ipcHandle('hub:stop', async () => ({ stopped: await host.stop() }));
}
