/** Bad request bodies: malformed JSON, wrong types, missing and extra fields, bodies over the limit. */
import fc from 'fast-check';
import { operationSchema, type Operation } from '../../../shared/sync/operation';
import { BODY_MAX_BYTES, joinRequestSchema, PUSH_MAX_OPERATIONS } from '../../../shared/sync/protocol';
import {
  join,
  JOIN,
  JSON_TYPE,
  notJson,
  push,
  PUSH,
  sample,
  type AddCase,
  type BadRequestContext,
} from './bad-request-kit';
import { DEVICE_A, INVITE, operation, operations } from './helpers';

const malformedBodies = [
  '{',
  '}',
  '[',
  '{"operations": [',
  '{"operations": [}',
  "{'operations': []}",
  '{"operations": [],}',
  '{operations: []}',
  'undefined',
  'NaN',
  '{"a":1}{"b":2}',
  '{"operations": [01]}',
  '"unterminated',
  '{"operations": [1, 2,]}',
  '{"inviteCode": "x" "deviceId": "y"}',
  '\u0000',
  '{"__proto__": {"polluted": true}}',
  '{"operations": [{"constructor": {"prototype": {"polluted": true}}}]}',
  '{"operations": [{"patch": {"__proto__": {}}}]}',
  '<xml/>',
];

/** Values of every JSON type and some near misses, to put where a field's value goes. */
const wrongValues: unknown[] = [
  null,
  0,
  -1,
  1.5,
  true,
  '',
  'x',
  ' ',
  'A'.repeat(300),
  [],
  [1],
  {},
  { nested: true },
  'not-a-uuid',
  '0190f5e2-0000-7000-8000-00000000000',
  '2026-11-24T13:00:00Z',
];

const operationFields: (keyof Operation)[] = [
  'id',
  'table',
  'recordId',
  'kind',
  'patch',
  'hlc',
  'seen',
  'author',
  'device',
];

/** An operation of DEVICE_A with `field` set to `value` (or removed), if that makes it invalid. */
function brokenOperation(field: string, value: unknown, remove = false): Record<string, unknown> | undefined {
  const op = Object.fromEntries(
    Object.entries({ ...operation(DEVICE_A), [field]: value }).filter(([key]) => !remove || key !== field),
  );
  return operationSchema.safeParse(op).success ? undefined : op;
}

