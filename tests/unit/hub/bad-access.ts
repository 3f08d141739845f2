/** Bad access: tokens, cursors, writing as another device, wrong invite codes, routes and media types. */
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { API_PREFIX } from '../../../shared/sync/protocol';
import {
  join,
  JOIN,
  JSON_TYPE,
  PULL,
  push,
  PUSH,
  sample,
  type AddCase,
  type BadRequestContext,
} from './bad-request-kit';
import { DEVICE_A, operation } from './helpers';

export function addBadAccess({ token, head }: BadRequestContext, add: AddCase): void {
  const auth = { authorization: `Bearer ${token}` };

  // Tokens: none, garbled, or well-formed but unknown (a guessed or forged one).
  const flipped = `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;
  const headerVariants: (string | undefined)[] = [
    undefined,
    'Bearer',
    'Bearer ',
    'Basic dXNlcjpwYXNzd29yZA==',
    `Token ${token}`,
    token,
    `Bearer ${token} extra`,
    `Bearer ${token.slice(0, 42)}`,
    `Bearer ${token}x`,
    `Bearer ${flipped}`,
    `Bearer ${token.replace(/[-_]/g, '+')}=`,
    `Bearer ${'A'.repeat(43)}`,
    `Bearer ${'x'.repeat(8000)}`,
    `Bearer ${token.slice(0, 20)}!${token.slice(21)}`,
    ...sample(fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), 40, 5).map((t) => `Bearer ${t}`),
    ...sample(
      fc
        .string({ unit: 'binary-ascii', minLength: 1, maxLength: 80 })
        .filter((t) => /^[\x20-\x7e]*$/.test(t)),
      20,
      6,
    ).map((t) => `Bearer ${t}`),
  ];
  const protectedRoutes: InjectOptions[] = [
    {
      method: 'POST',
      url: PUSH,
      headers: JSON_TYPE,
      payload: JSON.stringify({ operations: [operation(DEVICE_A)] }),
    },
    { method: 'GET', url: `${PULL}?after=0` },
    { method: 'GET', url: `${API_PREFIX}/status` },
    { method: 'GET', url: `${API_PREFIX}/live` },
  ];
  headerVariants.forEach((header, index) => {
    const route = protectedRoutes[index % protectedRoutes.length]!;
    for (const r of index < 14 ? protectedRoutes : [route]) {
      const headers = {
        ...(r.headers as Record<string, string>),
        ...(header === undefined ? {} : { authorization: header }),
      };
      add(
        'token',
        `${r.method} ${r.url} with ${header === undefined ? 'no token' : `"${header.slice(0, 20)}…"`}`,
        { ...r, headers },
        401,
        'hub.unauthorized',
      );
    }
  });

  // Cursors and limits.
  const pull = (query: string): InjectOptions => ({ method: 'GET', url: `${PULL}?${query}`, headers: auth });
  const badNumbers = [
    '-1',
    'abc',
    '1.5',
    '1e3',
    '0x10',
    '',
    ' ',
    'NaN',
    'Infinity',
    '-0',
    '+1',
    '1,2',
    '%00',
    '%D9%A1',
    'true',
    '99999999999999999999',
  ];
  for (const value of badNumbers) {
    add('cursor', `after=${value}`, pull(`after=${value}`), 400, 'hub.invalidRequest');
    add('cursor', `limit=${value}`, pull(`after=0&limit=${value}`), 400, 'hub.invalidRequest');
  }
  // Past Number.MAX_SAFE_INTEGER: refused as not an integer, or as beyond the head; either is right.
  add(
    'cursor',
    'after=2^53+1',
    pull('after=9007199254740993'),
    400,
    'hub.invalidRequest',
    'hub.cursorOutOfRange',
  );
  for (const query of [
    '',
    'limit=10',
    'after=1&after=2',
    'after=0&limit=0',
    'after=0&limit=5001',
    'after=0&extra=1',
    'after[]=1',
    'after=0&limit=1&limit=2',
  ]) {
    add('cursor', `?${query}`, pull(query), 400, 'hub.invalidRequest');
  }
  for (const after of [
    head + 1,
    head + 1000,
    10 ** 15,
    ...sample(fc.integer({ min: head + 1, max: 2 ** 40 }), 40, 7),
  ]) {
    add('cursor', `after=${after} beyond head ${head}`, pull(`after=${after}`), 400, 'hub.cursorOutOfRange');
  }
  for (const value of sample(
    fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/^\d+$/.test(s)),
    40,
    8,
  )) {
    add(
      'cursor',
      `after=${JSON.stringify(value)}`,
      pull(`after=${encodeURIComponent(value)}`),
      400,
      'hub.invalidRequest',
    );
  }

  // Writing in another device's name.
  for (const device of sample(
    fc.uuid({ version: 7 }).filter((id) => id !== DEVICE_A),
    30,
    9,
  )) {
    add(
      'forbidden',
      `operation of ${device}`,
      push(token, { operations: [operation(device)] }),
      403,
      'hub.forbidden',
    );
    add(
      'forbidden',
      `own operation then one of ${device}`,
      push(token, { operations: [operation(DEVICE_A), operation(device)] }),
      403,
      'hub.forbidden',
    );
  }

  // Wrong invite codes.
  const guesses = sample(
    fc.stringMatching(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/),
    40,
    10,
  );
  for (const inviteCode of [
    ...guesses,
    'TEST-CODE-2346',
    'TEST-CODE-234',
    'TEST-CODE-23456',
    'test-code-2345x',
  ]) {
    add('invite', `invite ${inviteCode}`, join({ inviteCode, deviceId: DEVICE_A }), 403, 'hub.inviteInvalid');
  }

  // Routes and media types.
  for (const [method, url] of [
    ['GET', PUSH],
    ['PUT', PUSH],
    ['DELETE', `${API_PREFIX}/status`],
    ['POST', `${API_PREFIX}/status`],
    ['PATCH', JOIN],
    ['POST', `${PULL}?after=0`],
    ['GET', JOIN],
  ] as const) {
    add('route', `${method} ${url}`, { method, url, headers: auth }, 405, 'hub.methodNotAllowed');
  }
  for (const url of [
    `${API_PREFIX}/`,
    `${API_PREFIX}/admin`,
    `${API_PREFIX}/push/1`,
    '/api/v0/push',
    `${API_PREFIX}/../../etc/passwd`,
    `${API_PREFIX}/status%00`,
  ]) {
    add('route', `GET ${url}`, { method: 'GET', url, headers: auth }, 404, 'hub.notFound');
  }
  add(
    'route',
    'a malformed URL',
    { method: 'GET', url: `${API_PREFIX}/%zz` },
    400,
    'hub.invalidRequest',
    'hub.notFound',
  );
  for (const type of [
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
  ]) {
    add(
      'media type',
      `push as ${type}`,
      { method: 'POST', url: PUSH, headers: { ...auth, 'content-type': type }, payload: '{"operations":[]}' },
      415,
      'hub.invalidRequest',
    );
  }
}
