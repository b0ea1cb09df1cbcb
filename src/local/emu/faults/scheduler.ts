/**
 * A deterministic interleaving scheduler. JS cannot run two executions at once, so at a service-call boundary
 * of a running execution A the scheduler may (seeded) run a pending execution B to completion, nested, before
 * A's call goes ahead. B is a new execution (runtime.ts gives it its own id and restores A's after), runs as
 * its own account, and sees the locks as they are: if A holds the document lock B's wait times out with the
 * real outcome (tryLock false → "busy", waitLock → "Lock timeout…"); if not, B's writes land between A's reads
 * and its writes — the races that matter.
 */
import { mulberry32 } from '../../random';
import type { GasEnvironment } from '../index';

export interface PendingExecution {
  label: string;
  /** Runs the execution to its end; must not throw (it records its own outcome). */
  run(): void;
}

export interface InterleaveOptions {
  seed?: number;
  /** Probability, at each service call inside an execution, of running a pending one there. */
  rate?: number;
  /** How deep executions may nest (1: B inside A, never C inside B). */
  maxDepth?: number;
  /** Only at calls whose name passes (default: every call). */
  at?: (name: string) => boolean;
}

export class Interleaver {
  readonly pending: PendingExecution[] = [];
  /** How many executions ran inside another, and at which calls (the last 200). */
  interleavings = 0;
  readonly log: { label: string; call: string; inside: string }[] = [];
  enabled = true;
  private rng: () => number;
  private nested = 0;
  private remove: (() => void) | null = null;

  constructor(private env: GasEnvironment, private opts: InterleaveOptions = {}) {
    this.rng = mulberry32(opts.seed ?? 2);
  }

  arm(): this {
    if (!this.remove) this.remove = this.env.emu.calls.hook({ before: (n) => this.before(n) });
    return this;
  }

  disarm(): void {
    this.remove?.();
    this.remove = null;
  }

  /** Queues an execution to run inside a later call (or by `drain`). */
  add(p: PendingExecution): void {
    this.pending.push(p);
  }

  /** Runs what is still pending, one after another (not nested). */
  drain(): void {
    while (this.pending.length) this.pending.shift()!.run();
  }

  private before(name: string): void {
    if (!this.enabled || this.pending.length === 0 || this.env.emu.cost.depth === 0) return;
    if (this.nested >= (this.opts.maxDepth ?? 1)) return;
    if (this.opts.at && !this.opts.at(name)) return;
    if (this.rng() >= (this.opts.rate ?? 0)) return;
    const next = this.pending.shift()!;
    const inside = this.env.locks.execution;
    this.interleavings++;
    this.log.push({ label: next.label, call: name, inside });
    if (this.log.length > 200) this.log.shift();
    this.nested++;
    try {
      next.run();
    } finally {
      this.nested--;
    }
  }
}
