/** The set-up / repair action, shared by the menu and the CLI. */
import { setupWorkbook, type SetupReport } from '../workbook/setup';
import { demoSeeds } from '../workbook/seeds';
import { withDocumentLock } from './lock';

export function runSetup(): SetupReport {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    let owner = '';
    try {
      owner = Session.getActiveUser().getEmail();
    } catch {
      owner = '';
    }
    return setupWorkbook(ss, { year: new Date().getUTCFullYear(), seeds: demoSeeds(owner) });
  });
}
