/**
 * The Staffing tab's rows as one block: a bold totals row per day, then one row per open hour; short hours on a
 * red background. Values, number formats, backgrounds and weights are built together so they are written in one
 * call each. Columns are placed by the tab's header map (users may reorder them).
 */
import type { DayPlan } from '../../core/staffing/plan';
import type { HeaderMap } from '../../workbook/headers';

export const SHORT_BACKGROUND = '#f4c7c3';
const DAY_BACKGROUND = '#e6f4ea';

type Cell = string | number | Date;

export interface StaffingLayout {
  width: number;
  values: Cell[][];
  formats: string[][];
  backgrounds: (string | null)[][];
  weights: ('bold' | 'normal')[][];
}

const FORMATS: Record<string, string> = {
  date: 'yyyy-mm-dd ddd', hour: '@', sale: '@', tickets: '0.0', upper: '0.0', chats: '0.0', workloadHours: '0.0',
  agentsRequired: '0', agentsToSchedule: '0', agentsAvailable: '0', serviceLevel: '0.0%', short: '@',
};

function saleLabel(wave: number | null): string {
  if (wave === null) return '';
  return wave === 0 ? 'Promo day · 大促日' : `After-sale +${wave} · 售后第${wave}天`;
}

export function staffingLayout(map: HeaderMap, plan: readonly DayPlan[], o: { makeDate: (ms: number) => Date; midnight: (day: string) => number }): StaffingLayout {
  const width = Math.max(map.width, ...Object.values(map.index).map((i) => i + 1), 1);
  const out: StaffingLayout = { width, values: [], formats: [], backgrounds: [], weights: [] };
  const push = (fields: Record<string, Cell>, background: string | null, bold: boolean) => {
    const row: Cell[] = new Array(width).fill('');
    const fmt: string[] = new Array(width).fill('');
    for (const [field, i] of Object.entries(map.index)) {
      fmt[i] = FORMATS[field] ?? '';
      if (field in fields) row[i] = fields[field]!;
    }
    out.values.push(row);
    out.formats.push(fmt);
    out.backgrounds.push(new Array(width).fill(background));
    out.weights.push(new Array<'bold' | 'normal'>(width).fill(bold ? 'bold' : 'normal'));
  };
  for (const d of plan) {
    const date = o.makeDate(o.midnight(d.day));
    const closed = d.openMinutes === 0;
    push(
      {
        date,
        hour: closed ? 'Day · 全天 (closed · 休息)' : 'Day · 全天',
        sale: saleLabel(d.promoWave),
        tickets: d.tickets,
        upper: d.upper,
        agentsToSchedule: d.peakToSchedule,
        short: d.shortHours ? `${d.shortHours} short hour(s) · ${d.shortHours} 小时不足` : '',
      },
      DAY_BACKGROUND,
      true,
    );
    for (const h of d.hours) {
      push(
        {
          date,
          hour: `${String(h.hour).padStart(2, '0')}:00`,
          sale: saleLabel(d.promoWave),
          tickets: h.tickets,
          upper: h.upper,
          chats: h.chats,
          workloadHours: h.workloadHours,
          agentsRequired: h.agentsRequired,
          agentsToSchedule: h.agentsToSchedule,
          agentsAvailable: h.agentsAvailable,
          serviceLevel: h.serviceLevel === null ? '' : h.serviceLevel,
          short: h.short ? `Short +${h.agentsToSchedule - h.agentsAvailable} · 缺 ${h.agentsToSchedule - h.agentsAvailable} 人` : '',
        },
        h.short ? SHORT_BACKGROUND : null,
        false,
      );
    }
  }
  return out;
}
