/** The shrunk counterexamples of the core properties, kept as explicit examples (each failed before its fix). */
import { describe, expect, it } from 'vitest';
import { clip, maskContacts, quote } from '../../src/core/review/mask';
import { quoteText } from '../../src/core/alerts/words';
import { literalText } from '../../src/core/dashboard/format';
import { parseLocalDateTime } from '../../src/workbook/codec';
import { cleanComment, parseScore, parseSolved } from '../../src/core/survey';

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('core regressions', () => {
  it('a phone number typed with full-width digits (Chinese keyboard) is masked in department and digest quotes', () => {
    expect(maskContacts(' ００００００００ ')).toBe(' [phone] ');
    expect(quote('请打 ０１２－３４５６ ７８９０ 联系我')).toBe('请打 [phone] 联系我');
    expect(quoteText('call me ０１２３４５６７８９ pls')).toBe('call me [phone] pls');
    // Order numbers (14+ digits) stay readable in the digest.
    expect(quoteText('order 26111012345678')).toBe('order 26111012345678');
  });

  it('clipping never leaves half an emoji (a lone surrogate breaks the mail and the cell)', () => {
    const emoji = '😀'.repeat(100);
    expect(LONE.test(clip(emoji, 4))).toBe(false);
    expect(clip(emoji, 4)).toBe('😀…');
    expect(LONE.test(literalText(`=1+1${emoji}`, 7))).toBe(false);
    expect(literalText(`=1+1${emoji}`, 7)).toBe("'=1+1😀…");
    expect(literalText(`=1+1${emoji}`, 6)).toBe("'=1+1…");
    expect(LONE.test(quoteText(emoji, 9))).toBe(false);
  });

  it('a day that does not exist is not a date (was rolled into the next month)', () => {
    expect(parseLocalDateTime('1990-02-29 00:00', 'UTC')).toBeNull();
    expect(parseLocalDateTime('2026-02-30', 'Asia/Kuala_Lumpur')).toBeNull();
    expect(parseLocalDateTime('2026-11-31 10:00', 'Asia/Kuala_Lumpur')).toBeNull();
    expect(parseLocalDateTime('2028-02-29 00:00', 'UTC')).toBe(Date.UTC(2028, 1, 29));
  });

  it('a survey answer that is an object reads as no answer (was a TypeError out of String())', () => {
    const evil = { toString: 'x', valueOf: 1 };
    expect(parseScore(evil)).toBeNull();
    expect(parseSolved(evil)).toBeNull();
    expect(cleanComment(evil)).toBe('');
    expect(LONE.test(cleanComment(`${'a'.repeat(4999)}😀`))).toBe(false);
  });
});

describe('orders import regressions', () => {
  it('re-importing a file whose e-mail cell is blank leaves a stored e-mail alone and changes nothing (was "updated" on every import)', async () => {
    const { planImport } = await import('../../src/core/orders-import');
    const header = ['Order ID', 'SKU', 'Email', 'Product'];
    const first = planImport([header, ['O-1', 'MUG-01', 'nur@example.com', 'Mug']], [], () => null);
    const stored = first.inserts;
    const second = planImport([header, ['O-1', 'MUG-01', '', 'Mug (blue)']], stored, () => null);
    expect(second.updates).toHaveLength(1);
    expect(second.updates[0]!.order.email).toBe('nur@example.com');
    const after = [second.updates[0]!.order];
    const third = planImport([header, ['O-1', 'MUG-01', '', 'Mug (blue)']], after, () => null);
    expect([third.updates.length, third.inserts.length, third.unchanged]).toEqual([0, 0, 1]);
  });
});

describe('amounts in an orders export', () => {
  it('1E+05 (a spreadsheet program\'s way of writing 100000) is 100000, not 105', async () => {
    const { planImport } = await import('../../src/core/orders-import');
    const plan = planImport([['Order ID', 'SKU', 'Amount'], ['O-1', 'A', '1E+05'], ['O-2', 'B', 'RM 19.90'], ['O-3', 'C', '1,000.50']], [], () => null);
    expect(plan.inserts.map((o) => o.amount)).toEqual([100000, 19.9, 1000.5]);
  });
});
