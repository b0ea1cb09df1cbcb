/** The one masking of customer contact data in team e-mails (src/core/privacy/contacts.ts), by hand-written cases. */
import { describe, expect, it } from 'vitest';
import { clip, forTeam, maskContacts, teamQuote } from '../../../src/core/privacy/contacts';

describe('maskContacts', () => {
  it.each([
    ['MY mobile, international', 'call +60 12-345 6789 now', 'call [phone] now'],
    ['MY mobile, local', 'WhatsApp 012-345 6789 pls', 'WhatsApp [phone] pls'],
    ['MY landline in brackets', 'office (03) 1234 5678', 'office [phone]'],
    ['SG', 'hp 9123 4567', 'hp [phone]'],
    ['ID', 'wa +62 812-3456-7890', 'wa [phone]'],
    ['TH', 'โทร 081 234 5678', 'โทร [phone]'],
    ['VN', 'sđt 0912 345 678', 'sđt [phone]'],
    ['PH', 'cp 0917 123 4567', 'cp [phone]'],
    ['CN, no space before the digits', '电话13812345678', '电话[phone]'],
    ['CN, full-width digits', '手机１３８１２３４５６７８', '手机[phone]'],
    ['TH, Thai digits', 'โทร ๐๘๑-๒๓๔-๕๖๗๘ นะคะ', 'โทร [phone] นะคะ'],
    ['Arabic-Indic digits', 'call ٠١٢٣٤٥٦٧٨٩', 'call [phone]'],
    ['TW', '0912-345-678', '[phone]'],
    ['international with 00', '0060123456789', '[phone]'],
    ['two numbers in a row', '0123456789 0198765432', '[phone] [phone]'],
    ['zero-width space inside', '012\u200b-345 6789', '[phone]'],
    ['broken over a line', 'call 012-345\n6789 pls', 'call [phone] pls'],
  ])('masks phones: %s', (_, text, want) => {
    expect(maskContacts(text)).toBe(want);
  });

  it.each([
    ['plain', 'mail a.b@shop.co.id please', 'mail [email] please'],
    ['plus tag', 'ana+orders@example.com', '[email]'],
    ['full-width at', 'ana＠example.com', '[email]'],
    ['zero-width inside', 'ana\u200b@example.com', '[email]'],
    ['unicode local part', 'trần@ví-dụ.vn', '[email]'],
  ])('masks e-mail addresses: %s', (_, text, want) => {
    expect(maskContacts(text)).toBe(want);
  });

  it.each([
    ['MY, number first with postcode', 'ship to No. 12, Jalan SS2/24, 47300 Petaling Jaya please', 'ship to [address] please'],
    ['ID, street first', 'Jl. Sudirman No. 10, Jakarta', '[address], Jakarta'],
    ['SG block', 'Blk 123 Ang Mo Kio Ave 3 #05-12', '[address]'],
    ['VN', 'giao 25 Đường Lê Lợi, Quận 1', 'giao [address], Quận 1'],
    ['CN', '寄到上海市中山路123号5楼 谢谢', '[address] 谢谢'],
    ['TW', '台北市忠孝東路四段100號5樓', '[address]'],
    ['EN', 'send it to 221B Baker Street, London', 'send it to [address], London'],
    ['only the address, not the rest of the sentence', 'I live at 5 Main Street and the cup broke', 'I live at [address] and the cup broke'],
  ])('masks street addresses: %s', (_, text, want) => {
    expect(maskContacts(text)).toBe(want);
  });

  it.each([
    'order 2411200000123456 not here',
    'on 2026-11-16 10:00 it broke',
    'paid RM 1,299.00 on 16/11/2026, qty 2',
    'SKU TSHIRT-RED-M x 3, ticket T-000123',
    'tracking SPXMY0123456789',
    'barang tak jalan 2 hari',
    'order 12345',
    'orders\n2411200000123456\n2411200000123457',
  ])('leaves order numbers, dates, amounts and ordinary words alone: %s', (text) => {
    expect(maskContacts(text)).toBe(text);
  });
});

describe('the shop policy', () => {
  it('masks by default, shows only when the shop chose it', () => {
    const text = 'call 012-345 6789 or ana@example.com';
    expect(forTeam(text)).toBe('call [phone] or [email]');
    expect(forTeam(text, { show: false })).toBe('call [phone] or [email]');
    expect(forTeam(text, { show: true })).toBe(text);
  });

  it('a quote is masked before it is clipped, so a clip cannot leave half a number', () => {
    expect(teamQuote('call 012-345 6789', 12)).toBe('call [phone]');
    expect(teamQuote('x'.repeat(200), 140)).toHaveLength(140);
    expect(clip(' a \n b ', 10)).toBe('a b');
  });
});
