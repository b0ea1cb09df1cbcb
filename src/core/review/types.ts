/** The weekly review's input and output shapes (pure data; the server writes them to the Review tab and e-mails). */
import type { ReasonKey, ResolutionKey, RootCauseKey } from '../../../sheets-templates/enums';
import type { ActionStatusKey } from '../../../sheets-templates/review';
import type { BusinessCalendar } from '../calendar';
import type { TicketRow } from '../kpi/types';
import type { ContactPolicy } from '../privacy/contacts';
import type { Order } from '../records';
import type { SlaPolicy } from '../sla';
import type { DepartmentMap } from './departments';
import type { RateComparison } from './noise';
import type { WeekSpan } from './week';

/** An Actions tab row as the review reads it. */
export interface ActionItem {
  row: number;
  actionId: string;
  action: string;
  department: string;
  owner: string;
  /** Epoch ms of the due day's 00:00, or null. */
  due: number | null;
  status: ActionStatusKey | null;
  skus: string[];
  reasons: ReasonKey[];
  rootCauses: RootCauseKey[];
  tickets: string[];
  doneAt: number | null;
}

export interface ReviewInput {
  tickets: TicketRow[];
  orders: Order[];
  calendar: BusinessCalendar;
  policy: SlaPolicy;
  week: WeekSpan;
  now: number;
  departments: DepartmentMap;
  actions: ActionItem[];
  /** Ticket IDs already the source of a Knowledge Base article. */
  inKnowledgeBase: ReadonlySet<string>;
  /** Significance level of the noise tests (Settings "Review Noise P"). */
  alpha: number;
  /** Customer contact data in department quotes: masked unless the shop chose to show it (src/core/privacy). */
  contacts?: ContactPolicy;
}

/** One week's headline figures; every one is the KPI engine's figure for that week (or derived from its counts). */
export interface WeekFigures {
  week: string;
  tickets: number;
  orders: number;
  perThousandOrders: number | null;
  firstReplyMedian: number | null;
  resolutionMedian: number | null;
  csatPercent: number | null;
  reopenRate: number | null;
  returnRate: number | null;
}

export interface CountChange<K extends string> {
  key: K;
  tickets: number;
  /** Mean tickets a week over the previous four weeks. */
  previous: number;
  /** tickets − previous. */
  change: number;
  department: string | null;
}

export interface SkuRise {
  sku: string;
  complaints: number;
  units: number;
  /** Complaints per 1,000 units sold this week. */
  rate: number;
  previousComplaints: number;
  previousUnits: number;
  previousRate: number | null;
  /** P(this many or more | the previous four weeks' rate): Poisson upper tail. */
  p: number;
  department: string | null;
}

export type CaseKind = 'lowest_csat' | 'longest_resolution' | 'reopened' | 'best_rated';

export interface CaseLine {
  kind?: CaseKind;
  row: number;
  ticketId: string;
  reason: ReasonKey | null;
  rootCause: RootCauseKey | null;
  resolution: ResolutionKey | null;
  sku: string;
  csat: number | null;
  resolutionHours: number | null;
  createdAt: number | null;
  resolvedAt: number | null;
  status: string;
  assignee: string;
  description: string;
  comment: string;
}

export interface DepartmentFeedback {
  department: string;
  problems: number;
  previous: number;
  reasons: { key: string; tickets: number }[];
  skus: { sku: string; tickets: number; previous: number }[];
  quotes: { ticketId: string; text: string }[];
  openActions: ActionItem[];
  mailTo: string[];
}

export interface LoopResult extends RateComparison {
  action: ActionItem;
  from: string;
  doneDay: string;
  to: string;
  complaintsBefore: number;
  complaintsAfter: number;
  ordersBefore: number;
  ordersAfter: number;
  /** Whole weeks of "after" observed so far (0–4). */
  weeksAfter: number;
}

export interface WeeklyReview {
  week: WeekSpan;
  /** This week first, then the four before it. */
  figures: WeekFigures[];
  topReasons: CountChange<ReasonKey>[];
  rootCauses: CountChange<RootCauseKey>[];
  skus: SkuRise[];
  cases: CaseLine[];
  departments: DepartmentFeedback[];
  unclassified: CaseLine[];
  knowledge: CaseLine[];
  backlog: { open: number; olderThan2Days: number; olderThan7Days: number; oldest: CaseLine[] };
  actionsDue: ActionItem[];
  actionCounts: { open: number; overdue: number; done: number };
  loop: LoopResult[];
}
