/**
 * The renderer's Content Security Policy, in one dependency-free place: the Vite build writes it into the
 * page as a meta tag and the Electron main process sends it as a response header. No inline or remote
 * scripts, no eval.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
