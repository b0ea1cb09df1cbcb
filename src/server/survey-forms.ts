/**
 * The survey forms (FormApp): one per language the shop serves, created once by one account (the forms live in
 * its Drive), published, their ids and a prefilled-link template kept in Document Properties — so any agent
 * makes a survey link without opening a form they cannot edit — responses landing in a tidy tab of the workbook
 * and read by one installable onFormSubmit trigger.
 */
import type { LanguageKey } from '../../sheets-templates/enums';
import { surveyFormDefinition, type SurveyFormDefinition } from '../core/survey';
import type { SettingsValues } from '../workbook/settings';
import { surveySettings } from './survey-settings';
import type { TriggerReport } from './triggers';
import { effectiveUser, installAutomation, automationRecord } from './team/automation';
import { openToCustomers } from './team/forms-shim';
import { isUserError } from '../core/errors';

/** Document Property holding the registry (a few hundred bytes a language, far inside the 9 KB a value). */
export const FORMS_PROPERTY = 'AFTERDESK_SURVEY_FORMS';
export { SUBMIT_HANDLER } from './team/automation';
/** Stands for the signed reference in a stored prefilled link. */
export const REF_PLACEHOLDER = 'AFTERDESK_REF';

export interface SurveyFormRecord {
  formId: string;
  /** The published (respondent) URL. */
  url: string;
  items: { score: number; solved: number; comment: number; ref: number };
  /** The prefilled link with REF_PLACEHOLDER for the reference: made once by the form's owner. */
  prefill?: string;
  /** The account whose Drive holds the form. */
  owner?: string;
}

export type SurveyFormRegistry = Partial<Record<LanguageKey, SurveyFormRecord>>;

export function readFormRegistry(): SurveyFormRegistry {
  const raw = PropertiesService.getDocumentProperties().getProperty(FORMS_PROPERTY);
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as SurveyFormRegistry) : {};
  } catch {
    console.warn(`AfterDesk: ${FORMS_PROPERTY} is not JSON; treating the survey forms as absent`);
    return {};
  }
}

function writeFormRegistry(registry: SurveyFormRegistry): void {
  PropertiesService.getDocumentProperties().setProperty(FORMS_PROPERTY, JSON.stringify(registry));
}

/** The tab a survey form's answers land in, per language: named and kept at the end, hidden. */
export function responseTabName(language: LanguageKey): string {
  return `Survey Form ${language} · 问卷回复`;
}

function prefillTemplate(form: GoogleAppsScript.Forms.Form, refItem: number): string {
  const answer = form.getItemById(refItem).asTextItem().createResponse(REF_PLACEHOLDER);
  return form.createResponse().withItemResponse(answer).toPrefilledUrl();
}

/** Builds one form from its definition: score scale, solved choice, comment paragraph, reference text. */
export function buildSurveyForm(def: SurveyFormDefinition, ss: GoogleAppsScript.Spreadsheet.Spreadsheet, language: LanguageKey): SurveyFormRecord {
  const form = FormApp.create(def.title);
  // Defaults already collect no e-mail and allow no edits: the survey stays anonymous and one-shot per link.
  form.setDescription(def.description).setConfirmationMessage(def.confirmation);
  const score = form.addScaleItem().setTitle(def.score.title).setBounds(def.score.low, def.score.high)
    .setLabels(def.score.lowLabel, def.score.highLabel).setRequired(true);
  const solved = form.addMultipleChoiceItem().setTitle(def.solved.title).setChoiceValues(def.solved.choices).setRequired(false);
  const comment = form.addParagraphTextItem().setTitle(def.comment.title).setRequired(false);
  const ref = form.addTextItem().setTitle(def.reference.title).setHelpText(def.reference.help).setRequired(true);
  const before = new Set(ss.getSheets().map((sh) => sh.getSheetId()));
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  openToCustomers(form);
  tidyResponseTab(ss, before, language);
  return {
    formId: form.getId(),
    url: form.getPublishedUrl(),
    items: { score: score.getId(), solved: solved.getId(), comment: comment.getId(), ref: ref.getId() },
    prefill: prefillTemplate(form, ref.getId()),
    owner: effectiveUser(),
  };
}

