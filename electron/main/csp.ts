/** The renderer's Content Security Policy, sent as a response header by the app protocol. */
export { contentSecurityPolicy } from '../../shared/csp';
