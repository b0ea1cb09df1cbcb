/** The "Due soon on Shopee" digest cards name the customer: masked like every team e-mail unless the shop shows contacts. */
import { describe, expect, it } from 'vitest';
import { dueSoonSection, type DueSoonItem } from '../../../src/core/marketplace/due-soon';

const NOW = Date.parse('2026-11-20T06:00:00Z');
const item = (customer: string): DueSoonItem => ({ ticketId: 'T-000007', kind: 'return_request', dueAt: NOW + 2 * 3_600_000, returnId: 'R-1', orderId: '261110ABCD1234', customer, assignee: 'jun@shop.test' });

describe('due-soon cards', () => {
  it('mask a customer known only by e-mail or phone, keep a name, and show all with the setting on', () => {
    const ref = (customer: string, show?: boolean) =>
      dueSoonSection([item(customer)], { timeZone: 'Asia/Kuala_Lumpur', now: NOW, ...(show === undefined ? {} : { contacts: { show } }) })!.cards[0]!.context![0]!.en;
    expect(ref('ana@example.com')).toBe('Return R-1 · Order 261110ABCD1234 · [email] · jun@shop.test');
    expect(ref('+60 12-345 6789')).toBe('Return R-1 · Order 261110ABCD1234 · [phone] · jun@shop.test');
    expect(ref('Ana Lim')).toBe('Return R-1 · Order 261110ABCD1234 · Ana Lim · jun@shop.test');
    expect(ref('ana@example.com', true)).toBe('Return R-1 · Order 261110ABCD1234 · ana@example.com · jun@shop.test');
  });
});
