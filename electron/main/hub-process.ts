/**
 * The script main forks as a utility process to host the hub (see hub-host.ts). Built next to
 * out/main/index.js; it runs the plain-Node hub and never imports electron.
 */
import { runHubProcess } from '../hub/entry';

// runHubProcess has already told main why (hub:error); a failed start ends the process.
runHubProcess().catch(() => process.exit(1));
