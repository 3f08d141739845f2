/** Runs the sync engine while this device belongs to a team, and lets the join dialog connect it. */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useApp } from '../app/session-context';
import { hubConfigGet, hubConfigSet, type HubConfig } from '../db/hub-config';
import { SyncEngine, type SyncStatus } from './engine';

interface SyncContextValue {
  engine: SyncEngine | null;
  connect(config: HubConfig): Promise<void>;
}

const SyncContext = createContext<SyncContextValue>({ engine: null, connect: async () => undefined });

export function SyncProvider({ children }: { children: ReactNode }) {
  const { session } = useApp();
  const [engine, setEngine] = useState<SyncEngine | null>(null);
  const current = useRef<SyncEngine | null>(null);

  const run = useCallback((next: SyncEngine | null) => {
    current.current?.stop();
    current.current = next;
    next?.start();
    setEngine(next);
  }, []);

  useEffect(() => {
    let cancelled = false;
    void hubConfigGet(session.db).then((config) => {
      if (!cancelled && config) run(new SyncEngine(session, config));
    });
    return () => {
      cancelled = true;
      current.current?.stop();
      current.current = null;
    };
  }, [session, run]);

  const connect = useCallback(
    async (config: HubConfig) => {
      await hubConfigSet(session.db, config);
      run(new SyncEngine(session, config));
    },
    [session, run],
  );

  const value = useMemo(() => ({ engine, connect }), [engine, connect]);
  return <SyncContext.Provider value={value}>{children}</SyncContext.Provider>;
}

export function useSync(): SyncContextValue {
  return useContext(SyncContext);
}

const noSubscribe = () => () => undefined;
const noStatus = () => null;

export function useSyncStatus(): SyncStatus | null {
  const { engine } = useSync();
  return useSyncExternalStore(engine?.subscribe ?? noSubscribe, engine?.get ?? noStatus);
}
