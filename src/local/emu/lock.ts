/**
 * LockService with a contention model. JS cannot interleave two executions, so tests drive contention: a lock
 * can be held by another execution until a simulated time (`holdBy`), and a hook can run a whole other execution
 * just before this one obtains a free lock (`onAcquire`).
 */
import type { Emu } from './emu';

interface LockState {
  holder: string | null;
  until: number;
}

export class LockControl {
  readonly states = new Map<string, LockState>();
  private hooks: ((kind: string) => void)[] = [];
  execution = 'exec-0';
  private seq = 0;
  inHook = false;

  constructor(private emu: Emu) {}

  /** Another execution holds `kind` ('document' | 'script' | 'user') until `untilMs`. */
  holdBy(executionId: string, untilMs: number, kind = 'document'): void {
    this.states.set(kind, { holder: executionId, until: untilMs });
  }

  /** Runs `hook` (e.g. another submission) just before the current execution obtains a free lock. */
  onAcquire(hook: (kind: string) => void): () => void {
    this.hooks.push(hook);
    return () => {
      this.hooks = this.hooks.filter((h) => h !== hook);
    };
  }

  clearHooks(): void {
    this.hooks = [];
  }

  beginExecution(): string {
    this.execution = `exec-${++this.seq}`;
    return this.execution;
  }

  /** Apps Script releases an execution's locks when it ends. */
  endExecution(id: string): void {
    for (const [k, s] of this.states) if (s.holder === id) this.states.delete(k);
  }

  acquire(kind: string, timeoutMs: number): boolean {
    const me = this.execution;
    const s = this.states.get(kind);
    if (s && s.holder === me) return true;
    if (s && s.holder !== null && s.holder !== me) {
      if (s.until <= this.emu.now + timeoutMs) {
        this.emu.now = Math.max(this.emu.now, s.until);
        this.states.delete(kind);
      } else {
        this.emu.now += timeoutMs;
        return false;
      }
    }
    if (this.hooks.length && !this.inHook) {
      const hooks = this.hooks.slice();
      this.inHook = true;
      try {
        for (const h of hooks) {
          const outer = this.execution;
          h(kind);
          this.execution = outer;
        }
      } finally {
        this.inHook = false;
      }
    }
    this.states.set(kind, { holder: me, until: Infinity });
    return true;
  }

  release(kind: string): void {
    const s = this.states.get(kind);
    if (s && s.holder === this.execution) this.states.delete(kind);
  }

  has(kind: string): boolean {
    return this.states.get(kind)?.holder === this.execution;
  }
}

export function makeLockService(emu: Emu, control: LockControl) {
  const lock = (kind: string) =>
    emu.wrap({
      tryLock: (ms: number) => control.acquire(kind, ms),
      waitLock: (ms: number) => {
        if (!control.acquire(kind, ms)) throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
      },
      hasLock: () => control.has(kind),
      releaseLock: () => control.release(kind),
    }, 'Lock');
  return emu.wrap({
    getDocumentLock: () => lock('document'),
    getScriptLock: () => lock('script'),
    getUserLock: () => lock('user'),
  }, 'LockService');
}
