/**
 * Who is writing, from which device, with which clock. Loaded once at start; every mutation takes it, so
 * each record and operation names its author and device.
 */
import {
  hlcFormat,
  hlcInitial,
  hlcParse,
  hlcReceive,
  hlcTick,
  type Hlc,
  type HlcState,
} from '../../shared/sync/hlc';
import { idNew, type DeviceId, type MemberId } from '../../shared/domain/ids';
import type { Member } from '../../shared/domain/member';
import type { CrisisRoomDb } from './schema';

export interface Session {
  db: CrisisRoomDb;
  deviceId: DeviceId;
  /** Null until the first-run profile is saved. */
  member: Member | null;
  clock: Clock;
}

/** The device's hybrid logical clock; persisted so that it never runs backwards across restarts. */
export class Clock {
  constructor(private state: HlcState) {}

  get state_(): HlcState {
    return this.state;
  }

  /** Adopts a persisted or remote state when it is ahead (another tab of this browser, say). */
  observe(hlc: Hlc): void {
    const other = hlcParse(hlc);
    if (!other) return;
    if (other.ms > this.state.ms || (other.ms === this.state.ms && other.counter > this.state.counter)) {
      this.state = { ms: other.ms, counter: other.counter, device: this.state.device };
    }
  }

  /** Merges a remote timestamp; true when it was suspiciously far ahead of this device's clock. */
  receive(hlc: Hlc, wallMs = Date.now()): boolean {
    const receipt = hlcReceive(this.state, hlc, wallMs);
    this.state = receipt.state;
    return receipt.skewed;
  }

  next(wallMs = Date.now()): Hlc {
    this.state = hlcTick(this.state, wallMs);
    return hlcFormat(this.state);
  }

  get current(): Hlc {
    return hlcFormat(this.state);
  }
}

export async function sessionLoad(db: CrisisRoomDb): Promise<Session> {
  return db.transaction('rw', db.meta, db.members, async () => {
    let deviceId = (await db.meta.get('deviceId'))?.value as DeviceId | undefined;
    if (!deviceId) {
      deviceId = idNew<DeviceId>();
      await db.meta.put({ key: 'deviceId', value: deviceId });
    }
    const clock = new Clock(hlcInitial(deviceId));
    const persisted = (await db.meta.get('hlc'))?.value;
    if (typeof persisted === 'string') clock.observe(persisted);
    const memberId = (await db.meta.get('profile'))?.value;
    const member =
      typeof memberId === 'string' ? ((await db.members.get(memberId as MemberId)) ?? null) : null;
    return { db, deviceId, member, clock };
  });
}
