/**
 * The sidebar ↔ server contract: every sidebar API function's input and output. DTOs carry ISO strings, never
 * Dates (google.script.run cannot pass them), enums as keys, and customer text as plain strings.
 */
import type { ApiResult } from './result';

export type Lang = 'en' | 'zh';

export interface EnumOptionDto {
  key: string;
  en: string;
  zh: string;
}

export interface CaseInput {
  channel: string;
  orderId?: string;
  customerId?: string;
  customerName?: string;
  email?: string;
  language?: string;
  sku?: string;
  reason: string;
  priority?: string;
  description?: string;
  evidenceLinks?: string;
  /** One ID per filled-in form, resent on a retry: the server makes one ticket of it (server/submissions.ts). */
  submissionId?: string;
}

export interface TicketUpdateInput {
  status?: string;
  /** Text of a reply logged to the customer. */
  reply?: string;
  /** The customer answered (moves a waiting ticket back to open). */
  customerReplied?: boolean;
  resolution?: string;
  compensation?: number | string;
  rootCause?: string;
  priority?: string;
  note?: string;
  /** Comma-separated SOP step indexes ticked off. */
  sopDone?: string;
  /** The Updated At the client loaded (ISO): a save over a newer change is refused. */
  expectedUpdatedAt?: string;
}

export interface TicketDto {
  ticketId: string;
  row: number;
  createdAt: string | null;
  channel: string | null;
  orderId: string;
  customerId: string;
  customerName: string;
  email: string;
  language: string | null;
  sku: string;
  reason: string | null;
  priority: string | null;
  status: string | null;
  assignee: string;
  description: string;
  evidenceLinks: string;
  firstReplyAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  reopens: number;
  agentReplies: number;
  waitingHours: number;
  resolution: string | null;
  compensation: number | null;
  rootCause: string | null;
  firstReplyDueAt: string | null;
  resolutionDueAt: string | null;
  marketplaceDueAt: string | null;
  slaState: string | null;
  surveyLink: string;
  csat: number | null;
  csatComment: string;
  sopDone: string;
  updatedAt: string | null;
  updatedBy: string;
}

export interface EventDto {
  at: string;
  actor: string;
  field: string;
  from: string;
  to: string;
}

export interface CustomerDto {
  customerId: string;
  orders: number;
  spend: number;
  tickets: number;
  openTickets: number;
  lastOrderAt: string | null;
  tag: string;
}

export interface OrderLineDto {
  orderId: string;
  orderDate: string | null;
  sku: string;
  product: string;
  quantity: number | null;
  amount: number | null;
  customerId: string;
  customerName: string;
  email: string;
}

export interface TicketSummaryDto {
  ticketId: string;
  createdAt: string | null;
  reason: string | null;
  status: string | null;
  priority: string | null;
  slaState: string | null;
  customerName: string;
  orderId: string;
  nextDueAt: string | null;
  /** The marketplace's own clock (Shopee return request or chat), when the ticket runs one. */
  marketplaceDueAt?: string | null;
  marketplaceState?: string | null;
  marketplaceKind?: string | null;
}

export interface SopStepDto {
  stage: string;
  en: string;
  zh: string;
}

export interface CaseContextDto {
  orderFound: boolean;
  orderLines: OrderLineDto[];
  customer: CustomerDto | null;
  history: TicketSummaryDto[];
  firstReplyDueAt: string | null;
  resolutionDueAt: string | null;
  /** Priority suggested after the customer's value tag. */
  suggestedPriority: string;
  checklist: { en: string; zh: string }[];
  sop: SopStepDto[];
}

export interface BootstrapDto {
  user: { email: string; name: string; role: string };
  locale: Lang;
  /** The workbook's time zone: due times are shown in it. */
  timeZone: string;
  /** The server's clock (ISO): "due in 2 h" is measured against it, not the browser's possibly wrong clock. */
  now: string;
  currency: string;
  shopName: string;
  enums: Record<'channels' | 'reasons' | 'priorities' | 'statuses' | 'resolutions' | 'rootCauses' | 'languages' | 'slaStates', EnumOptionDto[]>;
  queue: TicketSummaryDto[];
  approvals: ApprovalDto[];
  callbacks: CallbackDto[];
  outreach: OutreachDto[];
}

export interface ApprovalDto {
  approvalId: string;
  ticketId: string;
  requestedAt: string | null;
  requestedBy: string;
  amount: number | null;
  limit: number | null;
  status: string;
}

