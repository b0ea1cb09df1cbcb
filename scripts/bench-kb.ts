// Benchmark of KB search: builds a 5,000-article synthetic multilingual index and times 1,000 mixed-language queries.

import { mulberry32 } from '../src/local/random';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, REASONS } from '../sheets-templates/enums';
import { buildKbIndex, type KbArticle, searchKb } from '../src/core/kb/search';

export interface BenchRow {
  name: string;
  n: number;
  ms: number;
  note: string;
}

/** Vocabulary per language: realistic after-sales phrases the generator samples from. */
const PHRASES: Record<string, string[]> = {
  'zh-CN': ['退款多久到账', '收到商品破损', '包裹少发漏发', '尺码偏大偏小', '物流什么时候到', '换货流程', '退货地址', '保修说明', '质量问题', '取消订单'],
  'zh-TW': ['退款多久會到帳', '收到商品破損', '尺寸怎麼選', '出貨時間', '換貨流程', '外箱壓壞', '品質問題'],
  en: ['refund takes three days', 'parcel arrived damaged', 'missing item from parcel', 'size guide for dresses', 'tracking not updated', 'exchange for another colour', 'return address', 'warranty for appliances', 'cancel my order'],
  ms: ['bila refund masuk', 'barang sampai pecah', 'barang tak cukup', 'panduan saiz baju', 'parcel kat mana', 'tukar saiz', 'polisi pemulangan'],
  id: ['kapan dana refund masuk', 'paket datang rusak', 'isi paket kurang', 'panduan ukuran', 'cek resi pengiriman', 'tukar ukuran'],
  th: ['ได้เงินคืนเมื่อไหร่', 'สินค้าแตกเสียหาย', 'ของไม่ครบ', 'วิธีเลือกไซส์', 'พัสดุถึงไหนแล้ว', 'ขอเปลี่ยนสินค้า'],
  vi: ['khi nào được hoàn tiền', 'hàng bị vỡ hư hại', 'giao thiếu hàng', 'hướng dẫn chọn size', 'đơn hàng đang ở đâu', 'đổi size khác'],
};


export function syntheticArticles(n: number, seed = 7): KbArticle[] {
  const rand = mulberry32(seed); // every run indexes the same articles
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const out: KbArticle[] = [];
  for (let i = 0; i < n; i++) {
    const language = pick(LANGUAGES).key;
    const phrases = PHRASES[language];
    const sentences = Array.from({ length: 4 + Math.floor(rand() * 6) }, () => pick(phrases));
    out.push({
      id: `KB-${i}`,
      title: `${pick(phrases)} ${i}`,
      question: pick(phrases),
      answer: sentences.join('. '),
      keywords: [pick(phrases), pick(phrases)].join(', '),
      reason: pick(REASONS).key,
      sku: `SKU-${i % 200}`,
      language,
      uses: Math.floor(rand() * 50),
    });
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[i];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function benchKb(articles = 5000, queries = 1000): BenchRow[] {
  const docs = syntheticArticles(articles);
  const t0 = performance.now();
  const index = buildKbIndex(docs);
  const buildMs = performance.now() - t0;

  const rand = mulberry32(11);
  const all = Object.values(PHRASES).flat();
  const times: number[] = [];
  let hits = 0;
  const t1 = performance.now();
  for (let q = 0; q < queries; q++) {
    const phrase = all[Math.floor(rand() * all.length)];
    // Agents type fragments while searching: use the first 2–12 characters of a phrase.
    const query = Array.from(phrase).slice(0, 2 + Math.floor(rand() * 11)).join('');
    const s = performance.now();
    hits += searchKb(index, query, { reason: 'refund' }).length;
    times.push(performance.now() - s);
  }
  const totalMs = performance.now() - t1;
  times.sort((a, b) => a - b);
  return [
    { name: 'kb build index', n: articles, ms: round(buildMs), note: `${index.main.postings.size} terms` },
    { name: 'kb search p50', n: queries, ms: round(percentile(times, 0.5)), note: 'per query, 7 languages, top 3' },
    { name: 'kb search p95', n: queries, ms: round(percentile(times, 0.95)), note: 'per query' },
    { name: 'kb search total', n: queries, ms: round(totalMs), note: `${hits} hits returned` },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = benchKb();
  console.log(['name', 'n', 'ms', 'note'].map((h, i) => h.padEnd(i === 0 ? 18 : 8)).join(' '));
  for (const r of rows) console.log(`${r.name.padEnd(18)} ${String(r.n).padEnd(8)} ${String(r.ms).padEnd(8)} ${r.note}`);
}
