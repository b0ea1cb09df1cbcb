/** Counts every public method call on the emulated services, per `Service.method`. */

/**
 * Sees every service call: `before` runs ahead of it (it may throw: the call is not carried out, or move the
 * clock), `after` once it returned (it may throw: the call's effect landed but the script sees an error).
 * The deadline (deadline.ts) and the fault plan (faults/) hook in here.
 */
export interface CallHook {
  before?(name: string): void;
  after?(name: string): void;
}

export class CallCounter {
  private counts = new Map<string, number>();
  private hooks: CallHook[] = [];

  hit(name: string): void {
    for (const h of this.hooks.slice()) h.before?.(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** Runs the `after` hooks of a call that returned. */
  done(name: string): void {
    for (const h of this.hooks.slice()) h.after?.(name);
  }

  /** Adds a hook; returns its removal. */
  hook(h: CallHook): () => void {
    this.hooks.push(h);
    return () => {
      this.hooks = this.hooks.filter((x) => x !== h);
    };
  }

  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** Sum of the counts whose names start with one of the prefixes (all when none given). */
  total(...prefixes: string[]): number {
    let n = 0;
    for (const [k, v] of this.counts) if (prefixes.length === 0 || prefixes.some((p) => k.startsWith(p))) n += v;
    return n;
  }

  /** Calls to the Spreadsheet service and its objects. */
  spreadsheet(): number {
    return this.total('SpreadsheetApp.', 'Spreadsheet.', 'Sheet.', 'Range.', 'Protection.', 'EmbeddedChartBuilder.', 'DataValidationBuilder.', 'ConditionalFormatRuleBuilder.');
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort());
  }

  reset(): void {
    this.counts.clear();
  }
}

/** Receives each counted call with the size of the range it acts on (the cost model, cost.ts). */
export interface CallListener {
  call(name: string, cells: number, args: unknown[]): void;
}

/** Wraps an object so each method call is counted as `service.method`. Builders returning `this` stay wrapped. */
export function counted<T extends object>(target: T, service: string, calls: CallCounter, listener?: CallListener): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string' || prop.startsWith('_') || prop === 'constructor') return value;
      return function (this: unknown, ...args: unknown[]) {
        calls.hit(`${service}.${prop}`);
        if (listener) {
          const o = obj as { nr?: unknown; nc?: unknown };
          listener.call(`${service}.${prop}`, typeof o.nr === 'number' && typeof o.nc === 'number' ? o.nr * o.nc : 0, args);
        }
        const out = (value as (...a: unknown[]) => unknown).apply(obj, args);
        calls.done(`${service}.${prop}`);
        return out === obj ? receiver : out;
      };
    },
  });
}
