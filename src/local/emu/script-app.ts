/**
 * ScriptApp: installable triggers in a registry, each owned by the account that created it (20 per account),
 * listed only to their owner, fired as the simulated clock moves; granular-consent checks.
 */
import { SCOPES } from './accounts';
import type { Emu } from './emu';

/** Triggers saved before accounts were modelled belong to the spreadsheet's owner. */
export function ownerOf(t: TriggerSpec, emu: Emu): string {
  return (t.owner || emu.accounts.owner).toLowerCase();
}

export interface TriggerSpec {
  id: string;
  handler: string;
  kind: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';
  source: 'CLOCK' | 'SPREADSHEETS' | 'FORMS';
  sourceId: string;
  everyMs: number | null;
  atMs: number | null;
  nextAt: number | null;
  /** The account that created it: the trigger runs as this account and only it sees the trigger. */
  owner?: string;
}

const MAX_TRIGGERS = 20;

export function makeScriptApp(emu: Emu, triggers: TriggerSpec[]) {
  // Ids stay unique across reloads: continue above the highest saved sequence number.
  const nextSeq = () => triggers.reduce((m, t) => Math.max(m, Number(/^trigger-(\d+)-/.exec(t.id)?.[1] ?? 0)), 0) + 1;
  const add = (spec: Omit<TriggerSpec, 'id'>) => {
    const mine = triggers.filter((t) => ownerOf(t, emu) === emu.userEmail.toLowerCase());
    if (mine.length >= MAX_TRIGGERS) throw new Error('Exception: This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    const t = { ...spec, id: `trigger-${nextSeq()}-${Math.floor(emu.now / 1000)}`, owner: emu.userEmail };
    triggers.push(t);
    return api(t);
  };
  const api = (t: TriggerSpec) => ({
    getHandlerFunction: () => t.handler,
    getUniqueId: () => t.id,
    getEventType: () => t.kind,
    getTriggerSource: () => t.source,
    getTriggerSourceId: () => t.sourceId,
    _spec: t,
  });
  const newTrigger = (handler: string) => {
    const clock = () => {
      const s = { every: null as number | null, at: null as number | null, weekDay: null as string | null, hour: 0, tz: 'UTC' };
      const b = {
        everyMinutes: (n: number) => {
          if (![1, 5, 10, 15, 30].includes(n)) throw new Error('Exception: The value passed to everyMinutes must be 1, 5, 10, 15 or 30.');
          s.every = n * 60_000;
          return b;
        },
        everyHours: (n: number) => { s.every = n * 3_600_000; return b; },
        everyDays: (n: number) => { s.every = n * 86_400_000; return b; },
        everyWeeks: (n: number) => { s.every = n * 7 * 86_400_000; return b; },
        atHour: (h: number) => { s.hour = h; return b; },
        nearMinute: () => b,
        onWeekDay: (d: string) => { s.weekDay = String(d); s.every = 7 * 86_400_000; return b; },
        inTimezone: (tz: string) => { s.tz = tz; return b; },
        after: (ms: number) => { s.at = emu.now + ms; return b; },
        at: (d: Date) => { s.at = d.getTime(); return b; },
        create: () => add({ handler, kind: 'CLOCK', source: 'CLOCK', sourceId: '', everyMs: s.every, atMs: s.at, nextAt: s.at ?? (s.weekDay ? nextWeekly(emu.now, s.weekDay, s.hour, s.tz) : s.every ? emu.now + s.every : null) }),
      };
      return b;
    };
    const forSource = (source: 'SPREADSHEETS' | 'FORMS', id: string) => {
      const ev = (kind: TriggerSpec['kind']) => ({ create: () => add({ handler, kind, source, sourceId: id, everyMs: null, atMs: null, nextAt: null }) });
      return { onOpen: () => ev('ON_OPEN'), onEdit: () => ev('ON_EDIT'), onFormSubmit: () => ev('ON_FORM_SUBMIT'), onChange: () => ev('ON_CHANGE') };
    };
    return {
      timeBased: clock,
      forSpreadsheet: (ss: { getId(): string } | string) => forSource('SPREADSHEETS', typeof ss === 'string' ? ss : ss.getId()),
      forForm: (f: { getId(): string } | string) => forSource('FORMS', typeof f === 'string' ? f : f.getId()),
    };
  };
  return emu.wrap({
    newTrigger,
    getProjectTriggers: () => triggers.filter((t) => ownerOf(t, emu) === emu.userEmail.toLowerCase()).map(api),
    getUserTriggers: (source: { getId(): string }) => triggers.filter((t) => ownerOf(t, emu) === emu.userEmail.toLowerCase() && t.sourceId === source.getId()).map(api),
    deleteTrigger: (t: { getUniqueId(): string }) => {
      const i = triggers.findIndex((x) => x.id === t.getUniqueId() && ownerOf(x, emu) === emu.userEmail.toLowerCase());
      if (i >= 0) triggers.splice(i, 1);
    },
    getAuthorizationInfo: (_mode: string, scopes?: string[]) => {
      const wanted = scopes ?? Object.values(SCOPES);
      const missing = wanted.filter((sc) => !emu.accounts.granted(sc));
      return {
        getAuthorizationStatus: () => (missing.length ? 'REQUIRED' : 'NOT_REQUIRED'),
        getAuthorizationUrl: () => (missing.length ? 'https://script.google.com/macros/d/emulator-script/authorize' : null),
        getAuthorizedScopes: () => wanted.filter((sc) => emu.accounts.granted(sc)),
      };
    },
    requireScopes: (_mode: string, scopes: string[]) => {
      const missing = scopes.filter((sc) => !emu.accounts.granted(sc));
      if (missing.length) throw new Error(`Exception: Authorization is required to perform that action. Missing: ${missing.join(', ')}`);
    },
    requireAllScopes: () => {
      const missing = Object.values(SCOPES).filter((sc) => !emu.accounts.granted(sc));
      if (missing.length) throw new Error(`Exception: Authorization is required to perform that action. Missing: ${missing.join(', ')}`);
    },
    getOAuthToken: () => 'emulator-token',
    getScriptId: () => 'emulator-script',
    AuthorizationStatus: { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' },
    AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
    WeekDay: { MONDAY: 'MONDAY', TUESDAY: 'TUESDAY', WEDNESDAY: 'WEDNESDAY', THURSDAY: 'THURSDAY', FRIDAY: 'FRIDAY', SATURDAY: 'SATURDAY', SUNDAY: 'SUNDAY' },
    TriggerSource: { CLOCK: 'CLOCK', SPREADSHEETS: 'SPREADSHEETS', FORMS: 'FORMS' },
    EventType: { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT' },
  }, 'ScriptApp');
}

/** The next whole hour after `now` that is `hour` o'clock on `weekDay` (MONDAY …) in `timeZone` (onWeekDay().atHour()). */
export function nextWeekly(now: number, weekDay: string, hour: number, timeZone: string): number {
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'long', hour: 'numeric', hourCycle: 'h23' });
  for (let t = Math.floor(now / 3_600_000) * 3_600_000 + 3_600_000; t <= now + 8 * 86_400_000; t += 3_600_000) {
    const parts = Object.fromEntries(fmt.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
    if (parts['weekday']!.toUpperCase() === weekDay.toUpperCase() && Number(parts['hour']) === hour) return t;
  }
  return now + 7 * 86_400_000;
}

/** Time triggers due up to `untilMs`, in order, each with its firing time; advances their next firing. */
export function dueTriggers(triggers: TriggerSpec[], untilMs: number): { trigger: TriggerSpec; at: number }[] {
  const fired: { trigger: TriggerSpec; at: number }[] = [];
  for (;;) {
    const next = triggers.filter((t) => t.kind === 'CLOCK' && t.nextAt !== null && t.nextAt <= untilMs).sort((a, b) => a.nextAt! - b.nextAt!)[0];
    if (!next) break;
    fired.push({ trigger: next, at: next.nextAt! });
    if (next.everyMs) next.nextAt = next.nextAt! + next.everyMs;
    else {
      next.nextAt = null;
      triggers.splice(triggers.indexOf(next), 1);
    }
  }
  return fired;
}
