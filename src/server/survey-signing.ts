/** The survey references' key: a random secret in Script Properties, made on first use, never shown to anyone. */
import type { Mac } from '../core/survey';

const SECRET_PROPERTY = 'AFTERDESK_SURVEY_SECRET';

/** HMAC-SHA-256 with the script's secret (Script Properties: editors of the workbook cannot read it in the sheet). */
export function surveyMac(): Mac {
  const props = PropertiesService.getScriptProperties();
  let secret = props.getProperty(SECRET_PROPERTY);
  if (!secret) {
    // Two UUIDs: 244 random bits. Callers hold the document lock, so two first uses cannot race to two secrets.
    secret = Utilities.getUuid() + Utilities.getUuid();
    props.setProperty(SECRET_PROPERTY, secret);
  }
  const key = secret;
  return (message) => Utilities.computeHmacSha256Signature(message, key);
}
