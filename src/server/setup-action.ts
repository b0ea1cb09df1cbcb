/**
 * The set-up / repair action, shared by the menu and the CLI: tabs, one time zone, then the survey forms and the
 * project triggers — created once, by one account, whoever repairs later (src/server/team/).
 */
import { setupWorkbook, type SetupReport } from '../workbook/setup';
import { demoSeeds } from '../workbook/seeds';
import { openContext } from './context';
import { withDocumentLock } from './lock';
import { ensureSurveyForms } from './survey-forms';
import { missingScopes, permissionError } from './team/scopes';
import { alignTimeZone } from './team/time-zone';

export function runSetup(): SetupReport {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    let owner = '';
    try {
      owner = Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
    } catch {
      owner = '';
    }
    const props = PropertiesService.getDocumentProperties();
    const seedState = {
      load: () => String(props.getProperty('afterdesk.setup.unseeded') ?? '').split('\n').filter(Boolean),
      save: (tabs: string[]) => (tabs.length ? props.setProperty('afterdesk.setup.unseeded', tabs.join('\n')) : props.deleteProperty('afterdesk.setup.unseeded')),
    };
    const report = setupWorkbook(ss, { year: new Date().getUTCFullYear(), seeds: demoSeeds(owner), seedState });
    const zone = alignTimeZone(ss);
    if (zone) report.actions.push(zone);
    const missing = missingScopes(['forms', 'triggers']);
    if (missing.length) {
      const e = permissionError(missing, { en: 'Creating the survey forms and triggers', zh: '创建满意度问卷和定时任务' });
      report.actions.push({ en: `Survey forms and triggers skipped: ${e.text.en}`, zh: `已跳过问卷和定时任务：${e.text.zh}` });
      return report;
    }
    const forms = ensureSurveyForms(ss, openContext().settings);
    if (forms.created.length) report.actions.push({ en: `Created survey forms: ${forms.created.join(', ')}`, zh: `已创建满意度问卷：${forms.created.join('、')}` });
    if (forms.published.length) report.actions.push({ en: `Published survey forms: ${forms.published.join(', ')}`, zh: `已发布满意度问卷：${forms.published.join('、')}` });
    if (forms.trigger.created.length) report.actions.push({ en: `Installed triggers: ${forms.trigger.created.join(', ')}`, zh: `已安装定时任务：${forms.trigger.created.join('、')}` });
    report.actions.push(...forms.notes);
    return report;
  });
}
