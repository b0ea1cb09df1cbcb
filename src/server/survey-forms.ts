/**
 * The survey forms (FormApp): one per language the shop serves, created once, their ids kept in Document
 * Properties, responses landing in the workbook and read by one installable onFormSubmit trigger.
 */
import type { LanguageKey } from '../../sheets-templates/enums';
import { surveyFormDefinition, type SurveyFormDefinition } from '../core/survey';
import type { SettingsValues } from '../workbook/settings';
import { surveySettings } from './survey-settings';
import { ensureTriggers, type TriggerReport } from './triggers';

/** Document Property holding the registry (a few hundred bytes a language, far inside the 9 KB a value). */
export const FORMS_PROPERTY = 'AFTERDESK_SURVEY_FORMS';
export const SUBMIT_HANDLER = 'onSurveySubmit';

export interface SurveyFormRecord {
  formId: string;
  /** The published (respondent) URL. */
  url: string;
  items: { score: number; solved: number; comment: number; ref: number };
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

/** Builds one form from its definition: score scale, solved choice, comment paragraph, reference text. */
export function buildSurveyForm(def: SurveyFormDefinition, spreadsheetId: string): SurveyFormRecord {
  const form = FormApp.create(def.title);
  // Defaults already collect no e-mail and allow no edits: the survey stays anonymous and one-shot per link.
  form.setDescription(def.description).setConfirmationMessage(def.confirmation);
  const score = form.addScaleItem().setTitle(def.score.title).setBounds(def.score.low, def.score.high)
    .setLabels(def.score.lowLabel, def.score.highLabel).setRequired(true);
  const solved = form.addMultipleChoiceItem().setTitle(def.solved.title).setChoiceValues(def.solved.choices).setRequired(false);
  const comment = form.addParagraphTextItem().setTitle(def.comment.title).setRequired(false);
  const ref = form.addTextItem().setTitle(def.reference.title).setHelpText(def.reference.help).setRequired(true);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheetId);
  return {
    formId: form.getId(),
    url: form.getPublishedUrl(),
    items: { score: score.getId(), solved: solved.getId(), comment: comment.getId(), ref: ref.getId() },
  };
}

export interface SurveyFormsReport {
  created: LanguageKey[];
  existing: LanguageKey[];
  forms: { language: LanguageKey; url: string }[];
  trigger: TriggerReport;
}

function formStillThere(record: SurveyFormRecord): boolean {
  try {
    FormApp.openById(record.formId);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates the forms that do not exist yet (a form deleted in Drive is created again) and the submit trigger.
 * Idempotent: a second run creates nothing. Call it under the document lock so two clicks make one form.
 */
export function ensureSurveyForms(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: SettingsValues): SurveyFormsReport {
  const registry = readFormRegistry();
  const { languages, shopName } = surveySettings(settings);
  const report: SurveyFormsReport = { created: [], existing: [], forms: [], trigger: { created: [], existing: [] } };
  for (const language of languages) {
    const known = registry[language];
    if (known && formStillThere(known)) {
      report.existing.push(language);
    } else {
      registry[language] = buildSurveyForm(surveyFormDefinition(language, shopName), ss.getId());
      report.created.push(language);
      // Saved after each form: a run cut short by the time limit does not create the finished ones again.
      writeFormRegistry(registry);
    }
    report.forms.push({ language, url: registry[language]!.url });
  }
  report.trigger = ensureTriggers([{
    handler: SUBMIT_HANDLER,
    create: () => ScriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(ss).onFormSubmit().create(),
  }]);
  return report;
}

/** A link to the form with the reference already filled in: the customer only scores. */
export function prefilledLink(record: SurveyFormRecord, reference: string): string {
  const form = FormApp.openById(record.formId);
  const answer = form.getItemById(record.items.ref).asTextItem().createResponse(reference);
  return form.createResponse().withItemResponse(answer).toPrefilledUrl();
}
