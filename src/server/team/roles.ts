/**
 * Who may call what. Every editor of the spreadsheet can call any top-level function from the browser console,
 * so each sidebar/menu entry point checks the caller's row in the Agents tab before it reads or writes anything.
 */
import type { RowOf } from '../../../sheets-templates/schema';
import type { RoleKey } from '../../../sheets-templates/enums';
import { UserError } from '../../core/errors';
import { AGENTS, findSheet } from '../../workbook/tabs';
import { readSmallTable } from '../../workbook/lookup';
import { currentUser } from '../context';

const TEAM: RoleKey[] = ['owner', 'lead', 'agent'];
const LEADS: RoleKey[] = ['owner', 'lead'];

/** Roles allowed per API name (as passed to asApi); names not listed are trigger jobs or read-only helpers. */
export const ROLE_OF: Record<string, RoleKey[]> = {
  setup: LEADS,
  installTriggers: LEADS,
  takeOverTriggers: ['owner'],
  createSurveyForms: LEADS,
  importOrders: LEADS,
  bootstrap: TEAM,
  myQueue: TEAM,
  caseContext: TEAM,
  logCase: TEAM,
  getTicket: TEAM,
  updateTicket: TEAM,
  // Only leads and owners decide compensation (an agent may still request it, through updateTicket).
  decideApproval: LEADS,
  analyzeMessage: TEAM,
  kbSearch: TEAM,
  kbUse: TEAM,
  promoteToKb: TEAM,
  updateOutreach: TEAM,
  completeCallback: TEAM,
  surveyLink: TEAM,
  surveyResponse: LEADS,
  importReturns: LEADS,
  weeklyReview: LEADS,
  createActionFromReview: LEADS,
  promoteReviewLine: LEADS,
  refreshStaffing: LEADS,
  archive: LEADS,
  rebuildDailyStats: LEADS,
  rebuildLookupIndex: LEADS,
  kpiDaily: LEADS,
  learnShopWords: LEADS,
  // Menu items that write (issue 16): the Dashboard tab, and the alert check with its digest mail.
  refreshDashboard: TEAM,
  checkAlerts: LEADS,
  refreshSla: LEADS,
};

const LABEL: Record<RoleKey, { en: string; zh: string }> = {
  owner: { en: 'an owner', zh: '店主' },
  lead: { en: 'a lead', zh: '组长' },
  agent: { en: 'an agent', zh: '客服' },
};

/**
 * Throws unless the caller is an active member with one of the roles. A workbook not set up yet (no Agents tab)
 * or one whose Agents tab names nobody lets anyone through: that is how the first set-up happens.
 */
export function checkRole(name: string): void {
  const roles = ROLE_OF[name];
  if (!roles) return;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!findSheet(ss, AGENTS)) return;
  // Read in blocks with no size look-up (a backend call): the check runs before every sidebar action.
  const rows = readSmallTable<RowOf<typeof AGENTS>>(ss, AGENTS, 'UTC').rows.map((r) => r.record).filter((a) => a.email.trim());
  if (rows.length === 0) return;
  const me = currentUser().toLowerCase();
  const row = rows.find((a) => a.email.trim().toLowerCase() === me);
  if (!row || row.active === false) {
    throw new UserError('not_on_team', {
      en: `${me || 'This account'} is not an active member in the Agents tab. Ask the shop owner to add you there.`,
      zh: `${me || '此账号'} 不是客服表中的在岗成员。请联系店主将您加入客服表。`,
    });
  }
  const role = row.role ?? 'agent';
  if (!roles.includes(role)) {
    const want = roles.map((r) => LABEL[r]);
    throw new UserError('role_required', {
      en: `Only ${want.map((w) => w.en).join(' or ')} can do this; the Agents tab lists you as ${LABEL[role].en}.`,
      zh: `只有${want.map((w) => w.zh).join('或')}可以执行此操作；客服表中您的角色是${LABEL[role].zh}。`,
    });
  }
}
