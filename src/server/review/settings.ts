/** The review's Settings: department mapping and owners, and the noise test's level (older workbooks get the defaults). */
import { SETTINGS, settingDefault } from '../../../sheets-templates/settings';
import { departmentMap, type DepartmentMap } from '../../core/review/departments';
import { settingOr, type SettingsValues } from '../../workbook/settings';

function text(s: SettingsValues, key: string): string {
  return settingOr(() => s.text(key), settingDefault(SETTINGS.find((d) => d.key === key)!, 2000));
}

export function reviewDepartments(s: SettingsValues): DepartmentMap {
  return departmentMap({ rootCauses: text(s, 'Review Root Cause Departments'), reasons: text(s, 'Review Reason Departments'), owners: text(s, 'Department Owners') });
}

export function reviewAlpha(s: SettingsValues): number {
  return settingOr(() => s.number('Review Noise P'), 0.05);
}
