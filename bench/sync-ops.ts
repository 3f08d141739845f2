/**
 * Made-up team traffic for the sync benchmarks: timeline entries as a scribe logs them, and the create
 * operations a device would push for them. Pure (shared/ only), so the Node harness (hub ingest) and the
 * bench page (remote apply) build the same kind of operations; the texts are deterministic by index.
 */
import { idNew, type DeviceId, type EntryId, type MemberId, type OperationId } from '../shared/domain/ids';
import type { TimelineEntry } from '../shared/domain/timeline-entry';
import type { EntryInput } from '../shared/domain/timeline-rules';
import { hlcFormat } from '../shared/sync/hlc';
import type { Operation } from '../shared/sync/operation';

const kinds = ['observation', 'action', 'communication', 'decision', 'inquiry', 'stakeholder'] as const;
const sources = ['Fire brigade', 'Site security', 'Press officer', 'Police liaison', 'Legal', 'Webcare'];
const events = [
  'reports smoke near',
  'confirms the road closure at',
  'asks for a statement about',
  'has had three calls about',
  'shares a video filmed at',
  'has cleared',
  'needs an update on',
];
const places = ['hall 3', 'the car park', 'the north gate', 'block B', 'the canteen', 'pier 7', 'the A4'];
const followUp = ' Next update after the briefing with the crisis lead at the top of the hour.';

/** Entry `n` as typed: 36–284 characters, six kinds. */
export function syncEntryInput(n: number): EntryInput {
  const text = `${sources[n % sources.length]} ${events[(n * 7) % events.length]} ${places[(n * 3) % places.length]} (${n}).`;
  return { kind: kinds[n % kinds.length]!, text: text + followUp.repeat(n % 4) };
}

export interface SyncDevice {
  deviceId: DeviceId;
  memberId: MemberId;
  name: string;
}

export function syncDeviceNew(name: string): SyncDevice {
  return { deviceId: idNew<DeviceId>(), memberId: idNew<MemberId>(), name };
}

/** Create operations for entries `from`… of `device` in `incidentId`, with HLCs from `startMs` on. */
export function entryOperations(
  device: SyncDevice,
  incidentId: string,
  from: number,
  count: number,
  startMs: number,
): Operation[] {
  const operations: Operation[] = [];
  for (let n = from; n < from + count; n++) {
    const at = new Date(startMs + n * 50).toISOString();
    const input = syncEntryInput(n);
    const entry: TimelineEntry = {
      id: idNew<EntryId>(),
      incidentId: incidentId as TimelineEntry['incidentId'],
      kind: input.kind,
      text: input.text,
      authorId: device.memberId,
      authorName: device.name,
      authorRole: 'scribe',
      occurredAt: at,
      recordedAt: at,
      pinned: false,
      tags: [],
      amends: null,
      event: null,
    };
    operations.push({
      id: idNew<OperationId>(),
      table: 'timeline',
      recordId: entry.id,
      kind: 'create',
      patch: { ...entry },
      hlc: hlcFormat({ ms: startMs + n * 50, counter: 0, device: device.deviceId }),
      author: device.memberId,
      device: device.deviceId,
    });
  }
  return operations;
}

/** Splits each device's operations into pages of `batch` and interleaves them, as concurrent pushes land. */
export function interleave<T>(perDevice: readonly (readonly T[])[], batch: number): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...perDevice.map((ops) => ops.length));
  for (let start = 0; start < longest; start += batch)
    for (const ops of perDevice) out.push(...ops.slice(start, start + batch));
  return out;
}
