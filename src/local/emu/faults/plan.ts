/**
 * A seeded fault plan for the emulator: hooked where every service call is counted (calls.ts), it makes calls
 * inside an execution fail with Apps Script's own messages, be slow, hit a quota, find a lock held, or kill the
 * execution (every later call of that execution then throws until it ends; its locks are released when it
 * ends, as runtime.ts does for every execution). Triggers can fire late or twice (runtime.ts runDueTriggers).
 * Tests force one fault at a chosen call with `force`; the soak draws them at a rate.
 */
import { mulberry32 } from '../../random';
import type { GasEnvironment, TriggerFaults } from '../index';
import { FAULT_KINDS, MESSAGES, isLockCall, isSheetsCall, quotaService, type FaultKind } from './messages';

export interface FaultOptions {
  seed?: number;
  /** Probability that a service call inside an execution gets a fault (0 = only forced faults). */
  rate?: number;
  /** Relative weights of the kinds drawn (a kind that cannot hit a call is skipped for it). */
  weights?: Partial<Record<FaultKind, number>>;
  /** Clock time a slow call takes, drawn between these (ms). */
  slowMs?: [number, number];
  /** Triggers: the chance a firing comes late (by up to `lateMs`), and the chance it fires twice. */
  triggerLate?: number;
  lateMs?: number;
  triggerTwice?: number;
}

export interface ForcedFault {
  kind: FaultKind;
  /** Which call: a `Service.method` name or a test on it (default: the next call that the kind can hit). */
  at?: string | ((name: string) => boolean);
  /** Skip this many matching calls first. */
  skip?: number;
}

/** An injected fault, for logs and the soak's report. */
export interface FaultEvent {
  kind: FaultKind | 'triggerLate' | 'triggerTwice';
  call: string;
  execution: string;
}

const DEFAULT_WEIGHTS: Record<FaultKind, number> = { quota: 1, lock: 2, kill: 3, failed: 2, timeoutBefore: 2, timeoutAfter: 3, slow: 3 };

export class FaultPlan implements TriggerFaults {
  readonly counts: Record<FaultEvent['kind'], number> = { quota: 0, lock: 0, kill: 0, failed: 0, timeoutBefore: 0, timeoutAfter: 0, slow: 0, triggerLate: 0, triggerTwice: 0 };
  readonly log: FaultEvent[] = [];
  /** Drawn faults on or off (forced ones always apply); the soak turns them off for its own set-up. */
  enabled = true;
  private rng: () => number;
  private killed = new Set<string>();
  private faulted = new Set<string>();
  private forced: ForcedFault[] = [];
  private pendingAfter: { call: string; execution: string; message: string }[] = [];
  private ghost = false;
  private remove: (() => void) | null = null;
  private readonly weights: Record<FaultKind, number>;

  constructor(private env: GasEnvironment, private opts: FaultOptions = {}) {
    this.rng = mulberry32(opts.seed ?? 1);
    this.weights = { ...DEFAULT_WEIGHTS, ...(opts.weights ?? {}) };
  }

  /** Hooks the plan into the emulator (service calls and trigger firings); returns the plan. */
  arm(): this {
    if (this.remove) return this;
    const off = this.env.emu.calls.hook({ before: (n) => this.before(n), after: (n) => this.after(n) });
    this.env.triggerFaults = this;
    this.remove = () => {
      off();
      if (this.env.triggerFaults === this) this.env.triggerFaults = null;
    };
    return this;
  }

  disarm(): void {
    this.remove?.();
    this.remove = null;
    this.clearGhost();
  }

  /** The next matching call gets this fault. */
  force(f: ForcedFault): void {
    this.forced.push({ ...f });
  }

  /** True when the execution was killed. */
  isKilled(execution: string): boolean {
    return this.killed.has(execution);
  }

  /** True when any fault hit the execution (its outcome cannot be trusted blindly). */
  wasFaulted(execution: string): boolean {
    return this.faulted.has(execution);
  }

  get total(): number {
    return Object.values(this.counts).reduce((a, b) => a + b, 0);
  }

  // ── Triggers ──
  delayMs(handler: string): number {
    if (!this.enabled || !this.opts.triggerLate || this.rng() >= this.opts.triggerLate) return 0;
    this.note('triggerLate', handler);
    return Math.floor(this.rng() * (this.opts.lateMs ?? 30 * 60_000)) + 60_000;
  }