/** The "Form Responses N" tab a destination adds: renamed for its language, moved to the end and hidden. */
function tidyResponseTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, before: Set<number>, language: LanguageKey): void {
  const added = ss.getSheets().find((sh) => !before.has(sh.getSheetId()));
  if (!added) return;
  const name = responseTabName(language);
  if (!ss.getSheetByName(name)) added.setName(name);
  const previous = ss.getActiveSheet();
  ss.setActiveSheet(added);
  ss.moveActiveSheet(ss.getNumSheets());
  if (previous && previous.getSheetId() !== added.getSheetId()) ss.setActiveSheet(previous);
  added.hideSheet();
}

export interface SurveyFormsReport {
  created: LanguageKey[];
  existing: LanguageKey[];
  forms: { language: LanguageKey; url: string }[];
  trigger: TriggerReport;
  /** Forms found unpublished (or sign-in only) and opened to customers. */
  published: LanguageKey[];
  notes: { en: string; zh: string }[];
}

function openOwnForm(record: SurveyFormRecord): GoogleAppsScript.Forms.Form | null {
  try {
    return FormApp.openById(record.formId);
  } catch {
    return null;
  }
}

/**
 * Creates the forms that do not exist yet, publishes any left unpublished, and installs the project triggers.
 * Only the account that created a form can open it: anyone else trusts the registry and creates nothing, so a
 * lead repairing the workbook never duplicates the owner's forms. Idempotent; call it under the document lock.
 */
export function ensureSurveyForms(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: SettingsValues): SurveyFormsReport {
  const registry = readFormRegistry();
  const { languages, shopName } = surveySettings(settings);
  const me = effectiveUser();
  const report: SurveyFormsReport = { created: [], existing: [], forms: [], trigger: { created: [], existing: [] }, published: [], notes: [] };
  for (const language of languages) {
    const known = registry[language];
    // Entries from before owners were recorded belong to whoever runs the triggers (the account that made them).
    const owner = known?.owner || automationRecord()?.owner || me;
    const mine = owner === me;
    const form = known && mine ? openOwnForm(known) : null;
    if (known && !mine) {
      report.existing.push(language); // in its owner's Drive: only they can check or repair it
    } else if (known && form) {
      report.existing.push(language);
      if (openToCustomers(form)) report.published.push(language);
      if (!known.prefill || !known.owner) {
        registry[language] = { ...known, prefill: known.prefill ?? prefillTemplate(form, known.items.ref), owner: known.owner ?? me };
        writeFormRegistry(registry);
      }
    } else {
      registry[language] = buildSurveyForm(surveyFormDefinition(language, shopName), ss, language);
      report.created.push(language);
      // Saved after each form: a run cut short by the time limit does not create the finished ones again.
      writeFormRegistry(registry);
    }
    report.forms.push({ language, url: registry[language]!.url });
  }
  try {
    const ctxZone = ss.getSpreadsheetTimeZone();
    report.trigger = installAutomation(ss, Date.now(), ctxZone);
  } catch (e) {
    if (!isUserError(e) || e.key !== 'triggers_owned') throw e;
    report.notes.push({ en: `Triggers are run by ${automationRecord()?.owner ?? '?'}: left as they are.`, zh: `定时任务由 ${automationRecord()?.owner ?? '?'} 运行：保持不变。` });
  }
  return report;
}

/**
 * A link to the form with the reference already filled in: the customer only scores. Made from the stored
 * template, so it needs no access to the form (which lives in its creator's Drive); '' when there is none yet.
 */
export function prefilledLink(record: SurveyFormRecord, reference: string): string {
  if (record.prefill && record.prefill.includes(REF_PLACEHOLDER)) return record.prefill.replace(REF_PLACEHOLDER, encodeURIComponent(reference));
  try {
    const form = FormApp.openById(record.formId);
    return prefillTemplate(form, record.items.ref).replace(REF_PLACEHOLDER, encodeURIComponent(reference));
  } catch (e) {
    console.warn(`AfterDesk: no survey link template for form ${record.formId} and no access to it (${String(e)}); the owner's next set-up adds it`);
    return '';
  }
}
