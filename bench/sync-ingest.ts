/**
 * Hub ingest throughput: devices join a real hub process and push timeline operations over HTTP in
 * batches of PUSH_MAX_OPERATIONS, as the sync engine does. The request bodies are built before the clock
 * starts, so the figure is the hub's: HTTP, validation, storage (SQLite, synchronous=FULL) and the answer.
 */
import { API_PREFIX, PUSH_MAX_OPERATIONS, type PushResponse } from '../shared/sync/protocol';
import { entryOperations, syncDeviceNew } from './sync-ops';

export interface IngestFigures {
  devices: number;
  operations: number;
  ms: number;
  operationsPerSecond: number;
  /** Per request, from sending the body to reading the answer. */
  requestMs: number[];
}

async function post(url: string, body: string, token?: string): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body });
  const answer: unknown = await response.json();
  if (!response.ok) throw new Error(`${url}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

/** `devices` devices push `batches` batches each, the devices at the same time and each one in order. */
export async function hubIngest(
  hubUrl: string,
  inviteCode: string,
  incidentId: string,
  devices: number,
  batches: number,
): Promise<IngestFigures> {
  const startMs = Date.now() - 3_600_000;
  const pushers = await Promise.all(
    Array.from({ length: devices }, async (_, d) => {
      const device = syncDeviceNew(`Pusher ${d + 1}`);
      const joined = (await post(
        `${hubUrl}${API_PREFIX}/join`,
        JSON.stringify({ inviteCode, deviceId: device.deviceId, memberName: device.name }),
      )) as { token: string };
      const bodies = Array.from({ length: batches }, (_, b) => {
        const from = b * PUSH_MAX_OPERATIONS;
        const operations = entryOperations(device, incidentId, from, PUSH_MAX_OPERATIONS, startMs);
        return JSON.stringify({ operations });
      });
      return { token: joined.token, bodies };
    }),
  );
  const requestMs: number[] = [];
  const start = performance.now();
  await Promise.all(
    pushers.map(async ({ token, bodies }) => {
      for (const body of bodies) {
        const sent = performance.now();
        const answer = (await post(`${hubUrl}${API_PREFIX}/push`, body, token)) as PushResponse;
        requestMs.push(performance.now() - sent);
        if (answer.accepted !== PUSH_MAX_OPERATIONS) throw new Error(`accepted ${answer.accepted}`);
      }
    }),
  );
  const ms = performance.now() - start;
  const operations = devices * batches * PUSH_MAX_OPERATIONS;
  return { devices, operations, ms, operationsPerSecond: (operations / ms) * 1000, requestMs };
}
