/**
 * Refreshing the Staffing tab (menu, weekly trigger, the eve of each Promo Day, CLI): validate Settings and the
 * Forecast tab, read only the columns the forecast needs (Tickets: Created At, Channel; Orders: Order ID, Order
 * Date), compute in core, then write the whole tab in one block with the short hours highlighted in the same pass.
 */
import type { RowOf } from '../../../sheets-templates/schema';
import type { ChannelKey } from '../../../sheets-templates/enums';
import { UserError } from '../../core/errors';
import { forecastTickets, learnModel, type ForecastModel } from '../../core/staffing/forecast';
import { arrivalProfile, dailyHistory, type ArrivalProfile } from '../../core/staffing/history';
import { planStaffing, type DayPlan } from '../../core/staffing/plan';
import { addDaysToKey, localDateKey, parseDateKey, toLocalIso, zonedTimeToUtc } from '../../core/time';
import { readColumns } from '../../workbook/columns';
import { deskPolicies } from '../../workbook/policies';
import { openForAppend, readTable, type Table } from '../../workbook/table';
import { AGENTS, FORECAST, ORDERS, STAFFING, TICKETS } from '../../workbook/tabs';
import { openContext, type ActionContext } from '../context';
import { withDocumentLock } from '../lock';
import { staffingSettings, type StaffingSettings } from './settings';
import { staffingLayout } from './layout';

/** Days of history the forecast learns from (16 weeks: enough for two or three past promos). */
const HISTORY_DAYS = 112;
const PROFILE_DAYS = 56;

export interface StaffingReport {
  generatedAt: string;
  from: string;
  to: string;
  agentsActive: number;
  settings: StaffingSettings['params'] & { weeks: number; promoMultiplier: number };
  model: {
    ticketsPerOrder: number | null;
    promoLift: ForecastModel['promoLift'];
    liveShare: number;
    profileTickets: number;
    plannedDays: number;
  };
  days: { date: string; tickets: number; upper: number; promoWave: number | null; peakAgentsToSchedule: number; agentHours: number; shortHours: number }[];
  hours: { date: string; hour: string; tickets: number; chats: number; backlogHours: number; agentsRequired: number; agentsToSchedule: number; agentsAvailable: number; serviceLevel: number | null; short: boolean }[];
  shortHours: number;
  rowsWritten: number;
}

function plannedOrders(ctx: ActionContext): Map<string, number> {
  const table = readTable<RowOf<typeof FORECAST>>(ctx.ss, FORECAST, ctx.timeZone, ['date', 'expectedOrders']);
  const out = new Map<string, number>();
  for (const r of table.rows) {
    const bad = r.issues[0];
    if (bad) {
      throw new UserError('forecast_invalid', { en: `Forecast!${bad.column}${bad.row}: ${bad.message}.`, zh: `销量预测!${bad.column}${bad.row}：无法读取（${bad.message}）。` }, bad.field);
    }
    if (r.record.date === null || r.record.expectedOrders === null) continue;
    if (r.record.expectedOrders < 0) {
      throw new UserError('forecast_invalid', { en: `Forecast row ${r.row}: expected orders cannot be negative.`, zh: `销量预测第 ${r.row} 行：预计订单数不能为负数。` }, 'expectedOrders');
    }
    out.set(localDateKey(ctx.timeZone, r.record.date), r.record.expectedOrders);
  }
  return out;
}

function activeAgents(ctx: ActionContext): number {
  const agents = readTable<RowOf<typeof AGENTS>>(ctx.ss, AGENTS, ctx.timeZone);
  return agents.rows.filter((r) => r.record.email && r.record.active !== false).length;
}

