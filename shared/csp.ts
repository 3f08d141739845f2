/**
 * The renderer's Content Security Policy, in one dependency-free place: the Vite build writes it into the
 * page as a meta tag and the Electron main process sends it as a response header. No inline or remote
 * scripts, no eval. Connections may go to any hub (the team's hub lives at an address only known at run
 * time, on the LAN or the internet); that is the one remote thing the page may reach.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' http: https: ws: wss:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
