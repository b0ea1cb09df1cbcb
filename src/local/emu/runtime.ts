/**
 * Loads the built bundle (dist/Code.js) as a script in a fresh vm context whose globals are the emulated services.
 * Inside, `Date` follows the simulated clock and cells come back as the context's own Dates, so `instanceof`
 * holds. Each call is one execution: its locks are released when it ends, as Apps Script does, and its cost is
 * recorded (`env.cost.last()`, `env.cost.total()`; the model is in cost.ts).
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import type { GasEnvironment } from './index';
import { dueTriggers } from './script-app';

export interface Bundle {
  context: vm.Context;
  functions(): string[];
  call(name: string, ...args: unknown[]): unknown;
  fireTrigger(handler: string, event?: Record<string, unknown>): unknown;
  /** Fires the time triggers due up to `untilMs`, moving the clock to each firing time. */
  runDueTriggers(untilMs: number): { handler: string; at: number }[];
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
  const code = readFileSync(codePath, 'utf8');
  const sandbox: Record<string, unknown> = {
    ...env.globals,
    console: { log: (...a: unknown[]) => env.logs.push(a.map(String).join(' ')), info: (...a: unknown[]) => env.logs.push(a.map(String).join(' ')), warn: (...a: unknown[]) => env.logs.push(`WARN ${a.map(String).join(' ')}`), error: (...a: unknown[]) => env.logs.push(`ERROR ${a.map(String).join(' ')}`) },
    __afterdeskClock: () => env.emu.now,
  };
  const context = vm.createContext(sandbox, { name: 'AfterDesk bundle' });
  vm.runInContext(CLOCK_DATE, context);
  env.emu.setRealmDate(vm.runInContext('Date', context) as DateConstructor);
  const before = new Set(vm.runInContext('Object.getOwnPropertyNames(globalThis)', context) as string[]);
  vm.runInContext(code, context, { filename: 'Code.js' });
  const functions = (vm.runInContext(
    `Object.getOwnPropertyNames(globalThis).filter(function (k) { return typeof globalThis[k] === 'function'; })`,
    context,
  ) as string[]).filter((k) => !before.has(k));
  const toContext = (args: unknown[]) => {
    (context as Record<string, unknown>)['__args'] = JSON.stringify(args, (_k, v) => (v === undefined ? null : v));
    return vm.runInContext('JSON.parse(__args)', context) as unknown[];
  };
  const fromContext = (v: unknown) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
  const execute = (name: string, args: unknown[], raw = false) => {
    const fn = (context as Record<string, unknown>)[name];
    if (typeof fn !== 'function' || !functions.includes(name)) throw new Error(`${name} is not a top-level function of the bundle`);
    const id = env.locks.beginExecution();
    env.emu.cost.begin(name);
    try {
      const out = (fn as (...a: unknown[]) => unknown).apply(context, raw ? args : toContext(args));
      return fromContext(out);
    } finally {
      env.emu.cost.end();
      env.locks.endExecution(id);
    }
  };
  const bundle: Bundle = {
    context,
    functions: () => functions.slice(),
    call: (name, ...args) => execute(name, args),
    fireTrigger: (handler, event = {}) => execute(handler, [{ authMode: 'FULL', ...event }]),
    runDueTriggers: (untilMs) => {
      const fired: { handler: string; at: number }[] = [];
      for (const { trigger, at } of dueTriggers(env.triggers, untilMs)) {
        env.clock.set(at);
        const d = new Date(at);
        execute(trigger.handler, [{ authMode: 'FULL', triggerUid: trigger.id, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, 'day-of-month': d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), timezone: 'UTC' }]);
        fired.push({ handler: trigger.handler, at });
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
        return execute(t.handler, [e], true);
      });
    },
  };
  return bundle;
}
