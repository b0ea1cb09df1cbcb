/**
 * Loads the built bundle (dist/Code.js) as a script in a fresh vm context whose globals are the emulated services.
 * Inside, `Date` follows the simulated clock and cells come back as the context's own Dates, so `instanceof`
 * holds. Each call is one execution: its locks are released when it ends, as Apps Script does, and its cost is
 * recorded (`env.cost.last()`, `env.cost.total()`; the model is in cost.ts). Triggers run as the account that
 * created them; `call` runs as the current user and also reaches private functions (names ending in `_`, not
 * top-level in Apps Script) the way the script editor's Run does, for the CLI and tests.
 */
import gasLocal from 'gas-local';
import { dirname, resolve as resolvePath } from 'node:path';
import vm from 'node:vm';
import type { GasEnvironment } from './index';
import { dueTriggers } from './script-app';

export interface Bundle {
  context: vm.Context;
  functions(): string[];
  call(name: string, ...args: unknown[]): unknown;
  fireTrigger(handler: string, event?: Record<string, unknown>): unknown;
  /** Fires the time triggers due up to `untilMs`, moving the clock to each firing time, each as its owner. */
  runDueTriggers(untilMs: number): { handler: string; at: number; owner: string }[];
  /** True when `name` is a top-level function (what google.script.run and menus can reach). */
  isPublic(name: string): boolean;
  /** A person submits the form: fires the installed spreadsheet onFormSubmit triggers with the event. */
  submitForm(formId: string, answers: Record<string, string>): unknown[];
}

const CLOCK_DATE = `
(function (RealDate) {
  function ClockDate() {
    var args = Array.prototype.slice.call(arguments);
    if (!(this instanceof ClockDate)) return new RealDate(__afterdeskClock()).toString();
    var d = args.length === 0 ? new RealDate(__afterdeskClock()) : new (Function.prototype.bind.apply(RealDate, [null].concat(args)))();
    Object.setPrototypeOf(d, ClockDate.prototype);
    return d;
  }
  ClockDate.prototype = RealDate.prototype;
  ClockDate.now = function () { return __afterdeskClock(); };
  ClockDate.UTC = RealDate.UTC;
  ClockDate.parse = RealDate.parse;
  globalThis.Date = ClockDate;
})(Date);
`;

export function loadBundle(env: GasEnvironment, codePath: string): Bundle {
  const sandbox: Record<string, unknown> = {
    ...env.globals,
    console: { log: (...a: unknown[]) => env.logs.push(a.map(String).join(' ')), info: (...a: unknown[]) => env.logs.push(a.map(String).join(' ')), warn: (...a: unknown[]) => env.logs.push(`WARN ${a.map(String).join(' ')}`), error: (...a: unknown[]) => env.logs.push(`ERROR ${a.map(String).join(' ')}`) },
    __afterdeskClock: () => env.emu.now,
  };
  const context = vm.createContext(sandbox, { name: 'AfterDesk bundle' });
  vm.runInContext(CLOCK_DATE, context);
  env.emu.setRealmDate(vm.runInContext('Date', context) as DateConstructor);
  const before = new Set(vm.runInContext('Object.getOwnPropertyNames(globalThis)', context) as string[]);
  // gas-local loads the script files of a folder into a vm context the way Apps Script concatenates a project's
  // files. Handed the context made above (already contextified, so vm returns it as is), it keeps the
  // clock-bound Date and the realm rules; only the bundle file itself is loaded.
  gasLocal.require(dirname(codePath), context, { filter: (file: string) => resolvePath(file) === resolvePath(codePath) });
  const functions = (vm.runInContext(
    `Object.getOwnPropertyNames(globalThis).filter(function (k) { return typeof globalThis[k] === 'function'; })`,
    context,
  ) as string[]).filter((k) => !before.has(k));
  const toContext = (args: unknown[]) => {
    (context as Record<string, unknown>)['__args'] = JSON.stringify(args, (_k, v) => (v === undefined ? null : v));
    return vm.runInContext('JSON.parse(__args)', context) as unknown[];
  };
  const fromContext = (v: unknown) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
  const internal = (vm.runInContext('typeof __AfterDesk === "object" ? __AfterDesk : {}', context) ?? {}) as Record<string, unknown>;
  const resolve = (name: string): ((...a: unknown[]) => unknown) => {
    const top = (context as Record<string, unknown>)[name];
    if (typeof top === 'function' && functions.includes(name)) return top as (...a: unknown[]) => unknown;
    for (const n of [name, `${name}_`]) if (typeof internal[n] === 'function') return internal[n] as (...a: unknown[]) => unknown;
    throw new Error(`${name} is not a function of the bundle`);
  };
  const execute = (name: string, args: unknown[], raw = false, as?: { owner: string; trigger: boolean }) => {
    const fn = resolve(name);
    const run = () => {
      // An execution may start inside another's service call (the interleaving scheduler, faults/): the outer
      // one carries on under its own id when the inner one ends.
      const outer = env.locks.execution;
      const id = env.locks.beginExecution();
      env.emu.cost.begin(name);
      try {
        const out = fn.apply(context, raw ? args : toContext(args));
        return fromContext(out);
      } finally {
        env.emu.cost.end();
        env.locks.endExecution(id);
        env.locks.execution = outer;
      }
    };
    return as ? env.accounts.runAs(as.owner, as.trigger, run) : run();
  };
  const ownerOfHandler = (handler: string) => {
    const t = env.triggers.find((x) => x.handler === handler);
    return { owner: t?.owner || env.accounts.owner, trigger: true };
  };
  const bundle: Bundle = {
    context,
    functions: () => functions.slice(),
    call: (name, ...args) => execute(name, args),
    isPublic: (name) => functions.includes(name),
    fireTrigger: (handler, event = {}) => execute(handler, [{ authMode: 'FULL', ...event }], false, ownerOfHandler(handler)),
    runDueTriggers: (untilMs) => {
      const fired: { handler: string; at: number; owner: string }[] = [];
      for (const { trigger, at: due } of dueTriggers(env.triggers, untilMs)) {
        // A fault plan (faults/) may make Google fire a trigger late, or twice.
        const at = Math.max(env.clock.now(), due + (env.triggerFaults?.delayMs(trigger.handler) ?? 0));
        const times = env.triggerFaults?.twice(trigger.handler) ? 2 : 1;
        for (let k = 0; k < times; k++) {
          env.clock.set(Math.max(env.clock.now(), at));
          const d = new Date(at);
          const owner = trigger.owner || env.accounts.owner;
          execute(trigger.handler, [{ authMode: 'FULL', triggerUid: trigger.id, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, 'day-of-month': d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), timezone: 'UTC' }], false, { owner, trigger: true });
          fired.push({ handler: trigger.handler, at, owner });
        }
      }
      env.clock.set(Math.max(env.clock.now(), untilMs));
      return fired;
    },
    submitForm: (formId, answers) => {
      const event = env.forms.submitAsUser(formId, answers);
      const handlers = env.triggers.filter((t) => t.kind === 'ON_FORM_SUBMIT' && (t.sourceId === env.emu.book.id || t.sourceId === formId));
      return handlers.map((t) => {
        // The event carries a live Range: pass it as is (not JSON-cloned).
        const e = { ...event, triggerUid: t.id, values: toContext([event.values])[0], namedValues: toContext([event.namedValues])[0] };
        return execute(t.handler, [e], true, { owner: t.owner || env.accounts.owner, trigger: true });
      });
    },
  };
  return bundle;
}
