/**
 * The standalone hub: `npm run hub -- --data ./hub-data --port 8470 --host 0.0.0.0 --team "Comms"`.
 * A thin wrapper: options.ts reads the settings, server.ts is the hub. Prints where to reach it and the
 * invite code, and stops cleanly on Ctrl+C.
 */
import { hubUrls } from './addresses';
import { hubLaunchOptions, hubUsage, HubUsageError } from './options';
import { createHub } from './server';
import { stopOnSignals } from './shutdown';

async function main(): Promise<void> {
  let launch;
  try {
    launch = hubLaunchOptions(process.argv.slice(2), process.env, process.cwd());
  } catch (error) {
    if (!(error instanceof HubUsageError)) throw error;
    console.error(`${error.message}\n\n${hubUsage}`);
    process.exit(2);
  }
  if (launch.help) {
    console.log(hubUsage);
    return;
  }

  const hub = await createHub(launch.hub);
  stopOnSignals(
    () => hub.close(),
    (code) => process.exit(code),
  );
  const url = await hub.start(launch.listen);
  const port = Number(new URL(url).port);
  const urls = hubUrls(launch.listen.host, port);
  console.log(
    [
      `Crisis Room hub for "${hub.teamName}" is running.`,
      `  Listening:   ${url}`,
      ...urls.filter((other) => other !== url).map((other) => `  Teammates:   ${other}`),
      `  Browser app: ${launch.hub.webRoot ? 'served at /' : 'not served (run npm run build:web, or pass --web)'}`,
      `  Data:        ${launch.hub.dataDir}`,
      `  Invite code: ${hub.inviteCode}`,
      'Press Ctrl+C to stop.',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(`The hub could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
