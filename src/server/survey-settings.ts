/**
 * The Settings the survey reads, with their defaults. A workbook whose Settings tab predates these keys simply
 * gets the defaults; a value typed wrong is still reported as the user's to fix.
 */
import type { LanguageKey } from '../../sheets-templates/enums';
import { parseSurveyLanguages } from '../core/survey';
import { settingOr as optional, type SettingsValues } from '../workbook/settings';

export const SURVEY_DEFAULTS = {
  languages: 'en, zh-CN, ms',
  lowScoreThreshold: 2,
  callbackDueBusinessHours: 9,
  shopName: 'My Shop',
} as const;


export interface SurveySettings {
  languages: LanguageKey[];
  lowScoreThreshold: number;
  callbackDueBusinessHours: number;
  shopName: string;
  alertRecipients: string[];
}

export function surveySettings(s: SettingsValues): SurveySettings {
  const languages = parseSurveyLanguages(optional(() => s.list('Survey Languages'), SURVEY_DEFAULTS.languages.split(', ')));
  return {
    languages: languages.length > 0 ? languages : ['en'],
    lowScoreThreshold: optional(() => s.number('Low Score Threshold'), SURVEY_DEFAULTS.lowScoreThreshold),
    callbackDueBusinessHours: optional(() => s.number('Callback Due Business Hours'), SURVEY_DEFAULTS.callbackDueBusinessHours),
    shopName: optional(() => s.text('Shop Name'), SURVEY_DEFAULTS.shopName),
    alertRecipients: optional(() => s.list('Alert Recipients'), []),
  };
}
