/** Settings → the policies core logic takes (calendar, SLA, compensation, value tags, marketplace clocks). */
import { PRIORITIES, type PriorityKey } from '../../sheets-templates/enums';
import { parseBusinessCalendar, type BusinessCalendar } from '../core/calendar';
import type { SlaPolicy } from '../core/sla';
import type { CompensationPolicy } from '../core/compensation';
import type { ValueTagPolicy } from '../core/customers';
import type { SettingsValues } from './settings';

export interface DeskPolicies {
  calendar: BusinessCalendar;
  sla: SlaPolicy;
  compensation: CompensationPolicy;
  tags: ValueTagPolicy;
  marketplace: { returnRequest: number; chat: number };
  assignment: 'round_robin' | 'least_open' | 'none';
  currency: string;
  shopName: string;
}

const CAP: Record<PriorityKey, string> = { urgent: 'Urgent', high: 'High', normal: 'Normal', low: 'Low' };

export function deskPolicies(s: SettingsValues): DeskPolicies {
  const hours = {
    Mon: s.text('Business Hours Mon'),
    Tue: s.text('Business Hours Tue'),
    Wed: s.text('Business Hours Wed'),
    Thu: s.text('Business Hours Thu'),
    Fri: s.text('Business Hours Fri'),
    Sat: s.text('Business Hours Sat'),
    Sun: s.text('Business Hours Sun'),
  };
  const calendar = parseBusinessCalendar({ timeZone: s.timeZone, hours, holidays: s.dates('Holidays').join(', ') });
  const perPriority = (prefix: string) =>
    Object.fromEntries(PRIORITIES.map((p) => [p.key, s.number(`${prefix} ${CAP[p.key]}`)])) as Record<PriorityKey, number>;
  const mode = s.text('Assignment Mode');
  return {
    calendar,
    sla: {
      firstReplyHours: perPriority('SLA First Reply Hours'),
      resolutionHours: perPriority('SLA Resolution Hours'),
      dueSoonFraction: s.number('SLA Due Soon Fraction'),
    },
    compensation: {
      limits: {
        agent: s.number('Compensation Limit Agent'),
        lead: s.number('Compensation Limit Lead'),
        owner: s.numberOrNull('Compensation Limit Owner'),
      },
      vipMultiplier: s.number('VIP Compensation Multiplier'),
    },
    tags: {
      vipSpend: s.number('VIP Spend'),
      vipOrders: s.number('VIP Orders'),
      repeatOrders: s.number('Repeat Orders'),
      atRiskDays: s.number('At Risk Days'),
    },
    marketplace: {
      returnRequest: s.number('Marketplace Return Response Hours'),
      chat: s.number('Marketplace Chat Response Hours'),
    },
    assignment: mode === 'round_robin' || mode === 'none' ? mode : 'least_open',
    currency: s.text('Currency'),
    shopName: s.text('Shop Name'),
  };
}
