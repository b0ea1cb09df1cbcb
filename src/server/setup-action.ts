/** The set-up / repair action, shared by the menu and the CLI: tabs, then the survey forms when missing. */
import { setupWorkbook, type SetupReport } from '../workbook/setup';
import { demoSeeds } from '../workbook/seeds';
import { openContext } from './context';
import { withDocumentLock } from './lock';
import { ensureSurveyForms } from './survey-forms';

export function runSetup(): SetupReport {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    let owner = '';
    try {
      owner = Session.getActiveUser().getEmail();
    } catch {
      owner = '';
    }
    const props = PropertiesService.getDocumentProperties();
    const seedState = {
      load: () => String(props.getProperty('afterdesk.setup.unseeded') ?? '').split('\n').filter(Boolean),
      save: (tabs: string[]) => (tabs.length ? props.setProperty('afterdesk.setup.unseeded', tabs.join('\n')) : props.deleteProperty('afterdesk.setup.unseeded')),
    };
    const report = setupWorkbook(ss, { year: new Date().getUTCFullYear(), seeds: demoSeeds(owner), seedState });
    const forms = ensureSurveyForms(ss, openContext().settings);
    if (forms.created.length) report.actions.push({ en: `Created survey forms: ${forms.created.join(', ')}`, zh: `已创建满意度问卷：${forms.created.join('、')}` });
    return report;
  });
}
