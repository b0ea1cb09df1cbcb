/** A small shop for the property suite: orders, open and resolved tickets, a pending approval, a call-back, outreach. */
import { freshDesk, type Desk } from '../server/harness';

export interface Shop {
  desk: Desk;
  tickets: string[];
  resolved: string;
  approvalId: string;
  callbackId: string;
  outreachRow: number;
  articleId: string;
}

export const ORDERS_CSV = [
  'Order ID,Order Date,Customer ID,Customer Name,Email,SKU,Product,Quantity,Amount,Status',
  'O-1001,2026-11-10 10:00,buyer.one,Nur,nur@example.com,MUG-01,Mug,1,25.00,Completed',
  'O-1002,2026-11-11 11:00,buyer.two,Mei,mei@example.com,SHIRT-02,Shirt,2,80.00,Completed',
].join('\n');

/** Writes one row into a tab by header names (as a person or another tool would). */
export function writeRow(desk: Desk, tab: string, values: Record<string, unknown>): number {
  const sheet = desk.sheet(tab);
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const row = sheet.getLastRow() + 1;
  const line = headers.map((h) => (h in values ? values[h] : ''));
  sheet.getRange(row, 1, 1, line.length).setValues([line as never[]]);
  return row;
}

export function seedShop(): Shop {
  const desk = freshDesk();
  desk.ok('apiImportOrders', ORDERS_CSV);
  const tickets = ['O-1001', 'O-1002', ''].map((orderId, i) =>
    desk.ok('apiLogCase', { channel: 'Shopee Chat', reason: 'damaged', orderId, customerId: `buyer.${i}`, email: 'nur@example.com', language: 'en', description: 'Cracked on arrival' }).ticket.ticketId as string);
  desk.env.clock.advance(60_000);
  const resolved = tickets[0]!;
  desk.ok('apiUpdateTicket', resolved, { status: 'resolved', resolution: 'refund', rootCause: 'packaging', reply: 'Refunded, sorry!' });
  // An agent asks for compensation above their limit: a pending approval for the lead.
  desk.as('aisyah@shop.test');
  desk.env.clock.advance(60_000);
  const approvalId = desk.ok('apiUpdateTicket', tickets[1]!, { compensation: 80 }).approval.approvalId as string;
  desk.as('owner@shop.test');
  // A low survey score opens a call-back.
  desk.env.clock.advance(60_000);
  desk.ok('apiSurveyResponse', { ticket: resolved, score: 1, comment: 'Still broken' });
  const callbackId = String(desk.rows('Callbacks')[1]![0]);
  const outreachRow = writeRow(desk, 'Outreach', { 'Alert ID': 'AL-1', SKU: 'MUG-01', 'Order ID': 'O-1001', 'Customer ID': 'buyer.one', 'Customer Name': 'Nur', Channel: 'Shopee Chat', Message: 'Hello', Status: 'to contact' });
  const articleId = String(desk.rows('Knowledge Base')[1]![0]);
  return { desk, tickets, resolved, approvalId, callbackId, outreachRow, articleId };
}
