/**
 * The soak's engine: runs one seeded operation a step through the real bundle — as several accounts, under the
 * fault plan and the interleaving scheduler — records what was acknowledged, and lets the checker judge.
 */
import { FaultPlan, Interleaver } from '../../src/local/emu/faults';
import { mulberry32 } from '../../src/local/random';
import { Ledger, type Submission } from './ledger';
import { handEdit } from './hand';
import { readTab, text } from './read';
import { AGENTS, LEAD, OWNER, PEOPLE, buildWorld, type World } from './world';

type ApiResult = { ok: boolean; data?: any; error?: { key: string; en: string } };

export interface Outcome {
  /** The API returned success to a live execution: the person saw "saved". */
  acked: boolean;
  result: ApiResult | null;
  error: string | null;
  killed: boolean;
}

export interface SoakOptions {
  seed: number;
  faultRate: number;
  interleaveRate: number;
}

const CHANNELS = ['shopee_chat', 'email', 'whatsapp', 'lazada_chat'];
const REASONS = ['damaged', 'defective', 'missing_item', 'wrong_item', 'not_received', 'refund', 'size'];
const LANGS = ['en', 'zh-CN', 'ms'];
const START = Date.parse('2026-11-16T01:00:00Z');

export class Soak {
  readonly world: World;
  readonly plan: FaultPlan;
  readonly sched: Interleaver;
  readonly ledger = new Ledger();
  readonly rng: () => number;
  operations = 0;
  /** Acknowledged logCase/updateTicket saves (each finishes a journal left by a save cut short). */
  ackedSaves = 0;
  readonly opCounts = new Map<string, number>();
  /** The last executions, for a violation report. */
  readonly trace: string[] = [];
  /** The label of the step running (for a violation report). */
  current = '';
  private started: string[] = [];
  private orderSeq = 0;
  private returnSeq = 0;
  private replySeq = 0;
  readonly orderIds: string[] = [];
  readonly returnIds: string[] = [];

  constructor(readonly opts: SoakOptions) {
    this.rng = mulberry32(opts.seed * 7919 + 1);
    this.world = buildWorld(START);
    const locks = this.world.env.locks;
    const begin = locks.beginExecution.bind(locks);
    locks.beginExecution = () => {
      const id = begin();
      this.started.push(id);
      if (this.started.length > 10_000) this.started.splice(0, 5_000);
      return id;
    };
    // Scheduler first: a pending execution runs before the fault plan decides on the outer call.
    this.sched = new Interleaver(this.world.env, { seed: opts.seed * 31 + 7, rate: opts.interleaveRate }).arm();
    this.plan = new FaultPlan(this.world.env, { seed: opts.seed, rate: opts.faultRate, triggerLate: 0.15, triggerTwice: 0.15, lateMs: 20 * 60_000 }).arm();
  }

