// The hand-written blind intent set stays well-formed, balanced and frozen (test/data/intents-written/README.md).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, REASONS } from '../../sheets-templates/enums';

const FILE = 'test/data/intents-written/blind.jsonl';
/** SHA-256 of the file as committed before the detector first ran on it; changes only with a recorded label fix. */
const FROZEN_SHA256 = '3edbb12bf132434f9cc64f7b92f755991a52a3f9f920d8f77958a3e79f6d90cc';

const raw = readFileSync(FILE, 'utf8');
const lines = raw.split('\n').filter((l) => l.trim() !== '');
const rows = lines.map((l) => JSON.parse(l) as { text: unknown; language: unknown; intent: unknown });
const reasonKeys = new Set<string>(REASONS.map((r) => r.key));
const languageKeys = LANGUAGES.map((l) => l.key as string);

describe('blind intent set', () => {
  it('is unchanged since it was frozen', () => {
    expect(createHash('sha256').update(raw).digest('hex')).toBe(FROZEN_SHA256);
  });

  it('has exactly the fields text, language and intent, with DATA.md keys', () => {
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual(['intent', 'language', 'text']);
      expect(typeof r.text === 'string' && r.text.trim().length > 0, String(r.text)).toBe(true);
      expect(languageKeys).toContain(r.language);
      if (r.intent !== null) expect(reasonKeys.has(String(r.intent)), String(r.intent)).toBe(true);
    }
  });

  it('holds at least 110 messages per language, every reason at least 7 times in every language, 7-12 % no reason', () => {
    for (const lang of languageKeys) {
      const mine = rows.filter((r) => r.language === lang);
      expect(mine.length, lang).toBeGreaterThanOrEqual(110);
      for (const reason of reasonKeys) {
        expect(mine.filter((r) => r.intent === reason).length, `${lang} ${reason}`).toBeGreaterThanOrEqual(7);
      }
      const none = mine.filter((r) => r.intent === null).length / mine.length;
      expect(none, lang).toBeGreaterThanOrEqual(0.07);
      expect(none, lang).toBeLessThanOrEqual(0.12);
    }
  });

  it('repeats no message within a language', () => {
    const seen = new Set<string>();
    for (const r of rows) {
      const k = `${String(r.language)}\u0000${String(r.text)}`;
      expect(seen.has(k), k).toBe(false);
      seen.add(k);
    }
  });
});
