/**
 * The soak's invariant checker, run after every step. Each invariant has a name; each evaluation of one counts
 * as one invariant check. Incremental where the tab is append-only (the Audit Log, the outbox).
 *
 * - ids-unique          Ticket IDs are unique across Tickets and the Archive.
 * - acked-once          every acknowledged ticket (not deleted by hand) is present exactly once.
 * - submission-once     a submission (a sidebar form filled once, retried any number of times) made at most one ticket.
 * - no-half-row         every Tickets row holding add-on data has its Ticket ID, Created At, Channel, Reason and
 *                       Status; every Audit Log row its time, ticket and field; every Mail Queue row its ID, To and
 *                       Status (cells a person typed junk into excepted).
 * - audit-created       every ticket the add-on created has its creation ("status") event in the Audit Log.
 * - audit-orphan        every ticket the Audit Log says was created exists (or was deleted by hand).
 * - acked-reply         every acknowledged reply is in the Audit Log.
 * - seq-counter         the stored ticket sequence is at least the highest ticket number in the tabs.
 * - index-open          when the Lookup Index covers every Tickets row and no cut-short save is pending in it,
 *                       its open counts equal the rows'.
 * - mail-once           no message went out more often than it was queued.
 * - mail-kept           Mail Queue rows never vanish, a sent/failed row never turns back, a row marked sent went out.
 * - user-cells          every cell a person typed in their own column is unchanged.
 * - archive-settled     an archive move cut short (its tickets in both Tickets and the Archive — the one window
 *                       ids-unique and acked-once allow across the two tabs) is finished within 3 hours (its
 *                       one-off continuation fires with the soak's next trigger run, which may itself be late or cut).
 * - approval-once       no two pending approvals ask for the same amount on the same ticket.
 * - journal-settled     a save cut short leaves its journal in the Lookup Index; the next acknowledged save
 *                       (or hourly run) finishes it. Until then that one ticket is exempt from no-half-row and
 *                       audit-created (the one window the add-on allows, and closes).
 */
import { STATUSES, enumKey } from '../../sheets-templates/enums';
import type { GasEnvironment } from '../../src/local/gas';
import type { Ledger } from './ledger';
import { isBlank, isDate, readTab, text, type TabView } from './read';
import { USER_COLUMN } from './world';

export interface Violation {
  invariant: string;
  detail: string;
}

const MARK = /#(S\d+)\b/;
/** Status cells read as open or not (the enum read once a distinct label). */
const OPEN_LABELS = new Map<string, boolean>();
const SEQ = /^T-(\d+)$/;

export class Checker {
  checks = 0;
  readonly byName = new Map<string, number>();
  private auditSeen = 0;
  private auditLast = '';
  private created = new Set<string>();
  private auditText = new Map<string, string[]>();
  private queueRows = 0;
  private queueFinal = new Map<string, string>();

  private mailState = '';
  private movingSince: number | null = null;

  /** True while the archive job's checkpoint names a move in flight. */
  private archiveMoving(): boolean {
    try {
      return !!JSON.parse(this.env.properties.document['afterdesk.job.archive'] ?? 'null')?.pending;
    } catch {
      return false;
    }
  }
  private pendingSeen: { key: string; saves: number } | null = null;

  constructor(private env: GasEnvironment, private ledger: Ledger, private acknowledgedSaves: () => number) {}

  /** The journal of a save cut short, still waiting in the Lookup Index's state cell: its key and tickets. */
  private pending(): { key: string; tickets: Set<string> } | null {
    const ix = readTab(this.env, 'Lookup Index');
    try {
      const p = JSON.parse(String(ix?.rows[0]?.[0] ?? '')).pending as { at: number; tickets: { ticketId: string }[] } | undefined;
      if (!p || !Array.isArray(p.tickets)) return null;
      const ids = p.tickets.map((t) => t.ticketId);
      return { key: `${ids.join(',')}@${p.at}`, tickets: new Set(ids) };
    } catch {
      return null;
    }
  }

