/**
 * `afterdesk demo [--out DIR] [--seed N] [--now ISO]`: the main job. Generates a believable shop, plays its
 * history through the real bundle (set-up, order imports, cases, replies, resolutions, surveys), runs every job
 * on it (dashboard, alerts), and leaves DIR/demo.xlsx, its outbox and a summary.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { demoReturnsCsv } from '../../demo/returns';
import { generateShop, shopeeCsv } from '../../demo/generate';
import { SHOP_NAME } from '../../demo/catalogue';
import { nowFlag, parse, str } from '../args';
import { CliError, usage } from '../errors';
import { unwrap } from '../output';
import { openWorkbook, saveOpenWorkbook, type OpenWorkbook } from '../workbook';

function localText(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function writeSheet(wb: OpenWorkbook, name: string, rows: (string | number | boolean)[][]): void {
  const sheet = wb.env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new CliError(`demo: the ${name} tab is missing after set-up`);
  sheet.getRange(2, 1, rows.length, rows[0]!.length).setValues(rows);
}

function setSetting(wb: OpenWorkbook, key: string, value: string): void {
  const sheet = wb.env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Settings')!;
  const values = sheet.getDataRange().getValues();
  const i = values.findIndex((r) => r[0] === key);
  if (i < 0) throw new CliError(`demo: Settings has no key ${key}`);
  sheet.getRange(i + 1, 2).setValue(value);
}

export async function demoCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parse(argv, { out: { type: 'string' }, seed: { type: 'string' } });
  if (positionals.length) throw usage('usage: afterdesk demo [--out DIR] [--seed N] [--now ISO]');
  const out = resolve(str(flags, 'out') ?? 'out');
  const seed = Number(str(flags, 'seed') ?? 7);
  if (!Number.isInteger(seed)) throw usage('--seed must be a whole number');
  const now = nowFlag(flags) ?? Math.floor(Date.now() / 60_000) * 60_000;
  const started = Date.now();
  const shop = generateShop(seed, now);
  const path = join(out, 'demo.xlsx');
  rmSync(path, { force: true });
  rmSync(`${path}.outbox`, { recursive: true, force: true });
  rmSync(`${path}.state.json`, { force: true });
  mkdirSync(out, { recursive: true });
  const firstAt = Math.min(shop.orders[0]?.at ?? now, shop.steps[0]?.at ?? now) - 3_600_000;
  const wb = await openWorkbook(path, { create: true, now: firstAt, as: shop.agents[0]!.email, timeZone: 'Asia/Kuala_Lumpur' });
  const { env, bundle } = wb;
  unwrap(bundle.call('apiSetup'));
  writeSheet(wb, 'Agents', shop.agents.map((a) => [a.email, a.name, a.role, a.languages, true, a.limit]));
  setSetting(wb, 'Shop Name', SHOP_NAME);
  setSetting(wb, 'Alert Recipients', 'owner@kedailumi.my, mei@kedailumi.my');
  setSetting(wb, 'Survey Languages', 'en, zh-CN, ms, zh-TW, id, th, vi');
  setSetting(wb, 'Department Owners', 'product: product@kedailumi.my; purchasing: buyer@kedailumi.my; packaging: packing@kedailumi.my; warehouse: gudang@kedailumi.my; logistics: ops@kedailumi.my; service: mei@kedailumi.my');
  unwrap(bundle.call('apiCreateSurveyForms'));
  unwrap(bundle.call('apiInstallTriggers'));

  const handles = new Map<number, string>();
  let orderCursor = 0;
  const importUpTo = (t: number) => {
    let end = orderCursor;
    while (end < shop.orders.length && shop.orders[end]!.at <= t) end++;
    if (end === orderCursor) return;
    // Orders are imported by the owner (importing is for owners and leads).
    const who = env.emu.userEmail;
    env.setUser(shop.agents[0]!.email);
    unwrap(bundle.call('apiImportOrders', shopeeCsv(shop.orders.slice(orderCursor, end), localText)));
    env.setUser(who);
    orderCursor = end;
  };
  // Shopee return requests: exported a day and a half ago, and again now with moved statuses (issue 15).
  let returnsExported = false;
  const exportReturns = (at: number) => unwrap(bundle.call('apiImportReturns', demoReturnsCsv(shop.orders, now, at, localText)));
  let lastDay = '';
  const counts = { cases: 0, updates: 0, surveys: 0, refused: 0 };
  for (const step of shop.steps) {
    const day = localText(step.at).slice(0, 10);
    if (day !== lastDay) {
      env.clock.set(step.at);
      importUpTo(step.at);
      lastDay = day;
    }
    if (!returnsExported && step.at >= now - 36 * 3_600_000) {
      env.clock.set(now - 36 * 3_600_000);
      env.setUser(shop.agents[0]!.email);
      exportReturns(now - 36 * 3_600_000);
      returnsExported = true;
    }
    env.clock.set(step.at);
    env.setUser(step.as);
    if (step.kind === 'log') {
      const r = bundle.call('apiLogCase', step.input) as { ok: boolean; data?: { ticket: { ticketId: string } } };
      if (r.ok && r.data) {
        handles.set(step.handle, r.data.ticket.ticketId);
        counts.cases++;
      } else counts.refused++;
    } else if (step.kind === 'update') {
      const id = handles.get(step.handle);
      if (!id) continue;
      const r = bundle.call('apiUpdateTicket', id, step.input) as { ok: boolean };
      if (r.ok) counts.updates++;
      else counts.refused++;
    } else if (step.kind === 'survey') {
      const id = handles.get(step.handle);
      if (!id) continue;
      // The form-submit path, run by the owner (as the trigger would be).
      env.setUser(shop.agents[0]!.email);
      const r = bundle.call('apiSurveyResponse', { ticket: id, score: step.score, comment: step.comment }) as { ok: boolean; data?: { callbackId?: string | null } };
      if (r.ok) counts.surveys++;
      // The lead calls back low scorers; the last few days' call-backs are still open in the queue.
      const callback = r.data?.callbackId;
      if (callback && step.at < now - 4 * 86_400_000) {
        env.setUser(shop.agents[1]!.email);
        bundle.call('apiCompleteCallback', callback, 'Called the customer, apologised and sent a MYR 10 voucher.');
      }
    }
    // The owner's mail trigger sends what the step queued (it reads one property when nothing is queued).
    bundle.fireTrigger('onMailQueue');
  }
  env.clock.set(now);
  importUpTo(now);
  env.setUser(shop.agents[0]!.email);
  // Two improvement actions: the warehouse's picking check, done five weeks ago (the review shows its effect), and an overdue one.
  const day = (d: number) => localText(now + d * 86_400_000).slice(0, 10);
  writeSheet(wb, 'Actions', [
    ['A-001', localText(now - 42 * 86_400_000), 'Warehouse: second person checks every order with 2+ items before sealing', 'warehouse', 'gudang@kedailumi.my', day(-35), 'Done', '', 'wrong_item, missing_item, warehouse_error', '', 'Complaints per 1000 orders', day(-35), 'Review', ''],
    ['A-002', localText(now - 20 * 86_400_000), 'Courier: ask J&T for a second daily pickup during 11.11', 'logistics', 'ops@kedailumi.my', day(-6), 'In progress', '', 'not_received, logistics', '', 'Complaints per 1000 orders', '', 'Review', ''],
  ]);
  const returns = exportReturns(now) as { created: number; updated: number; unchanged: number };
  const jobs: string[] = [];
  for (const job of ['apiRefreshSla', 'apiRefreshDashboard', 'apiCheckAlerts', 'apiRunWeeklyReview', 'apiRefreshStaffing']) {
    unwrap(bundle.call(job));
    jobs.push(job);
  }
  const kpi = unwrap<Record<string, any>>(bundle.call('apiKpi', {}));
  await saveOpenWorkbook(wb);
  const outbox = env.outbox.length;
  const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)} %`);
  const hours = (x: number | null) => (x === null ? '—' : `${x.toFixed(1)} h`);
  console.log(`AfterDesk demo — ${SHOP_NAME}, seed ${seed}, now ${new Date(now).toISOString()}`);
  console.log(`  orders imported: ${shop.orders.length} lines`);
  console.log(`  cases logged: ${counts.cases}, updates: ${counts.updates}, survey responses: ${counts.surveys}${counts.refused ? `, refused: ${counts.refused}` : ''}`);
  console.log(`  Shopee return requests: ${returns.created + returns.updated + returns.unchanged} (last export: ${returns.created} created, ${returns.updated} updated, ${returns.unchanged} unchanged)`);
  console.log(`  jobs run: ${jobs.join(', ') || '(none)'}`);
  console.log(`  last 28 days: ${kpi['tickets']} tickets, first reply median ${hours(kpi['first_reply_business_hours']?.median ?? null)} (business), resolution rate ${pct(kpi['resolution_rate'])}, one-touch ${pct(kpi['one_touch_rate'])}, SLA first reply ${pct(kpi['sla_first_reply_rate'])}, CSAT ${pct(kpi['csat_percent'])}, return rate ${pct(kpi['return_rate'])}`);
  console.log(`  mail sent: ${outbox} → ${path}.outbox/`);
  console.log(`  workbook: ${path}  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
