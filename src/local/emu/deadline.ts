/**
 * Apps Script's execution limit, on demand: after N more service calls every call throws "Exceeded maximum
 * execution time" (the call is not carried out), as when Google stops a script mid-way. Optionally each call
 * moves the clock, so a job that watches its time budget sees time pass. Tests arm it, run, then disarm.
 */
import type { GasEnvironment } from './index';

export const KILL_MESSAGE = 'Exceeded maximum execution time';

export interface Deadline {
  /** Calls made since arming. */
  readonly calls: number;
  /** Whether the limit was hit (a call was refused). */
  readonly killed: boolean;
  /** The calls made since arming, in order (`Service.method`), to aim kill points at writes. */
  readonly log: readonly string[];
  disarm(): void;
}

export function armDeadline(env: GasEnvironment, opts: { afterCalls?: number; msPerCall?: number } = {}): Deadline {
  const limit = opts.afterCalls ?? Infinity;
  const state = { calls: 0, killed: false };
  const log: string[] = [];
  const remove = env.emu.calls.hook({
    before(name) {
      if (state.calls >= limit) {
        state.killed = true;
        throw new Error(KILL_MESSAGE);
      }
      state.calls++;
      log.push(name);
      if (opts.msPerCall) env.emu.now += opts.msPerCall;
    },
  });
  return {
    get calls() {
      return state.calls;
    },
    get killed() {
      return state.killed;
    },
    log,
    disarm: remove,
  };
}