  run(): Violation[] {
    const out: Violation[] = [];
    const check = (name: string, fn: () => string | null) => {
      this.checks++;
      this.byName.set(name, (this.byName.get(name) ?? 0) + 1);
      const detail = fn();
      if (detail) out.push({ invariant: name, detail });
    };
    const tickets = readTab(this.env, 'Tickets')!;
    const archive = readTab(this.env, 'Archive');
    const audit = readTab(this.env, 'Audit Log')!;
    const queue = readTab(this.env, 'Mail Queue');
    const lines = ticketRows(tickets);
    const all = archive ? [...lines, ...ticketRows(archive)] : lines;
    const pending = this.pending();
    check('journal-settled', () => {
      if (!pending) {
        this.pendingSeen = null;
        return null;
      }
      const key = pending.key;
      if (!this.pendingSeen || this.pendingSeen.key !== key) this.pendingSeen = { key, saves: this.acknowledgedSaves() };
      return this.acknowledgedSaves() > this.pendingSeen.saves ? `the cut-short save of ${pending.key} was not finished by the next acknowledged save` : null;
    });
    const exempt = pending?.tickets ?? new Set<string>();
    const count = new Map<string, number>();
    // While an archive move is in flight its tickets are in both tabs: counted once across the two then.
    const moving = this.archiveMoving();
    const inTickets = new Map<string, number>();
    for (const t of lines) if (t.id) inTickets.set(t.id, (inTickets.get(t.id) ?? 0) + 1);
    const inArchive = new Map<string, number>();
    if (archive) for (const t of ticketRows(archive)) if (t.id) inArchive.set(t.id, (inArchive.get(t.id) ?? 0) + 1);
    for (const id of new Set([...inTickets.keys(), ...inArchive.keys()])) {
      const a = inTickets.get(id) ?? 0;
      const b = inArchive.get(id) ?? 0;
      count.set(id, moving ? Math.max(a, b) : a + b);
    }
    check('archive-settled', () => {
      if (!moving) {
        this.movingSince = null;
        return null;
      }
      this.movingSince ??= this.env.clock.now();
      return this.env.clock.now() - this.movingSince > 3 * 3_600_000 ? 'an archive move cut short was not finished within 3 hours' : null;
    });

    check('ids-unique', () => {
      const dup = [...count].filter(([, n]) => n > 1).map(([id]) => id);
      return dup.length ? `duplicate ticket IDs: ${dup.slice(0, 5).join(', ')}` : null;
    });
    check('acked-once', () => {
      for (const id of this.ledger.ackedTickets.keys()) {
        if (this.ledger.deleted.has(id)) continue;
        const n = count.get(id) ?? 0;
        if (n !== 1) return `acknowledged ticket ${id} is present ${n} times`;
      }
      return null;
    });
    check('submission-once', () => {
      const seen = new Map<string, string>();
      for (const t of all) {
        if (!t.description.includes('#S')) continue;
        const m = MARK.exec(t.description);
        if (!m) continue;
        const prev = seen.get(m[1]!);
        if (prev && prev !== t.id) return `submission ${m[1]} made two tickets: ${prev} and ${t.id}`;
        seen.set(m[1]!, t.id);
        const sub = this.ledger.submissions.get(m[1]!);
        if (sub?.acked && sub.acked !== t.id) return `submission ${m[1]} was acknowledged as ${sub.acked} but made ${t.id}`;
      }
      return null;
    });
    check('no-half-row', () => {
      const required = ['Ticket ID', 'Created At', 'Channel', 'Reason', 'Status'].map((h) => [h, tickets.col(h)] as const);
      for (const t of lines) {
        if (!t.any || exempt.has(t.id)) continue;
        for (const [h, c] of required) {
          const v = t.cells[c];
          if (!(isBlank(v) || (h === 'Created At' && !isDate(v)))) continue;
          if (this.ledger.tainted.has(`${t.id}|${h}`)) continue;
          return `Tickets row ${t.row} (${t.id || 'no ID'}) lacks ${h}`;
        }
      }
      const a = ['Time', 'Ticket ID', 'Field'].map((h) => audit.col(h));
      for (let i = this.auditSeen; i < audit.rows.length; i++) {
        const r = audit.rows[i]!;
        if (r.every(isBlank)) continue;
        if (a.some((c) => isBlank(r[c]))) return `Audit Log row ${i + 2} is half-written`;
      }
      if (queue) {
        const q = ['Mail ID', 'To', 'Status'].map((h) => queue.col(h));
        for (let i = 0; i < queue.rows.length; i++) {
          const r = queue.rows[i]!;
          if (!r.every(isBlank) && q.some((c) => isBlank(r[c]))) return `Mail Queue row ${i + 2} is half-written`;
        }
      }
      return null;
    });
    this.scanAudit(audit, out);
    check('audit-created', () => {
      for (const t of all) {
        if (!t.id || exempt.has(t.id) || this.ledger.deleted.has(t.id) || this.ledger.taintedTickets.has(t.id)) continue;
        if (!this.created.has(t.id)) return `ticket ${t.id} has no creation event in the Audit Log`;
      }
      return null;
    });
    check('audit-orphan', () => {
      for (const id of this.created) if (!count.has(id) && !this.ledger.deleted.has(id)) return `the Audit Log created ${id}, which is in no tab`;
      return null;
    });
    check('acked-reply', () => {
      for (const r of this.ledger.ackedReplies) {
        if (!(this.auditText.get(r.ticketId) ?? []).some((x) => x.includes(r.text))) return `acknowledged reply "${r.text}" on ${r.ticketId} is not in the Audit Log`;
      }
      return null;
    });
    check('seq-counter', () => {
      const stored = Number(this.env.properties.document['AFTERDESK_LAST_TICKET_SEQ'] ?? 0);
      let max = 0;
      for (const t of all) max = Math.max(max, Number(SEQ.exec(t.id)?.[1] ?? 0));
      for (const id of this.created) max = Math.max(max, Number(SEQ.exec(id)?.[1] ?? 0));
      return stored < max ? `stored ticket sequence ${stored} is below the highest ticket number ${max}` : null;
    });
    check('index-open', () => this.indexOpen(tickets));
    // The mail invariants are judged again only when the queue or the outbox changed.
    const mailState = `${this.env.emu.book.sheets.find((x) => x.name === 'Mail Queue')?.version}/${this.env.outbox.length}`;
    const mailChanged = mailState !== this.mailState;
    this.mailState = mailState;
    check('mail-once', () => (mailChanged ? this.mailOnce(queue) : null));
    check('mail-kept', () => (mailChanged ? this.mailKept(queue) : null));
    check('approval-once', () => {
      const t = readTab(this.env, 'Approvals');
      if (!t) return null;
      const seen = new Set<string>();
      const [sc, tc, ac] = [t.col('Status'), t.col('Ticket ID'), t.col('Amount')];
      for (const r of t.rows) {
        if (String(r[sc]) !== 'pending') continue;
        const k = `${String(r[tc])}|${String(r[ac])}`;
        if (seen.has(k)) return `two pending approvals of ${k.replace('|', ' for ')}`;
        seen.add(k);
      }
      return null;
    });
    check('user-cells', () => {
      const c = tickets.col(USER_COLUMN);
      if (c < 0) return `the user's column ${USER_COLUMN} is gone`;
      const byId = new Map(lines.map((t) => [t.id, t.cells[c]] as const));
      for (const [id, want] of this.ledger.userCells) {
        if (!byId.has(id)) continue; // archived: the user column does not move with it
        if (text(byId.get(id)) !== want) return `user cell of ${id} changed: "${want}" → "${text(byId.get(id))}"`;
      }
      return null;
    });
    return out;
  }

