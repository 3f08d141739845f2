/** Calling a bench page's API (the object it puts on `window` under `global`) from the harness. */
import type { Page } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any function: the API's own types check the call
type Methods<A> = { [K in keyof A]: (...args: any[]) => unknown };

export function pageCall<A extends Methods<A>, M extends keyof A & string>(
  page: Page,
  global: string,
  method: M,
  ...args: Parameters<A[M]>
): Promise<Awaited<ReturnType<A[M]>>> {
  return page.evaluate(
    ([g, m, a]) => {
      const api = (globalThis as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>)[g]!;
      return api[m]!(...a);
    },
    [global, method, args] as const,
  ) as Promise<Awaited<ReturnType<A[M]>>>;
}