export function addBadBodies({ token }: BadRequestContext, add: AddCase): void {
  const auth = { authorization: `Bearer ${token}` };

  // Malformed JSON, to the authenticated and the open route.
  const garbage = [
    ...malformedBodies,
    ...sample(fc.string({ minLength: 1, maxLength: 60 }).filter(notJson), 60, 1),
  ];
  for (const body of garbage) {
    add(
      'malformed JSON',
      `push ${JSON.stringify(body)}`,
      { method: 'POST', url: PUSH, headers: { ...auth, ...JSON_TYPE }, payload: body },
      400,
      'hub.badJson',
    );
    add(
      'malformed JSON',
      `join ${JSON.stringify(body)}`,
      { method: 'POST', url: JOIN, headers: JSON_TYPE, payload: body },
      400,
      'hub.badJson',
    );
  }
  add(
    'malformed JSON',
    'empty push body',
    { method: 'POST', url: PUSH, headers: { ...auth, ...JSON_TYPE }, payload: '' },
    400,
    'hub.badJson',
  );
  for (const body of sample(fc.string({ maxLength: 30 }), 20, 2)) {
    const json = notJson(body) ? 'hub.badJson' : 'hub.invalidRequest';
    add(
      'malformed JSON',
      `push text ${JSON.stringify(body)}`,
      { method: 'POST', url: PUSH, headers: { ...auth, ...JSON_TYPE }, payload: body || ' ' },
      400,
      json,
      'hub.badJson',
    );
  }

  // Wrong types for every field of an operation, of the push and of the join.
  for (const field of operationFields) {
    for (const value of wrongValues) {
      const op = brokenOperation(field, value);
      if (op)
        add(
          'wrong type',
          `operation.${field} = ${JSON.stringify(value).slice(0, 40)}`,
          push(token, { operations: [op] }),
          400,
          'hub.invalidRequest',
        );
    }
  }
  for (const [field, value] of sample(
    fc.tuple(fc.constantFrom(...operationFields), fc.jsonValue({ maxDepth: 2 })),
    80,
    3,
  )) {
    const op = brokenOperation(field, value);
    if (op)
      add(
        'wrong type',
        `random operation.${field}`,
        push(token, { operations: [op] }),
        400,
        'hub.invalidRequest',
      );
  }
  for (const value of [...wrongValues, 'x'.repeat(65), 'abc']) {
    // A string that passes the schema is a wrong code rather than a malformed request.
    const wellFormed = joinRequestSchema.safeParse({ inviteCode: value, deviceId: DEVICE_A }).success;
    add(
      'wrong type',
      `join inviteCode ${JSON.stringify(value).slice(0, 30)}`,
      join({ inviteCode: value, deviceId: DEVICE_A }),
      wellFormed ? 403 : 400,
      wellFormed ? 'hub.inviteInvalid' : 'hub.invalidRequest',
    );
    add(
      'wrong type',
      `join deviceId ${JSON.stringify(value).slice(0, 30)}`,
      join({ inviteCode: INVITE, deviceId: value }),
      400,
      'hub.invalidRequest',
    );
  }
  for (const value of [null, 0, '', '   ', 'x'.repeat(101), [], {}]) {
    add(
      'wrong type',
      `join memberName ${JSON.stringify(value).slice(0, 30)}`,
      join({ inviteCode: INVITE, deviceId: DEVICE_A, memberName: value }),
      400,
      'hub.invalidRequest',
    );
  }
  for (const body of [
    null,
    [],
    1,
    'operations',
    true,
    { operations: null },
    { operations: {} },
    { operations: 'all' },
    { operations: [null] },
    { operations: [1, 2] },
  ]) {
    add('wrong type', `push body ${JSON.stringify(body)}`, push(token, body), 400, 'hub.invalidRequest');
  }

  // Missing fields.
  for (const field of operationFields.filter((f) => f !== 'seen')) {
    add(
      'missing field',
      `operation without ${field}`,
      push(token, { operations: [brokenOperation(field, undefined, true)] }),
      400,
      'hub.invalidRequest',
    );
  }
  add('missing field', 'push without operations', push(token, {}), 400, 'hub.invalidRequest');
  add('missing field', 'push with no operations', push(token, { operations: [] }), 400, 'hub.invalidRequest');
  add(
    'missing field',
    `push with ${PUSH_MAX_OPERATIONS + 1} operations`,
    push(token, { operations: operations(DEVICE_A, PUSH_MAX_OPERATIONS + 1) }),
    400,
    'hub.invalidRequest',
  );
  add('missing field', 'join without inviteCode', join({ deviceId: DEVICE_A }), 400, 'hub.invalidRequest');
  add('missing field', 'join without deviceId', join({ inviteCode: INVITE }), 400, 'hub.invalidRequest');
  add('missing field', 'join with no body', { method: 'POST', url: JOIN }, 400, 'hub.invalidRequest');

  // Extra fields where the protocol's objects are strict.
  for (const [key, value] of sample(
    fc.tuple(
      fc.string({ minLength: 1, maxLength: 20 }).filter((k) => k !== 'operations' && k !== '__proto__'),
      fc.jsonValue({ maxDepth: 1 }),
    ),
    40,
    4,
  )) {
    add(
      'extra field',
      `push.${key}`,
      push(token, { operations: [operation(DEVICE_A)], [key]: value }),
      400,
      'hub.invalidRequest',
    );
  }
  for (const key of ['token', 'admin', 'hubId', 'role']) {
    add(
      'extra field',
      `join.${key}`,
      join({ inviteCode: INVITE, deviceId: DEVICE_A, [key]: 'x' }),
      400,
      'hub.invalidRequest',
    );
  }

  // Bodies over the limit, refused before they are parsed.
  const big = BODY_MAX_BYTES + 1;
  const huge = [
    [
      'valid-looking push',
      JSON.stringify({ operations: [operation(DEVICE_A, { patch: { text: 'x'.repeat(big) } })] }),
    ],
    ['garbage', 'x'.repeat(big)],
    ['twice the limit', ' '.repeat(2 * BODY_MAX_BYTES)],
  ] as const;
  for (const [label, payload] of huge) {
    add(
      'too large',
      `push ${label}`,
      { method: 'POST', url: PUSH, headers: { ...auth, ...JSON_TYPE }, payload },
      413,
      'hub.tooLarge',
    );
    add(
      'too large',
      `join ${label}`,
      { method: 'POST', url: JOIN, headers: JSON_TYPE, payload },
      413,
      'hub.tooLarge',
    );
  }
}
