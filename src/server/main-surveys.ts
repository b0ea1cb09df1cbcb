/**
 * Survey entry points, re-exported by main.ts (`export * from './main-surveys'`): the menu item, the form-submit
 * trigger, and the sidebar/CLI API for responses, call-backs and chat links.
 */
import { asApi } from './api';
import { isAutomationOwner } from './team/automation';
import { drainMailQueue } from './team/mail-drain';
import { requireScopes } from './team/scopes';
import { openContext } from './context';
import { withDocumentLock } from './lock';
import { completeCallback } from './survey-callbacks';
import { ensureSurveyForms } from './survey-forms';
import { handleSurveySubmit, submitSurveyResponse, surveyLinkFor } from './surveys';

function createSurveyForms() {
  requireScopes(['forms', 'triggers'], { en: 'Creating the survey forms', zh: '创建满意度问卷' });
  return withDocumentLock(() => {
    const ctx = openContext();
    return ensureSurveyForms(ctx.ss, ctx.settings);
  });
}

export function menuCreateSurvey(): void {
  const result = asApi('createSurveyForms', createSurveyForms);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!result.ok) return ss.toast(`${result.error.en}\n${result.error.zh}`, 'AfterDesk', 10);
  const { created, existing } = result.data;
  ss.toast(
    `Survey forms · 满意度问卷: ${created.length} created (${created.join(', ') || '—'}), ${existing.length} already there (${existing.join(', ') || '—'}).`,
    'AfterDesk',
    10,
  );
}

export function apiCreateSurveyForms_() {
  return asApi('createSurveyForms', createSurveyForms);
}

/** Installable spreadsheet trigger (created by ensureSurveyForms): one response from any survey form. */
export function onSurveySubmit(e: Parameters<typeof handleSurveySubmit>[0]): void {
  // A second submit trigger left in another account (from before one owner was kept) must not count it twice.
  if (!isAutomationOwner()) return;
  handleSurveySubmit(e);
  drainMailQueue();
}

/** CLI `afterdesk survey-response WB --ticket ID --score N [--comment TEXT]`: the trigger's own path. */
export function apiSurveyResponse_(input: Parameters<typeof submitSurveyResponse>[0]) {
  return asApi('surveyResponse', () => submitSurveyResponse(input ?? { score: null }), input?.ticket);
}

export function apiCompleteCallback(callbackId: string, outcome: string) {
  return asApi('completeCallback', () => completeCallback(callbackId, outcome));
}

export function apiSurveyLink_(ticketId: string) {
  return asApi('surveyLink', () => surveyLinkFor(ticketId), ticketId);
}
