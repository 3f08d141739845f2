/** Makes the loaded session (database, device, member, clock) available to every component. */
import { createContext, useContext } from 'react';
import type { Session } from '../db/session';
import type { Platform } from '../platform';

export interface AppContextValue {
  session: Session;
  platform: Platform;
  /** Re-renders after the profile changes. */
  refresh(): void;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside <AppContext>');
  return value;
}
