/**
 * Saving big tabs fast: exceljs writes, for a big tab, only one cell of each distinct look (number format and
 * style) — so the file gets every style, validation, merge, note and setting exactly as before — and this file
 * then writes the tab's whole <sheetData> as text (strings inline, each cell with the style index exceljs gave
 * its look) and re-zips with Node's native deflate. Used by saveWorkbook for tabs above BIG_CELLS cells.
 */
import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { colLetters } from './a1';
import type { SheetData } from './sheet-data';
import { DateCell } from './values';

export const BIG_CELLS = 4_000;
const DATE_FORMAT = 'yyyy-mm-dd hh:mm';

const styleText = new WeakMap<object, string>();

/** The look of a cell: what decides exceljs's style index. */
export function lookOf(s: SheetData, r: number, c: number): string {
  const v = s.values[r]?.[c];
  const fmt = s.formats[r]?.[c] ?? (v instanceof DateCell ? DATE_FORMAT : '');
  const style = s.styles.size ? s.style(r, c) : undefined;
  if (!style) return `${fmt}\u0001`;
  let t = styleText.get(style);
  if (t === undefined) {
    t = JSON.stringify(style);
    styleText.set(style, t);
  }
  return `${fmt}\u0001${t}`;
}

/** One cell of each look (plus every cell with a note): what exceljs writes for a big tab. */
export function sampleCells(s: SheetData): { r: number; c: number }[] {
  const seen = new Set<string>();
  const out: { r: number; c: number }[] = [];
  const rows = Math.max(s.values.length, s.formats.length);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(s.values[r]?.length ?? 0, s.formats[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const look = lookOf(s, r, c);
      if (look === '\u0001' && (s.values[r]?.[c] ?? '') === '' && !s.formula(r, c) && !s.note(r, c)) continue;
      if (!seen.has(look) || s.note(r, c)) {
        seen.add(look);
        out.push({ r, c });
      }
    }
  }
  return out;
}

const SPECIAL = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const esc = (t: string) => (!SPECIAL.test(t) ? t : t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''));

/** The full <sheetData> of a tab, given each look's style index (from the exceljs-written sample). */
function sheetDataXml(s: SheetData, styles: Map<string, string>, wallSerial: (ms: number) => number): string {
  const parts: string[] = ['<sheetData>'];
  const rows = Math.max(s.values.length, s.formats.length);
  const letters: string[] = [];
  const letter = (c: number) => letters[c] ?? (letters[c] = colLetters(c));
  const hasFormulas = s.formulas.size > 0;
  const hasNotes = s.notes.size > 0;
  for (let r = 0; r < rows; r++) {
    const width = Math.max(s.values[r]?.length ?? 0, s.formats[r]?.length ?? 0);
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const v = s.values[r]?.[c] ?? '';
      const f = hasFormulas ? s.formula(r, c) : '';
      const look = lookOf(s, r, c);
      if (v === '' && !f && look === '\u0001' && !(hasNotes && s.note(r, c))) continue;
      const st = styles.get(look);
      const sAttr = st && st !== '0' ? ` s="${st}"` : '';
      const ref = `${letter(c)}${r + 1}`;
      if (f) cells.push(`<c r="${ref}"${sAttr}><f>${esc(f.slice(1))}</f></c>`);
      else if (v === '') cells.push(`<c r="${ref}"${sAttr}/>`);
      else if (v instanceof DateCell) cells.push(`<c r="${ref}"${sAttr}><v>${wallSerial(v.ms)}</v></c>`);
      else if (typeof v === 'number') cells.push(`<c r="${ref}"${sAttr}><v>${v}</v></c>`);
      else if (typeof v === 'boolean') cells.push(`<c r="${ref}"${sAttr} t="b"><v>${v ? 1 : 0}</v></c>`);
      else cells.push(`<c r="${ref}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${esc(String(v))}</t></is></c>`);
    }
    if (cells.length) parts.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  }
  parts.push('</sheetData>');
  return parts.join('');
}

/** Style index of each sampled cell, read from the sheet XML exceljs wrote. */
function stylesFromXml(xml: string, s: SheetData, sample: { r: number; c: number }[]): Map<string, string> | null {
  const byRef = new Map<string, string>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g)) byRef.set(m[1]!, m[2] ?? '0');
  const out = new Map<string, string>();
  for (const { r, c } of sample) {
    const st = byRef.get(`${colLetters(c)}${r + 1}`);
    if (st === undefined) return null;
    out.set(lookOf(s, r, c), st);
  }
  return out;
}

/** A zip archive written with Node's native deflate (stored names in order; no extra fields). */
function zip(entries: { name: string; data: Buffer }[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = deflateRawSync(e.data, { level: 3 });
    const crc = crc32(e.data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(0, 12);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(e.data.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    central.push(dir, name);
    offset += local.length + name.length + body.length;
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

/**
 * Replaces the <sheetData> of the big tabs in the file exceljs wrote (`sheetN.xml` by exceljs's worksheet id).
 * Returns false (file untouched) when a sampled cell cannot be found: the caller then writes the slow way.
 */
export async function patchBigSheets(path: string, big: { id: number; data: SheetData; sample: { r: number; c: number }[] }[], wallSerial: (ms: number) => number): Promise<boolean> {
  const archive = await JSZip.loadAsync(readFileSync(path));
  const replaced = new Map<string, string>();
  for (const b of big) {
    const name = `xl/worksheets/sheet${b.id}.xml`;
    const file = archive.file(name);
    if (!file) return false;
    const xml = await file.async('string');
    const styles = stylesFromXml(xml, b.data, b.sample);
    if (!styles) return false;
    const body = sheetDataXml(b.data, styles, wallSerial);
    const rows = Math.max(b.data.values.length, 1);
    const cols = Math.max(...b.data.values.slice(0, 50).map((r) => r?.length ?? 0), 1);
    const next = xml
      .replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, () => body)
      .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${colLetters(cols - 1)}${rows}"/>`);
    replaced.set(name, next);
  }
  const entries: { name: string; data: Buffer }[] = [];
  for (const [name, f] of Object.entries(archive.files)) {
    if (f.dir) continue;
    entries.push({ name, data: replaced.has(name) ? Buffer.from(replaced.get(name)!, 'utf8') : await f.async('nodebuffer') });
  }
  writeFileSync(path, zip(entries));
  return true;
}