const round = (x: number, dp: number) => Math.round(x * 10 ** dp) / 10 ** dp;
const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00`;

export function runStaffingRefresh(ctx: ActionContext): StaffingReport {
  // Validate everything first: nothing is written when a setting or a Forecast cell is wrong.
  const s = staffingSettings(ctx.settings);
  const policies = deskPolicies(ctx.settings);
  const planned = plannedOrders(ctx);
  const agentsActive = activeAgents(ctx);
  const target = openForAppend<RowOf<typeof STAFFING>>(ctx.ss, STAFFING, ctx.timeZone);

  const t = readColumns(ctx.ss, TICKETS, ['createdAt', 'channel'] as const, ctx.timeZone);
  const stamps = t.values.createdAt
    .map((at, i) => ({ createdAt: at as number | null, channel: (t.values.channel[i] ?? null) as ChannelKey | null }))
    .filter((x): x is { createdAt: number; channel: ChannelKey | null } => typeof x.createdAt === 'number');
  const o = readColumns(ctx.ss, ORDERS, ['orderId', 'orderDate'] as const, ctx.timeZone);
  const orders = o.values.orderDate
    .map((at, i) => ({ orderDate: at as number | null, orderId: String(o.values.orderId[i] ?? '') }))
    .filter((x): x is { orderDate: number; orderId: string } => typeof x.orderDate === 'number' && x.orderId !== '');

  const today = localDateKey(ctx.timeZone, ctx.now);
  const history = dailyHistory(stamps, orders, ctx.timeZone, ctx.now, HISTORY_DAYS);
  const input = { history, firstDay: today, days: s.weeks * 7, promoDays: new Set(s.promoDays), plannedOrders: planned, defaultPromoMultiplier: s.promoMultiplier };
  const model = learnModel(input);
  const forecast = forecastTickets(input, model);
  const midnight = (key: string) => {
    const p = parseDateKey(key)!;
    return zonedTimeToUtc(ctx.timeZone, p.year, p.month, p.day);
  };
  const profile = arrivalProfile(stamps, ctx.timeZone, midnight(addDaysToKey(today, -PROFILE_DAYS)), midnight(today));
  const plan = planStaffing(forecast, profile, policies.calendar, s.params, agentsActive);

  const rowsWritten = writeStaffing(ctx, target, plan, { s, model, profile, agentsActive });
  return report(ctx, plan, { s, model, profile, agentsActive, planned: [...planned.keys()].filter((k) => k >= today && k <= forecast[forecast.length - 1]!.day).length, rowsWritten });
}

interface Context {
  s: StaffingSettings;
  model: ForecastModel;
  profile: ArrivalProfile;
  agentsActive: number;
}

function writeStaffing(ctx: ActionContext, table: Table<RowOf<typeof STAFFING>>, plan: DayPlan[], c: Context): number {
  const layout = staffingLayout(table.map, plan, { makeDate: ctx.makeDate, midnight: (key) => { const p = parseDateKey(key)!; return zonedTimeToUtc(ctx.timeZone, p.year, p.month, p.day); } });
  const sheet = table.sheet;
  if (table.lastRow > 1) sheet.getRange(2, 1, table.lastRow - 1, layout.width).clear();
  if (layout.values.length > 0) {
    const range = sheet.getRange(2, 1, layout.values.length, layout.width);
    range.setNumberFormats(layout.formats);
    range.setValues(layout.values);
    range.setBackgrounds(layout.backgrounds);
    range.setFontWeights(layout.weights);
  }
  const p = c.s.params;
  sheet.getRange(1, 1).setNote(
    `Refreshed ${toLocalIso(ctx.timeZone, ctx.now)} · 刷新于此时\n` +
      `Target ${Math.round(p.targetServiceLevel * 100)} % of live chats answered in ${p.targetSeconds} s · 目标服务水平\n` +
      `AHT chat ${p.ahtChatSeconds} s, e-mail ${p.ahtOtherSeconds} s · 平均处理时长\n` +
      `Max occupancy ${Math.round(p.maxOccupancy * 100)} %, shrinkage ${Math.round(p.shrinkage * 100)} % · 占用率上限、损耗率\n` +
      `Tickets per order ${c.model.ticketsPerOrder === null ? 'n/a (no orders)' : c.model.ticketsPerOrder.toFixed(3)}; ` +
      `promo lift ${c.model.promoLift.double.median.toFixed(1)}× (${c.model.promoLift.double.seen} past 9.9-type days), ${c.model.promoLift.other.median.toFixed(1)}× other · 大促倍数\n` +
      `Live-chat share ${Math.round(c.profile.liveShare * 100)} %; ${c.agentsActive} active agents · 在岗客服`,
  );
  return layout.values.length;
}

function report(ctx: ActionContext, plan: DayPlan[], x: Context & { planned: number; rowsWritten: number }): StaffingReport {
  const hours = plan.flatMap((d) => d.hours.map((h) => ({
    date: d.day, hour: hourLabel(h.hour), tickets: round(h.tickets, 3), chats: round(h.chats, 3), backlogHours: round(h.workloadHours, 3),
    agentsRequired: h.agentsRequired, agentsToSchedule: h.agentsToSchedule, agentsAvailable: h.agentsAvailable,
    serviceLevel: h.serviceLevel === null ? null : round(h.serviceLevel, 4), short: h.short,
  })));
  return {
    generatedAt: toLocalIso(ctx.timeZone, ctx.now),
    from: plan[0]!.day,
    to: plan[plan.length - 1]!.day,
    agentsActive: x.agentsActive,
    settings: { ...x.s.params, weeks: x.s.weeks, promoMultiplier: x.s.promoMultiplier },
    model: {
      ticketsPerOrder: x.model.ticketsPerOrder === null ? null : round(x.model.ticketsPerOrder, 4),
      promoLift: x.model.promoLift,
      liveShare: round(x.profile.liveShare, 4),
      profileTickets: x.profile.sample,
      plannedDays: x.planned,
    },
    days: plan.map((d) => ({ date: d.day, tickets: round(d.tickets, 2), upper: round(d.upper, 2), promoWave: d.promoWave, peakAgentsToSchedule: d.peakToSchedule, agentHours: round(d.agentHours, 2), shortHours: d.shortHours })),
    hours,
    shortHours: hours.filter((h) => h.short).length,
    rowsWritten: x.rowsWritten,
  };
}

export function refreshStaffing(): StaffingReport {
  return withDocumentLock(() => runStaffingRefresh(openContext()));
}