export interface CallbackDto {
  callbackId: string;
  ticketId: string;
  dueAt: string | null;
  csat: number | null;
  comment: string;
  status: string;
}

export interface OutreachDto {
  alertId: string;
  sku: string;
  orderId: string;
  customerName: string;
  channel: string;
  message: string;
  status: string;
  row: number;
}

export interface LogCaseResultDto {
  ticket: TicketDto;
  /** Warnings that did not stop the save (e.g. unknown order ID). */
  warnings: { key: string; en: string; zh: string }[];
}

export interface TicketViewDto {
  ticket: TicketDto;
  events: EventDto[];
  sop: SopStepDto[];
  checklist: { en: string; zh: string }[];
  pendingApproval: ApprovalDto | null;
  /** The customer's other tickets and their orders, newest first, at most 10 of each (issue 18). */
  customer?: CustomerContextDto;
}

export interface CustomerContextDto {
  tickets: TicketSummaryDto[];
  ticketsTotal: number;
  orders: { orderId: string; orderDate: string | null; sku: string; product: string; quantity: number | null; amount: number | null }[];
  ordersTotal: number;
}

export interface UpdateResultDto {
  ticket: TicketDto;
  approval: ApprovalDto | null;
  warnings: { key: string; en: string; zh: string }[];
}

export interface MessageAnalysisDto {
  intent: string | null;
  intents: { intent: string; score: number }[];
  language: string;
  negated: string[];
  priority: string;
  acknowledgement: { text: string; missing: string[] } | null;
  infoRequest: { text: string; missing: string[] } | null;
  checklist: { en: string; zh: string }[];
  sop: SopStepDto[];
  kb: KbHitDto[];
}

export interface KbHitDto {
  id: string;
  title: string;
  snippet: string;
  answer: string;
  score: number;
  /** The article's Uses count (set on the most-used list shown before anything is typed). */
  uses?: number;
}

export interface ImportReportDto {
  format: string;
  imported: number;
  updated: number;
  rejected: { line: number; reason: string }[];
  unmappedHeaders: string[];
}

/** A Shopee return/refund import: what happened to each Return ID, and each line that was rejected. */
export interface ReturnsReportDto {
  format: string;
  created: number;
  updated: number;
  unchanged: number;
  rejected: { line: number; reason: string }[];
  ignoredHeaders: string[];
  /** Order IDs of new return tickets not found in the Orders tab (customer left empty). */
  unlinkedOrders: string[];
  tickets: { line: number; returnId: string; ticketId: string; action: 'created' | 'updated' | 'unchanged'; status: string; marketplaceStatus: string; marketplaceStatusLabel: { en: string; zh: string }; marketplaceDueAt: string | null; marketplaceState: string | null }[];
}

/** The server functions the sidebar calls through google.script.run, with their argument and result types. */
export interface SidebarApi {
  apiBootstrap(): ApiResult<BootstrapDto>;
  apiCaseContext(input: { orderId?: string; customerId?: string; reason?: string; priority?: string; language?: string }): ApiResult<CaseContextDto>;
  apiLogCase(input: CaseInput): ApiResult<LogCaseResultDto>;
  apiGetTicket(ticketId: string): ApiResult<TicketViewDto>;
  apiUpdateTicket(ticketId: string, input: TicketUpdateInput): ApiResult<UpdateResultDto>;
  apiMyQueue(): ApiResult<TicketSummaryDto[]>;
  apiAnalyzeMessage(text: string, context: { orderId?: string; customerName?: string; sku?: string; language?: string }): ApiResult<MessageAnalysisDto>;
  apiKbSearch(query: string, opts: { reason?: string; language?: string; sku?: string }): ApiResult<KbHitDto[]>;
  apiKbUse(articleId: string): ApiResult<{ uses: number }>;
  apiPromoteToKb(ticketId: string): ApiResult<{ articleId: string }>;
  apiDecideApproval(approvalId: string, decision: 'approve' | 'reject', comment: string): ApiResult<ApprovalDto>;
  apiImportOrders(csvText: string): ApiResult<ImportReportDto>;
  apiCompleteCallback(callbackId: string, outcome: string): ApiResult<CallbackDto>;
  apiUpdateOutreach(row: number, status: string): ApiResult<OutreachDto>;
  apiImportReturns(csvText: string): ApiResult<ReturnsReportDto>;
}
