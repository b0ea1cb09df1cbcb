/**
 * Google accounts in the emulator: who runs an execution (the person clicking, or a trigger's creator), what each
 * account granted on the consent screen, its mail quota, and which protected cells it may write.
 */
import type { Emu } from './emu';
import type { ProtectionSpec, SheetData } from './sheet-data';

export const SCOPES = {
  sheets: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  ui: 'https://www.googleapis.com/auth/script.container.ui',
  mail: 'https://www.googleapis.com/auth/script.send_mail',
  triggers: 'https://www.googleapis.com/auth/script.scriptapp',
  forms: 'https://www.googleapis.com/auth/forms',
  email: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

export interface AccountState {
  email: string;
  /** Scopes this account left unticked on the granular consent screen. */
  declined: string[];
  /** Recipients a day: 100 for a consumer (gmail.com) account, 1,500 for Workspace, unless set. */
  mailQuota: number | null;
  mailUsedToday: number;
  mailDay: string;
}

export interface Execution {
  /** The account the code runs as (Session.getEffectiveUser). */
  effective: string;
  /** A trigger fired it: it runs as the trigger's creator with no person at the keyboard. */
  trigger: boolean;
}

const CONSUMER = /@(gmail|googlemail)\.com$/i;

export const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

export class Accounts {
  readonly byEmail = new Map<string, AccountState>();
  /** The account that owns the spreadsheet and its bound script (it created them). */
  owner: string;
  trigger = false;

  constructor(private emu: Emu, owner: string, private defaultQuota: number | null) {
    this.owner = owner;
  }

  get(email: string): AccountState {
    const key = email.toLowerCase();
    let a = this.byEmail.get(key);
    if (!a) {
      a = { email, declined: [], mailQuota: null, mailUsedToday: 0, mailDay: '' };
      this.byEmail.set(key, a);
    }
    return a;
  }

  current(): AccountState {
    return this.get(this.emu.userEmail);
  }

  decline(email: string, ...scopes: string[]): void {
    const a = this.get(email);
    a.declined = [...new Set([...a.declined, ...scopes])];
  }

  grant(email: string, ...scopes: string[]): void {
    const a = this.get(email);
    a.declined = a.declined.filter((s) => !scopes.includes(s));
  }

  granted(scope: string, email = this.emu.userEmail): boolean {
    return !this.get(email).declined.includes(scope);
  }

  /** Apps Script's error when a call needs a scope the user did not grant. */
  requireScope(scope: string, call: string): void {
    if (!this.granted(scope)) throw new Error(`Exception: You do not have permission to call ${call}. Required permissions: ${scope}`);
  }

  mailQuota(email: string): number {
    const a = this.get(email);
    return a.mailQuota ?? this.defaultQuota ?? (CONSUMER.test(email) ? 100 : 1500);
  }

  /**
   * Session.getActiveUser(): blank in a trigger unless its creator shares the script owner's Workspace domain
   * (consumer accounts never do), as the reference says of contexts running without the person's authorization.
   */
  activeUserEmail(): string {
    const me = this.emu.userEmail;
    if (!this.trigger) return me;
    const sameWorkspace = !CONSUMER.test(me) && !CONSUMER.test(this.owner) && domainOf(me) === domainOf(this.owner);
    return sameWorkspace ? me : '';
  }

  /** Runs `fn` as `email` (a trigger when `trigger`), restoring the previous execution afterwards. */
  runAs<T>(email: string, trigger: boolean, fn: () => T): T {
    const before: Execution = { effective: this.emu.userEmail, trigger: this.trigger };
    this.emu.userEmail = email;
    this.trigger = trigger;
    try {
      return fn();
    } finally {
      this.emu.userEmail = before.effective;
      this.trigger = before.trigger;
    }
  }

  /** Throws as Sheets does when a protection that is not warning-only binds the running account. */
  checkEdit(data: SheetData, r: number, c: number, nr: number, nc: number): void {
    for (const p of data.protections) {
      if (!binds(p, this.emu.userEmail, this.owner)) continue;
      const hit = p.range === null || (p.range.r < r + nr && r < p.range.r + p.range.nr && p.range.c < c + nc && c < p.range.c + p.range.nc);
      if (hit) throw new Error('Exception: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.');
    }
  }

  toJSON(): { owner: string; accounts: AccountState[] } {
    return { owner: this.owner, accounts: [...this.byEmail.values()] };
  }

  restore(saved: { owner?: string; accounts?: AccountState[] } | undefined): void {
    if (!saved) return;
    if (saved.owner) this.owner = saved.owner;
    for (const a of saved.accounts ?? []) this.byEmail.set(a.email.toLowerCase(), { ...a });
  }
}

/**
 * A protection binds an account unless it is warning-only, its editor list was never narrowed (a new protection
 * mirrors the spreadsheet's sharing until the script edits the list), the account is on it, or owns the file.
 */
export function binds(p: ProtectionSpec, email: string, owner: string): boolean {
  const editors = (p as ProtectionSpec & { editors?: string[] | null }).editors;
  if (p.warningOnly || editors === undefined || editors === null) return false;
  const me = email.toLowerCase();
  return me !== owner.toLowerCase() && !editors.some((e) => e.toLowerCase() === me);
}

/** Wraps a service so each method first checks the running account granted `scope` (constants pass through). */
export function gated<T extends object>(emu: Emu, service: T, name: string, scope: string, free: string[] = []): T {
  return new Proxy(service, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string' || free.includes(prop)) return value;
      return (...args: unknown[]) => {
        emu.accounts.requireScope(scope, `${name}.${prop}`);
        return (value as (...a: unknown[]) => unknown).apply(obj, args);
      };
    },
  });
}
