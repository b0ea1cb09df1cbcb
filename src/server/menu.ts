/** The AfterDesk menu. onOpen builds it and does nothing else (it may run in AuthMode.NONE). */

export const MENU_ITEMS: readonly (readonly [label: string, fn: string] | null)[] = [
  ['Open case desk · 打开客服工作台', 'menuOpenSidebar'],
  null,
  ['Refresh dashboard · 刷新看板', 'menuRefreshDashboard'],
  ['Check alerts now · 立即检查预警', 'menuCheckAlerts'],
  ['Run weekly review now · 立即生成周复盘', 'menuRunWeeklyReview'],
  ['Create action from selected review line · 由选中复盘行创建改进措施', 'menuCreateActionFromReview'],
  ['Promote review line to KB · 将复盘行收入知识库', 'menuPromoteReviewLine'],
  ['Refresh staffing forecast · 刷新排班预测', 'menuRefreshStaffing'],
  ['Import orders (CSV) · 导入订单', 'menuOpenSidebar'],
  null,
  ['Set up / repair workbook · 初始化/修复工作簿', 'menuSetup'],
  ['Install hourly triggers · 安装定时任务', 'menuInstallTriggers'],
  ['Create survey form · 创建满意度问卷', 'menuCreateSurvey'],
  ['Take over triggers (owner) · 接管定时任务（店主）', 'menuTakeOverTriggers'],
  ['Archive old closed tickets · 归档旧工单', 'menuArchive'],
];

export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createMenu('AfterDesk');
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item[0], item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}
