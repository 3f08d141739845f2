/** The URLs teammates can use: for a hub on all interfaces, one per LAN address of this machine. */
import { networkInterfaces } from 'node:os';

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '']);

function urlFor(address: string, port: number): string {
  return address.includes(':') ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}

export function hubUrls(host: string, port: number): string[] {
  if (!WILDCARD_HOSTS.has(host)) return [urlFor(host, port)];
  const ipv6 = host === '::';
  const urls = Object.values(networkInterfaces())
    .flat()
    .filter((info) => info !== undefined && !info.internal && (ipv6 || info.family === 'IPv4'))
    // Link-local IPv6 needs a zone id browsers do not accept; skip it.
    .filter((info) => !info!.address.startsWith('fe80:'))
    .map((info) => urlFor(info!.address, port));
  return urls.length > 0 ? urls : [urlFor('127.0.0.1', port)];
}
