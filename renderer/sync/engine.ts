/**
 * The sync engine: pushes the outbox, pulls what others wrote, and keeps at it. It syncs shortly after
 * every local change, whenever the hub announces news over its WebSocket, and when the network returns;
 * failures back off (1 s doubling to 30 s). State for the header: offline, syncing, synced, waiting, conflicts.
 */
import { liveMessageSchema, PULL_DEFAULT_LIMIT, PUSH_MAX_OPERATIONS } from '../../shared/sync/protocol';
import { changesSubscribe } from '../db/changes';
import { outboxBatches, syncCounts, syncCursorGet, type HubConfig } from '../db/hub-config';
import type { Session } from '../db/session';
import { operationsApply, outboxAcknowledge } from '../db/sync-apply';
import { hubLiveOpen, hubPull, hubPush, type HubFailure } from './hub-api';

export type SyncPhase = 'offline' | 'syncing' | 'synced' | 'error';

export interface SyncStatus {
  phase: SyncPhase;
  lastSyncedAt: number | null;
  /** Local changes the hub has not acknowledged yet. */
  pending: number;
  conflicts: number;
  error: HubFailure | null;
  teamName: string;
  hubUrl: string;
}

const LOCAL_CHANGE_DELAY_MS = 150;
const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000];

class SyncFailure extends Error {
  constructor(readonly code: HubFailure) {
    super(code);
  }
}

export class SyncEngine {
  private status: SyncStatus;
  private readonly listeners = new Set<() => void>();
  private running = false;
  private again = false;
  private stopped = true;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private socket: WebSocket | null = null;
  private cleanups: (() => void)[] = [];

  constructor(
    private readonly session: Session,
    private readonly hub: HubConfig,
  ) {
    this.status = {
      phase: 'syncing',
      lastSyncedAt: null,
      pending: 0,
      conflicts: 0,
      error: null,
      teamName: hub.teamName,
      hubUrl: hub.url,
    };
  }

  get = (): SyncStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.cleanups.push(
      changesSubscribe((change) => {
        if (change.origin === 'remote') return;
        void this.counts();
        this.schedule(LOCAL_CHANGE_DELAY_MS);
      }),
    );
    if (typeof window !== 'undefined') {
      const online = () => {
        this.failures = 0;
        this.schedule(0);
      };
      const offline = () => this.update({ phase: 'offline' });
      window.addEventListener('online', online);
      window.addEventListener('offline', offline);
      this.cleanups.push(() => {
        window.removeEventListener('online', online);
        window.removeEventListener('offline', offline);
      });
    }
    this.liveConnect();
    void this.sync();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.socket?.close();
    this.socket = null;
  }

  /** Sync now (or right after the sync under way). Resolves when this round is done. */
  async sync(): Promise<void> {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.update({ phase: 'syncing' });
    try {
      // Pushing and pulling do not wait for each other: others' operations are applied while this
      // device's own go out. Own operations that come back before their acknowledgement is stored are
      // still in the outbox, and applying skips them.
      const [pushed, pulled] = await Promise.allSettled([this.pushAll(), this.pullAll()]);
      if (pushed.status === 'rejected') throw pushed.reason;
      if (pulled.status === 'rejected') throw pulled.reason;
      this.failures = 0;
      this.update({ phase: 'synced', lastSyncedAt: Date.now(), error: null });
      if (!this.socket) this.liveConnect();
    } catch (error) {
      const code: HubFailure = error instanceof SyncFailure ? error.code : 'hub.unreachable';
      this.update({ phase: code === 'hub.unreachable' ? 'offline' : 'error', error: code });
      this.schedule(BACKOFF_MS[Math.min(this.failures++, BACKOFF_MS.length - 1)]!);
      if (!this.socket) this.liveConnect();
    } finally {
      this.running = false;
      await this.counts();
      if (this.again && !this.stopped) {
        this.again = false;
        void this.sync();
      }
    }
  }

  /**
   * Sends the outbox in order, at most PUSH_MAX_OPERATIONS per push. A batch (one write transaction)
   * leaves the outbox once the hub has acknowledged all of its operations; a large one takes several
   * pushes, and after a failure it is sent again whole (the hub ignores operations it already has).
   */
  private async pushAll(): Promise<void> {
    const { db } = this.session;
    for (;;) {
      const batches = await outboxBatches(db, PUSH_MAX_OPERATIONS);
      if (batches.length === 0) return;
      const operations = batches.flatMap((b) => b.operations);
      let end = 0;
      const ends = batches.map((b) => (end += b.operations.length));
      let done = 0;
      for (let sent = 0; sent < operations.length;) {
        const pushed = await hubPush(this.hub, operations.slice(sent, sent + PUSH_MAX_OPERATIONS));
        if (!pushed.ok) throw new SyncFailure(pushed.code);
        sent += PUSH_MAX_OPERATIONS;
        const complete = ends.filter((e) => e <= sent).length;
        if (complete > done) await outboxAcknowledge(db, batches.slice(done, complete));
        done = complete;
      }
    }
  }

  /** Pulls page after page; the next page is fetched while the current one is applied. */
  private async pullAll(): Promise<void> {
    const pull = (after: number) => hubPull(this.hub, after, PULL_DEFAULT_LIMIT);
    let next = pull(await syncCursorGet(this.session.db));
    for (;;) {
      const pulled = await next;
      if (!pulled.ok) throw new SyncFailure(pulled.code);
      const { operations, more } = pulled.value;
      const last = operations.at(-1)?.seq;
      if (last === undefined) return;
      if (more) next = pull(last);
      await operationsApply(this.session, operations, last);
      if (!more) return;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.sync();
    }, delayMs);
  }

  private liveConnect(): void {
    if (this.stopped || typeof WebSocket === 'undefined') return;
    let socket: WebSocket;
    try {
      socket = hubLiveOpen(this.hub);
    } catch {
      return;
    }
    this.socket = socket;
    socket.addEventListener('message', (event: MessageEvent) => {
      let data: unknown = null;
      try {
        data = typeof event.data === 'string' ? JSON.parse(event.data) : null;
      } catch {
        return;
      }
      const message = liveMessageSchema.safeParse(data);
      if (message.success) void this.onHead(message.data.head);
    });
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      // Reconnect with the same backoff as syncing; a successful sync round reconnects at once.
      if (!this.stopped)
        setTimeout(
          () => !this.socket && this.liveConnect(),
          BACKOFF_MS[Math.min(this.failures, BACKOFF_MS.length - 1)]!,
        );
    });
  }

  private async onHead(head: number): Promise<void> {
    if (head > (await syncCursorGet(this.session.db))) void this.sync();
  }

  private async counts(): Promise<void> {
    this.update(await syncCounts(this.session.db));
  }

  private update(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const listener of this.listeners) listener();
  }
}