  private scanAudit(audit: TabView, out: Violation[]): void {
    const [ti, fi, toi] = [audit.col('Ticket ID'), audit.col('Field'), audit.col('To')];
    this.checks++;
    this.byName.set('audit-append-only', (this.byName.get('audit-append-only') ?? 0) + 1);
    if (audit.rows.length < this.auditSeen || (this.auditSeen > 0 && audit.rows[this.auditSeen - 1]!.map(text).join('|') !== this.auditLast)) {
      out.push({ invariant: 'audit-append-only', detail: `the Audit Log lost or changed rows (had ${this.auditSeen}, now ${audit.rows.length})` });
    }
    for (let i = this.auditSeen; i < audit.rows.length; i++) {
      const r = audit.rows[i]!;
      const id = String(r[ti] ?? '');
      if (String(r[fi]) === 'status' && String(r[audit.col('From')] ?? '') === '') this.created.add(id);
      const list = this.auditText.get(id) ?? [];
      list.push(String(r[toi] ?? ''));
      this.auditText.set(id, list);
    }
    this.auditSeen = audit.rows.length;
    this.auditLast = this.auditSeen ? audit.rows[this.auditSeen - 1]!.map(text).join('|') : '';
  }

  private indexOpen(tickets: TabView): string | null {
    const ix = readTab(this.env, 'Lookup Index');
    if (!ix) return null;
    let state: { v: number; tickets: number; open: Record<string, number>; pending?: unknown };
    try {
      state = JSON.parse(String(ix.rows[0]?.[0] ?? ''));
    } catch {
      return null; // stale: the next save rebuilds it
    }
    // A save cut short left its journal: the next save finishes it and rebuilds the counts before using them.
    if (state.v !== 1 || state.pending || state.tickets !== tickets.rows.length + 1) return null;
    const open: Record<string, number> = {};
    const [s, a] = [tickets.col('Status'), tickets.col('Assignee')];
    for (const r of tickets.rows) {
      const label = r[s];
      if (label === undefined || label === '') continue;
      let isOpen = OPEN_LABELS.get(label as string);
      if (isOpen === undefined) {
        const k = enumKey(STATUSES, String(label));
        isOpen = k === 'new' || k === 'open' || k === 'waiting';
        OPEN_LABELS.set(label as string, isOpen);
      }
      const who = String(r[a] ?? '');
      if (isOpen && who) open[who] = (open[who] ?? 0) + 1;
    }
    const names = new Set([...Object.keys(open), ...Object.keys(state.open)]);
    for (const n of names) {
      if ((open[n] ?? 0) !== (state.open[n] ?? 0)) return `Lookup Index counts ${state.open[n] ?? 0} open tickets for ${n}, the rows ${open[n] ?? 0}`;
    }
    return null;
  }

