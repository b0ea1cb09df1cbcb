/**
 * Bundle tests of alert incidents: on a shop where one SKU's buttons fall off and a courier loses the morning's
 * parcels, the check raises one incident per cause — the batch defect and the delivery problem — with the volume,
 * reason, channel and SLA figures attached to them; the digest has one card each, in plain words, with the
 * customers' own (masked) words and a next step; the Alerts tab has one row each, with what it absorbed.
 */
import { describe, expect, it } from 'vitest';
import { column } from './harness';
import { BAD_SKU, check, courierTickets, setup, writeRows } from './alert-shop';

describe('alert incidents (bundle)', () => {
  it('a batch defect plus a courier failure: two incidents, two cards, two Alerts rows', () => {
    const { desk, bundle } = setup({ courier: true });
    const before = desk.env.outbox.length;
    const r = check(desk, bundle);
    expect(r.alerts.map((a: any) => a.kind).sort()).toEqual(['batch_defect', 'volume']);
    const defect = r.alerts.find((a: any) => a.kind === 'batch_defect');
    const courier = r.alerts.find((a: any) => a.kind === 'volume');
    expect(defect.sku).toBe(BAD_SKU);
    expect(defect.observed).toBe(9);
    // The not-received surge is the cause; the overall, channel and SLA figures of the same tickets hang under it.
    expect(courier.reason).toBe('not_received');
    expect(courier.observed).toBe(14);
    const absorbedKinds = [...defect.absorbed, ...courier.absorbed].map((a: any) => a.kind);
    expect(absorbedKinds).toContain('sla');
    expect(courier.absorbed.some((a: any) => a.kind === 'sla')).toBe(true);
    expect(absorbedKinds.filter((k: string) => k === 'volume').length).toBeGreaterThanOrEqual(2);
    // Each figure sits with its own cause: the “Defective” spike with the defect, not with the courier.
    expect(defect.absorbed.map((a: any) => `${a.kind}|${a.reason}`)).toEqual(['volume|defective']);
    expect(courier.absorbed.every((a: any) => a.reason !== 'defective')).toBe(true);
    // Every alert of the run went somewhere: nothing the digest would repeat as a card of its own.
    for (const a of [defect, courier]) for (const x of a.absorbed) expect(x.message.en.length).toBeGreaterThan(0);

    expect(desk.env.outbox.length - before).toBe(1);
    const mail = desk.env.outbox[desk.env.outbox.length - 1]!;
    expect(mail.subject).toContain('2 incidents');
    const html: string = mail.htmlBody;
    // One card per incident: each card has one "Next step" box.
    expect(html.match(/Next step/g)).toHaveLength(2);
    expect(html).toContain('Contact the courier');
    // The courier card leads its context with the whole day and the missed targets, and points to the rest.
    expect(html.indexOf('Tickets today: 23')).toBeLessThan(html.indexOf('Replies and resolutions past their target today: 14'));
    expect(html).toContain('more figures of the same tickets in the Alerts tab');
    expect(html).toContain('Outreach tab');
    expect(html).toContain('联系');
    // Words a person uses: no ratio against a fraction of a ticket, no bigram fragments, no decimals of tickets.
    expect(html).toContain('usually none');
    expect(html).not.toMatch(/\d+\.\d+×|expected \(/);
    expect(html).not.toContain('What they say');
    // Customers' own words, masked: the phone number in one chat never reaches the mail.
    expect(html).toContain('显示已签收但我没收到包裹');
    expect(html).not.toContain('12-345 6789');

    const rows = desk.rows('Alerts');
    expect(rows.length - 1).toBe(2);
    // Each row lists its own tickets: the courier's row holds the 14 chats, not the defect's tickets.
    const tickets = column(rows, 'Tickets').map((x) => String(x).split(', '));
    expect(tickets[0]!.every((id) => id.startsWith('T-B'))).toBe(true);
    expect(tickets[1]!.sort()).toEqual(Array.from({ length: 14 }, (_, k) => `T-C${k}`).sort());
    const absorbed = column(rows, 'Also Explains').map(String);
    expect(absorbed.some((x) => x.includes('sla|breaches|'))).toBe(true);
    expect(absorbed.join('\n')).toMatch(/volume\|all\|/);
  });

  it('acknowledging an incident silences its cause; without it, a fresh surge a week later is news again', () => {
    const rerun = (acknowledge: boolean) => {
      const { desk, bundle, now } = setup({ courier: true });
      expect(check(desk, bundle).alerts).toHaveLength(2);
      if (acknowledge) {
        const sheet = desk.sheet('Alerts');
        const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
        sheet.getRange(2, header.indexOf('Status') + 1, 2, 1).setValues([['acknowledged'], ['acknowledged']]);
      }
      // A week later (past the cool-down and the four days an unresolved incident stays open) the courier loses
      // another 14 parcels one morning.
      const later = now + 7 * 86_400_000;
      writeRows(desk, 'Tickets', courierTickets(later - 6 * 3_600_000, 'D'));
      desk.env.clock.set(later);
      return check(desk, bundle).alerts.map((a: any) => `${a.kind}|${a.reason ?? a.channel ?? ''}`);
    };
    expect(rerun(false)).toContain('volume|not_received');
    expect(rerun(true)).not.toContain('volume|not_received');
  });
});
