/**
 * Hostile sidebar payloads for logCase and updateTicket through the real bundle: each call is a clear bilingual
 * error that leaves the whole workbook unchanged, or its text is stored as the literal string it was (never a
 * formula, a number or a date) and reads back identically through getTicket.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, REASONS, STATUSES, RESOLUTIONS, ROOT_CAUSES, PRIORITIES } from '../../sheets-templates/enums';
import { freshDesk, type Desk } from '../server/harness';
import { anyField, bundleRuns, hostileText, impossibleDate, longText, storedForm, wrongType } from './arbitraries';
import { call, newFormulas, allFormulas, snapshot } from './bundle';

const TEXT_FIELDS = ['orderId', 'customerId', 'customerName', 'sku', 'description', 'evidenceLinks'] as const;
const HEADERS: Record<(typeof TEXT_FIELDS)[number], string> = {
  orderId: 'Order ID', customerId: 'Customer ID', customerName: 'Customer Name', sku: 'SKU', description: 'Description', evidenceLinks: 'Evidence Links',
};

/** A field that is usually hostile text, sometimes the wrong type, an impossible date, an over-long cell or absent. */
const field = fc.oneof({ weight: 24, arbitrary: hostileText() }, { weight: 1, arbitrary: wrongType }, { weight: 2, arbitrary: impossibleDate }, { weight: 1, arbitrary: longText });
const enumField = (list: readonly { key: string; en: string; zh: string }[]) =>
  fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...list.flatMap((o) => [o.key, o.en, o.zh, ` ${o.en.toUpperCase()} `])) }, { weight: 1, arbitrary: anyField });

const caseInput = fc.record(
  {
    channel: enumField(CHANNELS),
    reason: enumField(REASONS),
    priority: enumField(PRIORITIES),
    language: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('en', 'zh-CN', 'ms', 'th', ' vi ') }, { weight: 1, arbitrary: anyField }),
    email: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('nur@shop.test', ' a.b+c@x.co ', '') }, { weight: 1, arbitrary: anyField }),
    orderId: field,
    customerId: field,
    customerName: field,
    sku: field,
    description: field,
    evidenceLinks: field,
  },
  { requiredKeys: [] },
);

function cellOf(desk: Desk, row: number, header: string) {
  const sheet = desk.sheet('Tickets');
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
  const range = sheet.getRange(row, headers.indexOf(header) + 1);
  return { value: range.getValue(), formula: range.getFormula() };
}

describe('logCase with hostile payloads', () => {
  let desk: Desk;
  beforeAll(() => {
    desk = freshDesk();
  });

  it('stores the literal text or refuses with a clear error and writes nothing', () => {
    let saved = 0;
    let refused = 0;
    fc.assert(
      fc.property(caseInput, (input) => {
        desk.env.clock.advance(60_000);
        const before = snapshot(desk);
        const formulasBefore = allFormulas(desk);
        const r = call(desk, 'apiLogCase', input);
        if (!r.ok) {
          refused++;
          expect(snapshot(desk), `refused (${r.error.key}) but the workbook changed`).toBe(before);
          return;
        }
        saved++;
        const ticket = r.data.ticket;
        const view = call(desk, 'apiGetTicket', ticket.ticketId);
        expect(view.ok).toBe(true);
        for (const f of TEXT_FIELDS) {
          const expected = storedForm(String((input as Record<string, unknown>)[f] ?? ''));
          expect(ticket[f], f).toBe(expected);
          expect((view as { data: any }).data.ticket[f], f).toBe(expected);
          const cell = cellOf(desk, ticket.row, HEADERS[f]);
          expect(cell.formula, `${f} became a formula`).toBe('');
          expect(cell.value, `${f} cell`).toBe(expected);
        }
        const hostile = newFormulas(desk, formulasBefore).filter((f) => /evil\.test|cmd\||1\+1|SUM\(A1|#REF!|IMAGE\(|IMPORT/.test(f));
        expect(hostile, 'customer text became a formula somewhere').toEqual([]);
      }),
      { numRuns: bundleRuns(1) },
    );
    // The generator must exercise both sides of the property.
    expect(saved).toBeGreaterThan(3);
    expect(refused).toBeGreaterThan(3);
  });
});

const updateInput = fc.record(
  {
    status: enumField(STATUSES),
    reply: field,
    customerReplied: fc.oneof({ weight: 10, arbitrary: fc.boolean() }, { weight: 1, arbitrary: wrongType }),
    resolution: enumField(RESOLUTIONS),
    compensation: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(0, 5, 12.5, '7.50', '') },
      { weight: 2, arbitrary: fc.constantFrom('1,000', '-1', '1e3', 'NaN', 'Infinity', '0x10', '١٢', ' 5 ', '5.001') },
      { weight: 1, arbitrary: fc.double() },
      { weight: 1, arbitrary: wrongType },
    ),
    rootCause: enumField(ROOT_CAUSES),
    priority: enumField(PRIORITIES),
    note: field,
    sopDone: fc.oneof(fc.constantFrom('0,1', '1,1,1', '-1', '99999999999', ''), anyField),
    expectedUpdatedAt: fc.oneof({ weight: 1, arbitrary: impossibleDate }, { weight: 1, arbitrary: anyField }),
  },
  { requiredKeys: [] },
).map((input) => {
  // A stale-save check is the sidebar's own field: send it in a tenth of the runs only.
  const { expectedUpdatedAt, ...rest } = input as Record<string, unknown>;
  return (JSON.stringify(rest).length % 10 === 0 && expectedUpdatedAt !== undefined ? { ...rest, expectedUpdatedAt } : rest);
});