  private mailKey(queue: TabView, r: unknown[]): string {
    return [queue.col('To'), queue.col('Subject'), queue.col('Text Body')].map((c) => String(r[c] ?? '')).join('\u0001');
  }

  private mailOnce(queue: TabView | null): string | null {
    if (!queue) return null;
    const queued = new Map<string, number>();
    for (const r of queue.rows) if (!r.every(isBlank)) queued.set(this.mailKey(queue, r), (queued.get(this.mailKey(queue, r)) ?? 0) + 1);
    const sent = new Map<string, number>();
    for (const m of this.env.outbox) {
      const k = [m.to, m.subject, m.body].join('\u0001');
      sent.set(k, (sent.get(k) ?? 0) + 1);
    }
    for (const [k, n] of sent) if (n > (queued.get(k) ?? 0)) return `"${k.split('\u0001')[1]}" to ${k.split('\u0001')[0]} went out ${n} times, queued ${queued.get(k) ?? 0}`;
    return null;
  }

  private mailKept(queue: TabView | null): string | null {
    if (!queue) return null;
    const [idc, sc] = [queue.col('Mail ID'), queue.col('Status')];
    const rows = queue.rows.filter((r) => !r.every(isBlank));
    if (rows.length < this.queueRows) return `the Mail Queue lost rows (${this.queueRows} → ${rows.length})`;
    this.queueRows = rows.length;
    const sentKeys = new Map<string, number>();
    for (const m of this.env.outbox) {
      const k = [m.to, m.subject, m.body].join('\u0001');
      sentKeys.set(k, (sentKeys.get(k) ?? 0) + 1);
    }
    const markedSent = new Map<string, number>();
    for (const r of rows) {
      const id = String(r[idc]);
      const status = String(r[sc]);
      const before = this.queueFinal.get(id);
      if (before && before !== status) return `mail ${id} went from ${before} back to ${status}`;
      if (status === 'sent' || status === 'failed') this.queueFinal.set(id, status);
      if (status === 'sent') markedSent.set(this.mailKey(queue, r), (markedSent.get(this.mailKey(queue, r)) ?? 0) + 1);
    }
    for (const [k, n] of markedSent) if ((sentKeys.get(k) ?? 0) < n) return `mail "${k.split('\u0001')[1]}" is marked sent but never went out`;
    return null;
  }
}

interface TicketLine {
  row: number;
  id: string;
  description: string;
  any: boolean;
  cells: unknown[];
}

/** The rows holding anything but the user's own column (no closure a row: this runs after every step). */
function ticketRows(tab: TabView): TicketLine[] {
  const idc = tab.col('Ticket ID');
  const dc = tab.col('Description');
  const user = tab.col(USER_COLUMN);
  const out: TicketLine[] = [];
  const rows = tab.rows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    let any = false;
    for (let c = 0; c < r.length; c++) {
      if (c !== user && !isBlank(r[c])) {
        any = true;
        break;
      }
    }
    if (!any) continue;
    out.push({ row: i + 2, id: String(r[idc] ?? '').trim(), description: dc < 0 ? '' : String(r[dc] ?? ''), any, cells: r });
  }
  return out;
}
