/**
 * A shop is a team, through the real bundle: the owner sets up; a lead and three agents (one on Gmail, one who
 * declined the Forms permission) work 300 tickets over a simulated week with the hourly and mail triggers,
 * surveys answered on the published forms, approvals, a protected user column and hand edits made between the
 * add-on's reads and writes.
 */
import { describe, expect, it } from 'vitest';
import { column, freshDesk, record, type Desk } from './harness';

const OWNER = 'owner@shop.test';
const LEAD = 'lead@shop.test';
const AISYAH = 'aisyah@shop.test';
const JUN = 'jun.tan@gmail.com'; // another domain: a consumer account
const MEI = 'mei@shop.test'; // declined "Google Forms" on the consent screen
const AGENTS = [AISYAH, JUN, MEI];
const TEAM = [
  [OWNER, 'Olivia Owner', 'Owner', 'en, zh-CN, ms', true, ''],
  [LEAD, 'Lee Lead', 'Lead', 'zh-CN, en, ms', true, ''],
  [AISYAH, 'Aisyah', 'Agent', 'ms, en', true, ''],
  [JUN, 'Jun', 'Agent', 'zh-CN, en', true, ''],
  [MEI, 'Mei', 'Agent', 'zh-CN, en, ms', true, ''],
];
const LANGS = ['en', 'zh-CN', 'ms'] as const;
const DAY = 86_400_000;

function registry(d: Desk): Record<string, { formId: string }> {
  return JSON.parse(d.env.globals.PropertiesService.getDocumentProperties().getProperty('AFTERDESK_SURVEY_FORMS') ?? '{}');
}

function rowOf(d: Desk, id: string): number {
  return column(d.rows('Tickets'), 'Ticket ID').indexOf(id) + 2;
}

function colOf(d: Desk, header: string): number {
  return (d.rows('Tickets')[0] ?? []).indexOf(header) + 1;
}

