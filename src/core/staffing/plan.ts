/**
 * The staffing plan per day and open hour: the day's forecast spread over the hours by the arrival profile; live
 * chats in an open hour go through Erlang C (target service level and answer time, occupancy cap); e-mail and
 * other tickets, and chats that arrive while the shop is closed, are a backlog spread over the day's open hours and
 * worked in the chat agents' idle time (hours of work ÷ productive hours, productive = the occupancy cap; a closed
 * day's backlog moves to the next open day). Shrinkage turns agents
 * required into people to schedule; the team the shop has gives the service level to expect and the short hours.
 */
import type { BusinessCalendar } from '../calendar';
import { agentsRequired, agentsToSchedule, intervalMetrics } from './erlang';
import type { DayForecast } from './forecast';
import type { ArrivalProfile } from './history';

export interface StaffingParams {
  targetServiceLevel: number;
  targetSeconds: number;
  ahtChatSeconds: number;
  ahtOtherSeconds: number;
  maxOccupancy: number;
  shrinkage: number;
}

export interface HourPlan {
  day: string;
  hour: number;
  openMinutes: number;
  tickets: number;
  upper: number;
  /** Live chats arriving while open: the Erlang C queue. */
  chats: number;
  /** Hours of backlog work (e-mail, other, chats from closed hours) done in this hour. */
  workloadHours: number;
  agentsRequired: number;
  agentsToSchedule: number;
  agentsAvailable: number;
  /** Chats answered within the target with the team the shop has; null when no chat is expected. */
  serviceLevel: number | null;
  short: boolean;
}

export interface DayPlan {
  day: string;
  weekday: number;
  tickets: number;
  upper: number;
  promoWave: number | null;
  openMinutes: number;
  peakToSchedule: number;
  /** Σ people to schedule × open hours. */
  agentHours: number;
  shortHours: number;
  hours: HourPlan[];
}

/** Open minutes of each local hour 0–23 of a day (0 on holidays and closed days). */
export function openMinutesByHour(calendar: BusinessCalendar, day: string, weekday: number): number[] {
  const out = new Array(24).fill(0);
  if (calendar.holidays.has(day)) return out;
  for (const [a, b] of calendar.week[weekday] ?? []) {
    for (let h = 0; h < 24; h++) out[h] += Math.max(0, Math.min(b, (h + 1) * 60) - Math.max(a, h * 60));
  }
  return out;
}

export function planStaffing(forecast: readonly DayForecast[], profile: ArrivalProfile, calendar: BusinessCalendar, params: StaffingParams, agentsAvailable: number): DayPlan[] {
  const target = { serviceLevel: params.targetServiceLevel, targetSeconds: params.targetSeconds, maxOccupancy: params.maxOccupancy };
  const productive = agentsAvailable * (1 - params.shrinkage);
  let carrySeconds = 0;
  return forecast.map((f) => {
    const open = openMinutesByHour(calendar, f.day, f.weekday);
    const openTotal = open.reduce((a, b) => a + b, 0);
    let workSeconds = carrySeconds;
    const liveOpen = new Array(24).fill(0);
    for (let h = 0; h < 24; h++) {
      const tickets = f.tickets * profile.hourly[h]!;
      const live = tickets * profile.liveShare;
      liveOpen[h] = (live * open[h]!) / 60;
      workSeconds += (live - liveOpen[h]!) * params.ahtChatSeconds + (tickets - live) * params.ahtOtherSeconds;
    }
    const plan: DayPlan = { day: f.day, weekday: f.weekday, tickets: f.tickets, upper: f.upper, promoWave: f.promoWave, openMinutes: openTotal, peakToSchedule: 0, agentHours: 0, shortHours: 0, hours: [] };
    if (openTotal === 0) {
      carrySeconds = workSeconds;
      return plan;
    }
    carrySeconds = 0;
    for (let h = 0; h < 24; h++) {
      const m = open[h]!;
      if (m === 0) continue;
      const interval = { arrivals: liveOpen[h]!, intervalSeconds: m * 60, ahtSeconds: params.ahtChatSeconds };
      const work = (workSeconds * m) / openTotal;
      // Backlog work fills the chat agents' idle time: everyone's busy time (chat Erlangs + backlog Erlangs) must
      // fit under the occupancy cap, and the chat queue alone must meet its target.
      const busy = (interval.arrivals * params.ahtChatSeconds + work) / (m * 60);
      const chatAgents = interval.arrivals > 0 ? agentsRequired(interval, target).agents : 0;
      const required = Math.max(chatAgents, Math.ceil(busy / params.maxOccupancy - 1e-9));
      const toSchedule = agentsToSchedule(required, params.shrinkage);
      const forChat = Math.floor(productive + 1e-9);
      const serviceLevel = interval.arrivals > 0 ? intervalMetrics(interval, forChat, params.targetSeconds).serviceLevel : null;
      const short = toSchedule > agentsAvailable;
      plan.hours.push({
        day: f.day, hour: h, openMinutes: m, tickets: f.tickets * profile.hourly[h]!, upper: f.upper * profile.hourly[h]!, chats: interval.arrivals,
        workloadHours: work / 3600, agentsRequired: required, agentsToSchedule: toSchedule, agentsAvailable, serviceLevel, short,
      });
      plan.peakToSchedule = Math.max(plan.peakToSchedule, toSchedule);
      plan.agentHours += (toSchedule * m) / 60;
      if (short) plan.shortHours++;
    }
    return plan;
  });
}