  twice(handler: string): boolean {
    if (!this.enabled || !this.opts.triggerTwice || this.rng() >= this.opts.triggerTwice) return false;
    this.note('triggerTwice', handler);
    return true;
  }

  // ── Service calls ──
  private get execution(): string {
    return this.env.locks.execution;
  }

  private before(name: string): void {
    this.clearGhost();
    if (this.env.emu.cost.depth === 0) return; // a test or the soak touching the workbook, not an execution
    const exec = this.execution;
    if (this.killed.has(exec)) throw new Error(MESSAGES.kill);
    const kind = this.takeForced(name) ?? this.draw(name);
    if (!kind) return;
    this.apply(kind, name, exec);
  }

  private after(name: string): void {
    const i = this.pendingAfter.findIndex((p) => p.call === name && p.execution === this.execution);
    if (i < 0) return;
    const [p] = this.pendingAfter.splice(i, 1);
    throw new Error(p!.message);
  }

  private takeForced(name: string): FaultKind | null {
    for (let i = 0; i < this.forced.length; i++) {
      const f = this.forced[i]!;
      const at = f.at;
      const matches = at === undefined ? canHit(f.kind, name) : typeof at === 'string' ? at === name : at(name);
      if (!matches) continue;
      if ((f.skip ?? 0) > 0) {
        f.skip!--;
        return null;
      }
      this.forced.splice(i, 1);
      return f.kind;
    }
    return null;
  }

  private draw(name: string): FaultKind | null {
    if (!this.enabled || !this.opts.rate || this.rng() >= this.opts.rate) return null;
    const kinds = FAULT_KINDS.filter((k) => this.weights[k] > 0 && canHit(k, name));
    const total = kinds.reduce((s, k) => s + this.weights[k], 0);
    let x = this.rng() * total;
    for (const k of kinds) {
      x -= this.weights[k];
      if (x < 0) return k;
    }
    return null;
  }

  private apply(kind: FaultKind, name: string, exec: string): void {
    this.note(kind, name);
    const id = this.env.emu.book.id;
    switch (kind) {
      case 'slow': {
        const [lo, hi] = this.opts.slowMs ?? [2_000, 25_000];
        this.env.emu.now += Math.floor(lo + this.rng() * (hi - lo));
        return;
      }
      case 'kill':
        this.killed.add(exec);
        throw new Error(MESSAGES.kill);
      case 'quota':
        throw new Error(MESSAGES.quota(quotaService(name) ?? 'unknown'));
      case 'failed':
        throw new Error(MESSAGES.failed(id));
      case 'timeoutBefore':
        throw new Error(MESSAGES.timedOut(id));
      case 'timeoutAfter':
        this.pendingAfter.push({ call: name, execution: exec, message: MESSAGES.timedOut(id) });
        return;
      case 'lock':
        // Another execution holds every lock for longer than any wait: tryLock waits its time out and returns
        // false, waitLock throws "Lock timeout…". The hold ends with this call (cleared at the next one).
        for (const k of ['document', 'script', 'user']) if (!this.env.locks.has(k)) this.env.locks.holdBy('ghost-execution', Infinity, k);
        this.ghost = true;
        return;
    }
  }

  private clearGhost(): void {
    if (!this.ghost) return;
    this.ghost = false;
    for (const [k, s] of [...this.env.locks.states]) if (s.holder === 'ghost-execution') this.env.locks.states.delete(k);
  }

  private note(kind: FaultEvent['kind'], call: string): void {
    this.counts[kind]++;
    const execution = this.execution;
    this.faulted.add(execution);
    this.log.push({ kind, call, execution });
    if (this.log.length > 1000) this.log.splice(0, 500);
  }
}

/** Whether a fault kind can hit this call. */
export function canHit(kind: FaultKind, name: string): boolean {
  switch (kind) {
    case 'quota':
      return quotaService(name) !== null;
    case 'lock':
      return isLockCall(name);
    case 'failed':
    case 'timeoutBefore':
    case 'timeoutAfter':
      return isSheetsCall(name);
    case 'kill':
    case 'slow':
      return true;
  }
}