describe('a team day (a week, 300 tickets, five accounts)', () => {
  it('saves every action, mails each customer once from the shop, keeps one trigger set and every user cell', () => {
    const d = freshDesk({ now: '2026-11-16T01:00:00Z', team: TEAM }); // Monday 09:00 in Kuala Lumpur
    const { env, bundle } = d;
    env.accounts.decline(MEI, env.scopes.forms);
    d.setting('Shop Name', 'Kedai Cawan');
    d.setting('Shop Reply-To', 'support@kedai.test');

    // The owner adds a user column (protected: only the owner may edit it) and a lead's notes column.
    const tickets = d.sheet('Tickets');
    const width = tickets.getLastColumn();
    tickets.insertColumnsAfter(tickets.getMaxColumns(), 2);
    tickets.getRange(1, width + 1, 1, 2).setValues([['Owner Notes', 'Lead Notes']]);
    tickets.getRange(2, width + 1).setFormula('=ARRAYFORMULA(IF(A2:A="",,"checked"))');
    const protection = tickets.getRange(1, width + 1, tickets.getMaxRows(), 1).protect().setDescription('Owner only');
    protection.removeEditors(protection.getEditors());
    protection.addEditor(OWNER);

    // Mid-week events are checked as they happen.
    const handEdits = new Map<string, { name: string; note: string }>();
    const failures: string[] = [];
    const ids: { id: string; by: string; lang: string; email: string }[] = [];
    const surveyed = new Set<string>();
    let approvals = 0;
    let n = 0;

    const catchUp = () => bundle.runDueTriggers(env.clock.now());
    const act = <T,>(who: string, fn: string, ...args: unknown[]): T | null => {
      d.as(who);
      const r = bundle.call(fn, ...args) as { ok: boolean; data: T; error?: { en: string } };
      if (!r.ok) failures.push(`${who} ${fn}: ${r.error?.en}`);
      return r.ok ? r.data : null;
    };

    for (let day = 0; day < 5; day++) {
      const start = Date.parse('2026-11-16T01:00:00Z') + day * DAY;
      if (day === 2) {
        // Wednesday: the lead repairs the workbook and tries to (re)install triggers; an agent tries too.
        env.clock.set(start);
        d.as(LEAD);
        const repair = d.ok('apiSetup');
        expect(repair.actions.map((a: { en: string }) => a.en).join('\n')).toContain(`Triggers are run by ${OWNER}`);
        const refused = d.err('apiInstallTriggers');
        expect(refused.key).toBe('triggers_owned');
        expect(refused.en).toContain(OWNER);
        expect(refused.zh).toContain(OWNER);
        d.as(JUN);
        expect(d.err('apiInstallTriggers').key).toBe('role_required');
        // A lead who unticked "Google Forms" is told which permission to grant, in both languages.
        env.accounts.decline(LEAD, env.scopes.forms);
        d.as(LEAD);
        const perm = d.err('apiCreateSurveyForms');
        expect(perm.key).toBe('permission_missing');
        expect(perm.en).toContain('Google Forms');
        expect(perm.zh).toContain('Google 表单');
        env.accounts.grant(LEAD, env.scopes.forms);
      }
      for (let k = 0; k < 60; k++, n++) {
        env.clock.set(start + k * 7 * 60_000);
        catchUp();
        const by = AGENTS[n % 3]!;
        const lang = LANGS[n % 3]!;
        const email = `buyer${n}@example.com`;
        const logged = act<{ ticket: { ticketId: string } }>(by, 'apiLogCase', {
          channel: 'shopee_chat', reason: n % 4 === 0 ? 'damaged' : 'logistics', language: lang,
          customerName: `Buyer ${n}`, email, orderId: `O-${1000 + n}`, description: `Order ${n}: the cup arrived late`,
        });
        if (!logged) continue;
        const id = logged.ticket.ticketId;
        ids.push({ id, by, lang, email });
        if (n % 5 === 0 && n > 0) {
          // The owner writes in the protected column (only the owner may).
          d.as(OWNER);
          tickets.getRange(rowOf(d, id), width + 1).setValue(`owner note ${n}`);
        }
        // A different agent works an older ticket: replies, then resolves it.
        const older = ids[ids.length - 3];
        if (!older) continue;
        const other = AGENTS[(AGENTS.indexOf(older.by) + 1) % 3]!;
        env.clock.advance(2 * 60_000);
        if (n % 7 === 0 && ids.length > 10) {
          // Between the save's read and its write, the lead types into another ticket's row by hand.
          const victim = ids[handEdits.size]!; // a different earlier ticket each time
          env.emu.onNextWrite = () => {
            const r = rowOf(d, victim.id) - 1;
            const data = (tickets as unknown as { _data: { set(r: number, c: number, v: unknown, f: string): void } })._data;
            const edit = { name: `Hand-edited ${n}`, note: `lead note ${n}` };
            data.set(r, colOf(d, 'Customer Name') - 1, edit.name, '');
            data.set(r, width + 1, edit.note, '');
            handEdits.set(victim.id, edit);
          };
        }
        act(other, 'apiUpdateTicket', older.id, { status: 'open', reply: 'We are checking with the courier.' });
        env.emu.onNextWrite = null;
        env.clock.advance(3 * 60_000);
        const grant = n % 10 === 0 ? { compensation: 80, resolution: 'partial_refund' } : { resolution: 'refund' };
        const resolved = act<{ approval: { approvalId: string } | null }>(other, 'apiUpdateTicket', older.id, { status: 'resolved', ...grant });
        if (resolved?.approval) {
          approvals++;
          env.clock.advance(60_000);
          act(LEAD, 'apiDecideApproval', resolved.approval.approvalId, 'approve', 'ok');
        }
        // Half the customers answer the survey on the published form.
        if (n % 2 === 0) {
          catchUp();
          const link = String(record(d.rows('Tickets'), rowOf(d, older.id) - 1)['Survey Link']);
          const ref = decodeURIComponent(/entry\.\d+=([^&]+)$/.exec(link)?.[1] ?? '');
          expect(ref).toMatch(/^T-\d{6}-/);
          const formId = registry(d)[older.lang]!.formId;
          const form = env.forms.list.find((f) => f.id === formId)!;
          const answers = [n % 6 === 0 ? '2' : '5', '', n % 6 === 0 ? 'still <b>late</b>' : 'thanks', ref];
          bundle.submitForm(formId, Object.fromEntries(form.items.map((it, i) => [it.title, answers[i]!])));
          surveyed.add(older.id);
        }
      }
    }
    // The week ends: the triggers run to Saturday morning.
    env.clock.set(Date.parse('2026-11-21T00:00:00Z'));
    catchUp();

    // No failed save.
    expect(failures).toEqual([]);
    expect(ids.length).toBe(300);
    expect(approvals).toBe(29); // n = 10, 20 … 290 (n = 0 has no older ticket to resolve yet)

    // One trigger set, owned by the owner, however many people repaired.
    expect(env.triggers.map((t) => [t.handler, t.owner]).sort()).toEqual([
      ['onHourly', OWNER], ['onMailQueue', OWNER], ['onSurveySubmit', OWNER],
    ]);
    expect(Object.keys(registry(d)).length).toBe(3);
    expect(env.forms.list.length).toBe(3);
    expect(env.forms.list.every((f) => f.published === true && f.owner === OWNER)).toBe(true);

    // Every customer mailed once (the survey), every mail from the shop's identity.
    const out = env.outbox;
    expect(out.length).toBeGreaterThan(300);
    expect(out.every((m) => m.from === OWNER && m.name === 'Kedai Cawan' && m.replyTo === 'support@kedai.test')).toBe(true);
    const toCustomers = out.filter((m) => m.to.endsWith('@example.com'));
    const resolvedIds = ids.slice(0, 298);
    expect(toCustomers.length).toBe(resolvedIds.length);
    expect(new Set(toCustomers.map((m) => m.to)).size).toBe(resolvedIds.length);
    const queue = d.rows('Mail Queue');
    expect(column(queue, 'Status').filter((s) => s !== 'sent')).toEqual([]);
    const eml = env.toEml(toCustomers[0]!);
    expect(eml).toContain(`From: Kedai Cawan <${OWNER}>`);
    expect(eml).toContain('Reply-To: support@kedai.test');

    // Each survey answer counted once.
    const responses = d.rows('Survey Responses');
    expect(column(responses, 'Outcome').filter((o) => o === 'applied').length).toBe(surveyed.size);

    // No user cell or hand edit overwritten.
    const final = d.rows('Tickets');
    const idCol = column(final, 'Ticket ID');
    for (const [id, edit] of handEdits) {
      const row = final[idCol.indexOf(id) + 1]!;
      expect(row[colOf(d, 'Customer Name') - 1]).toBe(edit.name);
      expect(row[width + 1]).toBe(edit.note);
    }
    expect(handEdits.size).toBeGreaterThan(20);
    const ownerNotes = final.slice(1).map((r) => r[width]).filter((v) => String(v).startsWith('owner note'));
    expect(ownerNotes.length).toBe(59); // n = 5, 10 … 295 (row 2 holds the ARRAYFORMULA)
    expect(tickets.getRange(2, width + 1).getFormula()).toBe('=ARRAYFORMULA(IF(A2:A="",,"checked"))');
    // The Audit Log outgrew the 1,000 rows set-up saw: appends grew the grid.
    const audit = d.sheet('Audit Log');
    expect(audit.getLastRow()).toBeGreaterThan(1000);
  }, 600_000); // a simulated week of ~1,000 actions and ~1,600 trigger runs on two shared cores
});