describe('updateTicket with hostile payloads', () => {
  let desk: Desk;
  const ids: string[] = [];
  beforeAll(() => {
    desk = freshDesk();
    for (let i = 0; i < 4; i++) ids.push(desk.ok('apiLogCase', { channel: 'Email', reason: 'damaged', customerId: `buyer${i}`, description: 'Cracked' }).ticket.ticketId);
  });

  it('logs the literal reply and note, or refuses with a clear error and writes nothing', () => {
    let saved = 0;
    let refused = 0;
    const ticketId = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: anyField });
    fc.assert(
      fc.property(ticketId, updateInput, (id, input) => {
        desk.env.clock.advance(60_000);
        const before = snapshot(desk);
        const formulasBefore = allFormulas(desk);
        const r = call(desk, 'apiUpdateTicket', id, input);
        if (!r.ok) {
          refused++;
          expect(snapshot(desk), `refused (${r.error.key}) but the workbook changed`).toBe(before);
          return;
        }
        saved++;
        const view = call(desk, 'apiGetTicket', id);
        expect(view.ok).toBe(true);
        const events = (view as { data: any }).data.events as { field: string; to: string }[];
        for (const f of ['reply', 'note'] as const) {
          const text = storedForm(String((input as Record<string, unknown>)[f] ?? ''));
          if (text) expect(events.some((e) => e.field === f && e.to === text), `${f} not logged verbatim`).toBe(true);
        }
        const hostile = newFormulas(desk, formulasBefore).filter((f) => /evil\.test|cmd\||1\+1|SUM\(A1|#REF!|IMAGE\(|IMPORT/.test(f));
        expect(hostile, 'customer text became a formula somewhere').toEqual([]);
      }),
      { numRuns: bundleRuns(1) },
    );
    expect(saved).toBeGreaterThan(3);
    expect(refused).toBeGreaterThan(3);
  });
});

describe('regressions the properties found (kept as explicit examples)', () => {
  it('a save carrying a time that is not one is refused by name, not reported as someone else\'s change', () => {
    const desk = freshDesk();
    const id = desk.ok('apiLogCase', { channel: 'Email', reason: 'damaged', description: 'Cracked' }).ticket.ticketId;
    // Shrunk counterexample: {"expectedUpdatedAt":"2026-02-30"} came back as `stale` ("changed by … a moment ago").
    for (const bad of ['2026-02-30', '2026-02-30T02:00:00.000Z', 'yesterday', '1e15', '2026-13-01T00:00:00Z']) {
      const before = snapshot(desk);
      const e = desk.err('apiUpdateTicket', id, { reply: 'Hello', expectedUpdatedAt: bad });
      expect(e).toMatchObject({ key: 'invalid_input', field: 'expectedUpdatedAt' });
      expect(snapshot(desk)).toBe(before);
    }
    const loaded = desk.ok('apiGetTicket', id).ticket.updatedAt as string;
    desk.env.clock.advance(60_000);
    expect(desk.ok('apiUpdateTicket', id, { reply: 'Hello', expectedUpdatedAt: loaded }).ticket.agentReplies).toBe(1);
    expect(desk.err('apiUpdateTicket', id, { reply: 'Again', expectedUpdatedAt: loaded }).key).toBe('stale');
  });
});