  get env() {
    return this.world.env;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rng() * list.length)]!;
  }

  chance(p: number): boolean {
    return this.rng() < p;
  }

  count(op: string): void {
    this.operations++;
    this.opCounts.set(op, (this.opCounts.get(op) ?? 0) + 1);
  }

  /** Runs one execution as `as` (a trigger when `trigger`); never throws. */
  exec(as: string, trigger: boolean, fn: () => unknown): Outcome {
    const mark = this.started.length;
    let result: ApiResult | null = null;
    let error: string | null = null;
    try {
      result = this.env.accounts.runAs(as, trigger, fn) as ApiResult | null;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const own = this.started[mark];
    const killed = own !== undefined && this.plan.isKilled(own);
    const acked = !killed && error === null && (result === null || typeof result !== 'object' || !('ok' in result) || result.ok === true);
    const mine = new Set(this.started.slice(mark));
    const faults: string[] = [];
    for (let i = this.plan.log.length - 1; i >= 0 && faults.length < 8; i--) {
      const f = this.plan.log[i]!;
      if (mine.has(f.execution)) faults.unshift(`${f.kind}@${f.call}`);
      else if (faults.length === 0 && i < this.plan.log.length - 50) break;
    }
    this.trace.push(`${as}: ${acked ? 'acked' : killed ? 'KILLED' : error ? `threw "${error.slice(0, 70)}"` : `error ${result?.error?.key}`} ${String(fn).slice(0, 0)}${faults.length ? `[${faults.join(', ')}]` : ''} ${result?.ok ? JSON.stringify(result.data ?? '').slice(0, 80) : ''}`);
    if (this.trace.length > 12) this.trace.shift();
    return { acked, result, error, killed };
  }

  call(as: string, fn: string, ...args: unknown[]): Outcome {
    this.trace.push(`→ ${fn} ${JSON.stringify(args).slice(0, 100)}`);
    return this.exec(as, false, () => this.world.bundle.call(fn, ...args));
  }

  /** One step: an operation chosen by weight (or queued to run inside the next one's calls). */
  step(): void {
    const op = this.choose();
    this.current = op;
    if (this.chance(this.opts.interleaveRate > 0 ? 0.25 : 0) && (op === 'logCase' || op === 'updateTicket')) {
      // Someone else clicks while the next execution runs: queued, run at one of its service calls.
      const who = this.pick(PEOPLE);
      this.sched.add({ label: `${op} by ${who} (interleaved)`, run: () => this.runOp(op, who) });
      const next = this.choose();
      this.current = `${next} (with ${op} pending)`;
      this.runOp(next, this.pick(PEOPLE));
      this.sched.drain();
    } else {
      this.runOp(op, this.pick(PEOPLE));
    }
    this.env.clock.advance(20_000 + Math.floor(this.rng() * 220_000));
  }

  private choose(): string {
    const weights: [string, number][] = [
      ['logCase', 24], ['updateTicket', 26], ['decideApproval', 2], ['kbUse', 2], ['surveyAnswer', 2.5], ['completeCallback', 1.5],
      ['mailTrigger', 7], ['hourly', 0.5], ['importOrders', 1.5], ['importReturns', 1], ['setup', 0.3], ['outreach', 0.8], ['archive', 0.15],
      ['handNote', 3], ['handJunk', 1.5], ['handSort', 0.4], ['handMoveColumn', 0.2], ['handDeleteRow', 0.4],
    ];
    const total = weights.reduce((s, [, w]) => s + w, 0);
    let x = this.rng() * total;
    for (const [name, w] of weights) {
      x -= w;
      if (x < 0) return name;
    }
    return 'logCase';
  }

  runOp(op: string, who: string): void {
    this.count(op);
    switch (op) {
      case 'logCase':
        return this.logCase(who);
      case 'updateTicket':
        return this.updateTicket(who);
      case 'decideApproval':
        return this.decideApproval();
      case 'kbUse':
        return this.kbUse(who);
      case 'surveyAnswer':
        return this.surveyAnswer();
      case 'completeCallback':
        return this.completeCallback();
      case 'mailTrigger':
        return this.fire('onMailQueue');
      case 'hourly':
        return this.fire('onHourly');
      case 'importOrders':
        return this.importOrders();
      case 'importReturns':
        return this.importReturns();
      case 'setup':
        return void this.call(OWNER, 'apiSetup');
      case 'archive':
        return void this.call(OWNER, 'apiArchive');
      case 'outreach':
        return this.outreach(who);
      default:
        return handEdit(this, op);
    }
  }

  // ── The sidebar ──
  private logCase(who: string): void {
    const sub = this.ledger.newSubmission();
    const customer = `c${1 + Math.floor(this.rng() * 40)}`;
    const payload: Record<string, unknown> = {
      channel: this.pick(CHANNELS),
      reason: this.pick(REASONS),
      language: this.pick(LANGS),
      customerId: customer,
      customerName: `Customer ${customer}`,
      description: `Item arrived broken #${sub.id}`,
      submissionId: `soak-${this.opts.seed}-${sub.id}`,
    };
    if (this.chance(0.6)) payload['email'] = `${customer}@buyers.test`;
    if (this.orderIds.length && this.chance(0.4)) payload['orderId'] = this.pick(this.orderIds);
    this.save(who, sub, payload, 0);
  }

  /** A person whose save failed sometimes clicks Save again with the same form. */
  private save(who: string, sub: Submission, payload: Record<string, unknown>, attempt: number): void {
    const out = this.call(who, 'apiLogCase', payload);
    if (out.acked && out.result?.data?.ticket?.ticketId) {
      this.ackedSaves++;
      this.ledger.ack(sub, out.result.data.ticket.ticketId);
      return;
    }
    const transient = out.error !== null || out.killed || out.result?.error?.key === 'busy';
    if (transient && attempt < 3 && this.chance(0.7)) {
      this.env.clock.advance(5_000 + Math.floor(this.rng() * 30_000));
      this.count('retry');
      this.save(who, sub, payload, attempt + 1);
    }
  }

  liveTickets(): string[] {
    return [...this.ledger.ackedTickets.keys()].filter((id) => !this.ledger.deleted.has(id));
  }

  private updateTicket(who: string): void {
    const ids = this.liveTickets();
    if (!ids.length) return this.logCase(who);
    const id = this.chance(0.7) ? this.pick(ids.slice(-30)) : this.pick(ids);
    const r = this.rng();
    let payload: Record<string, unknown>;
    let reply: string | null = null;
    if (r < 0.3) {
      reply = `We are checking this for you #R${++this.replySeq}`;
      payload = { reply };
    } else if (r < 0.45) payload = { status: 'open' };
    else if (r < 0.55) payload = { status: 'waiting' };
    else if (r < 0.75) payload = { status: 'resolved', resolution: this.pick(['refund', 'resend', 'explanation']) };
    else if (r < 0.82) payload = { customerReplied: true };
    else if (r < 0.9) payload = { compensation: 5 + Math.floor(this.rng() * 300), resolution: 'partial_refund' };
    else if (r < 0.95) payload = { status: 'closed' };
    else payload = { note: 'Called the courier' };
    for (let attempt = 0; attempt < 3; attempt++) {
      const out = this.call(who, 'apiUpdateTicket', id, payload);
      if (out.acked) {
        this.ackedSaves++;
        if (reply) this.ledger.ackedReplies.push({ ticketId: id, text: reply });
        this.checkUpdate(id, out.result?.data?.ticket?.status);
        return;
      }
      const transient = out.error !== null || out.killed || out.result?.error?.key === 'busy';
      if (!transient || !this.chance(0.6)) return;
      this.count('retry');
      this.env.clock.advance(5_000 + Math.floor(this.rng() * 30_000));
    }
  }

  /** Right after an acknowledged update: the row says what the sidebar was told. */
  readonly immediate: { invariant: string; detail: string }[] = [];
  immediateChecks = 0;

  private checkUpdate(id: string, status: string | undefined): void {
    if (!status || this.ledger.taintedTickets.has(id)) return;
    this.immediateChecks++;
    const t = readTab(this.env, 'Tickets')!;
    const row = t.rows.find((r) => String(r[t.col('Ticket ID')]) === id);
    if (!row) return; // archived
    const cell = text(row[t.col('Status')]).toLowerCase();
    const want = status.toLowerCase();
    if (!(cell === want || cell.startsWith(want) || want.startsWith(cell))) {
      this.immediate.push({ invariant: 'acked-update', detail: `${id} was saved as "${status}" but its row says "${cell}"` });
    }
  }

  private decideApproval(): void {
    const t = readTab(this.env, 'Approvals');
    if (!t) return;
    const pending = t.rows.filter((r) => String(r[t.col('Status')]) === 'pending').map((r) => String(r[t.col('Approval ID')]));
    if (!pending.length) return;
    const who = this.chance(0.5) ? LEAD : OWNER;
    this.call(who, 'apiDecideApproval', this.pick(pending), this.chance(0.7) ? 'approve' : 'reject', 'ok');
  }

  private kbUse(who: string): void {
    const t = readTab(this.env, 'Knowledge Base');
    if (!t || !t.rows.length) return;
    this.call(who, 'apiKbUse', String(this.pick(t.rows)[t.col('Article ID')]));
  }

  private completeCallback(): void {
    const t = readTab(this.env, 'Callbacks');
    if (!t) return;
    const open = t.rows.filter((r) => String(r[t.col('Status')]) === 'open').map((r) => String(r[t.col('Callback ID')]));
    if (!open.length) return;
    this.call(this.pick([LEAD, ...AGENTS]), 'apiCompleteCallback', this.pick(open), 'Called, customer happy now');
  }

  private outreach(who: string): void {
    const t = readTab(this.env, 'Outreach');
    if (!t || !t.rows.length) return;
    const row = 2 + Math.floor(this.rng() * t.rows.length);
    this.call(who, 'apiUpdateOutreach', row, this.pick(['contacted', 'replied', 'compensated']));
  }

  // ── Customers, triggers, imports ──
  private surveyAnswer(): void {
    const t = readTab(this.env, 'Tickets')!;
    const links = t.rows.map((r) => [String(r[t.col('Survey Link')] ?? ''), String(r[t.col('Language')] ?? '')]).filter(([l]) => l);
    if (!links.length) return;
    const [link] = this.pick(links);
    const ref = /T-\d{6}-[0-9a-z]{6}/.exec(decodeURIComponent(link!))?.[0];
    if (!ref) return;
    const spec = this.env.forms.list.find((f) => link!.includes(f.id)) ?? this.env.forms.list[0];
    if (!spec) return;
    const values = [String(1 + Math.floor(this.rng() * 5)), this.pick(['Yes', 'No', '']), this.chance(0.3) ? '=HYPERLINK("http://x")' : 'thanks', ref];
    const answers = Object.fromEntries(spec.items.map((it, i) => [it.title, values[i] ?? '']));
    this.exec(OWNER, true, () => this.world.bundle.submitForm(spec.id, answers));
  }

  /** Google fires one of the installed time triggers now (maybe late, maybe twice: the fault plan). */
  private fire(handler: string): void {
    const now = this.env.clock.now();
    // Recurring triggers: only this one is due now. One-off triggers (a job's continuation) keep their time.
    for (const t of this.env.triggers) if (t.kind === 'CLOCK' && t.everyMs) t.nextAt = t.handler === handler ? now : now + 400 * 86_400_000;
    this.exec(OWNER, true, () => this.world.bundle.runDueTriggers(now + 1));
  }

  private importOrders(): void {
    const lines = ['Order Number,Date,Customer,Name,Email,SKU,Item,Qty,Total,Status,Channel'];
    const n = 1 + Math.floor(this.rng() * 4);
    for (let i = 0; i < n; i++) {
      const id = this.orderIds.length && this.chance(0.2) ? this.pick(this.orderIds) : `SO-${++this.orderSeq}`;
      if (!this.orderIds.includes(id)) this.orderIds.push(id);
      const c = `c${1 + Math.floor(this.rng() * 40)}`;
      lines.push(`${id},2026-11-10 10:00,${c},Customer ${c},${c}@buyers.test,SKU-${i % 3},Mug,1,${10 + i},Delivered,Shopee`);
    }
    this.call(this.pick([OWNER, LEAD]), 'apiImportOrders', lines.join('\n'));
  }

  private importReturns(): void {
    const head = 'Return ID,Order ID,Order Creation Date,Product Name,SKU,Return Quantity,Return Reason,Return Creation Time,Return Tracking Number,Return / Refund Status,Solution,Refund Amount,Seller Note';
    const lines = [head];
    const n = 1 + Math.floor(this.rng() * 2);
    for (let i = 0; i < n; i++) {
      const id = this.returnIds.length && this.chance(0.4) ? this.pick(this.returnIds) : `RTN${++this.returnSeq}`;
      if (!this.returnIds.includes(id)) this.returnIds.push(id);
      const order = this.orderIds.length ? this.pick(this.orderIds) : 'SO-0';
      const status = this.pick(['Requested', 'PROCESSING', 'Accepted']);
      lines.push(`${id},${order},2026-11-10 14:32,Mug,SKU-1,1,Damaged item,2026-11-16 10:00,,${status},Return and refund,19.90,`);
    }
    this.call(this.pick([OWNER, LEAD]), 'apiImportReturns', lines.join('\n'));
  }
}
