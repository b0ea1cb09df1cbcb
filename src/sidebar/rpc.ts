/** A typed promise wrapper over google.script.run, derived from the server's SidebarApi. */
import type { SidebarApi } from '../shared/dto';
import type { ApiError, ApiResult } from '../shared/result';

type Data<R> = R extends { ok: true; data: infer T } ? T : never;

interface Runner {
  withSuccessHandler(f: (r: unknown) => void): Runner;
  withFailureHandler(f: (e: Error) => void): Runner;
  [fn: string]: unknown;
}

declare const google: { script: { run: Runner } };

export class RpcError extends Error {
  constructor(readonly error: ApiError) {
    super(error.en);
  }
}

/** Calls a server function; resolves with its data, rejects with the bilingual error (and the field at fault). */
export function call<K extends keyof SidebarApi>(name: K, ...args: Parameters<SidebarApi[K]>): Promise<Data<ReturnType<SidebarApi[K]>>> {
  return new Promise((resolve, reject) => {
    // A fresh runner each call: every withSuccessHandler returns a configured copy.
    const runner = google.script.run
      .withSuccessHandler((r: unknown) => {
        const res = r as ApiResult<unknown>;
        if (res && res.ok === false) reject(new RpcError(res.error));
        else resolve((res as { data: unknown }).data as Data<ReturnType<SidebarApi[K]>>);
      })
      .withFailureHandler((e: Error) => reject(new RpcError({ key: 'server', en: e?.message ?? String(e), zh: e?.message ?? String(e) })));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
