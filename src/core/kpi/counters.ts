/** The running totals of one KPI pass: the numerators, denominators and samples behind each figure. */
import { PRIORITIES, type PriorityKey } from '../../../sheets-templates/enums';
import type { Complainant } from './retention';

export interface Counters {
  tickets: number;
  firstReply: number[];
  firstReplyBusiness: number[];
  resolution: number[];
  resolutionBusiness: number[];
  requesterWait: number[];
  statusKnown: number;
  resolved: number;
  oneTouchBase: number;
  oneTouch: number;
  reopenBase: number;
  reopened: number;
  slaFirstBase: number;
  slaFirstMet: number;
  slaResBase: number;
  slaResMet: number;
  responses: number;
  promoters: number;
  csatSum: number;
  surveysSent: number;
  surveysAnswered: number;
  returnedOrders: Set<string>;
  complainants: Map<string, Complainant>;
  priority: Record<PriorityKey, { tickets: number; firstBase: number; firstMet: number; resBase: number; resMet: number }>;
  latestEvent: number | null;
}

export function newCounters(): Counters {
  const priority = {} as Counters['priority'];
  for (const p of PRIORITIES) priority[p.key] = { tickets: 0, firstBase: 0, firstMet: 0, resBase: 0, resMet: 0 };
  return {
    tickets: 0, firstReply: [], firstReplyBusiness: [], resolution: [], resolutionBusiness: [], requesterWait: [],
    statusKnown: 0, resolved: 0, oneTouchBase: 0, oneTouch: 0, reopenBase: 0, reopened: 0,
    slaFirstBase: 0, slaFirstMet: 0, slaResBase: 0, slaResMet: 0,
    responses: 0, promoters: 0, csatSum: 0, surveysSent: 0, surveysAnswered: 0,
    returnedOrders: new Set(), complainants: new Map(), priority, latestEvent: null,
  };
}

