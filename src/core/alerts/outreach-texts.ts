/**
 * Care messages for buyers of a SKU with a batch defect, one per language, written to be sent as-is in marketplace
 * chat (Shopee caps a message at 600 characters; filled placeholders stay well under that). They admit the problem
 * plainly, ask the buyer to check the item, and promise a fix without asking for a review.
 * Placeholders: {name} {product} {orderId} {shop}.
 */
import type { LanguageKey } from '../../../sheets-templates/enums';
import { clipText } from '../text';

export const CARE_MESSAGES: Record<LanguageKey, string> = {
  'zh-CN':
    '{name}您好，我是{shop}的客服。您在订单 {orderId} 中购买的「{product}」，我们发现同一批次有部分商品存在质量问题。麻烦您方便时检查一下收到的商品；如果有任何问题，直接回复这条消息并附上照片，我们会优先为您补发或退款，不需要退回商品。给您添麻烦了，非常抱歉！',
  'zh-TW':
    '{name}您好，我是{shop}的客服。您在訂單 {orderId} 購買的「{product}」，我們發現同一批次有部分商品有品質問題。麻煩您方便時檢查一下收到的商品；如果有任何問題，直接回覆這則訊息並附上照片，我們會優先為您補寄或退款，不需要退回商品。造成您的不便，真的很抱歉！',
  en:
    'Hi {name}, this is {shop} customer care. Some units from the same batch as the "{product}" in your order {orderId} have a quality problem. When you have a moment, could you check yours? If anything is wrong, just reply here with a photo and we will send a replacement or refund you right away — no need to return the item. We are sorry for the trouble.',
  ms:
    'Hai {name}, ini khidmat pelanggan {shop}. Sebahagian unit daripada kelompok yang sama dengan "{product}" dalam pesanan {orderId} anda mempunyai masalah kualiti. Boleh tolong semak barang anda bila ada masa? Jika ada masalah, balas mesej ini dengan gambar dan kami akan hantar ganti atau pulangkan wang dengan segera — tak perlu pulangkan barang. Kami mohon maaf atas kesulitan ini.',
  id:
    'Halo {name}, ini layanan pelanggan {shop}. Sebagian produk dari batch yang sama dengan "{product}" di pesanan {orderId} Anda mengalami masalah kualitas. Jika ada waktu, mohon cek produk Anda. Kalau ada masalah, cukup balas pesan ini dengan foto dan kami akan segera kirim pengganti atau refund — barang tidak perlu dikembalikan. Mohon maaf atas ketidaknyamanannya.',
  th:
    'สวัสดีค่ะคุณ{name} ทางร้าน {shop} แจ้งมาเพื่อดูแลค่ะ เราพบว่าสินค้า "{product}" ล็อตเดียวกับในคำสั่งซื้อ {orderId} ของคุณบางชิ้นมีปัญหาด้านคุณภาพ รบกวนช่วยตรวจสอบสินค้าเมื่อสะดวกนะคะ หากพบปัญหา ตอบกลับข้อความนี้พร้อมรูปถ่ายได้เลย เราจะส่งสินค้าใหม่หรือคืนเงินให้ทันทีโดยไม่ต้องส่งสินค้าคืน ขออภัยในความไม่สะดวกค่ะ',
  vi:
    'Chào {name}, đây là bộ phận chăm sóc khách hàng của {shop}. Một số sản phẩm cùng lô với "{product}" trong đơn {orderId} của bạn bị lỗi chất lượng. Khi rảnh, bạn vui lòng kiểm tra giúp shop nhé. Nếu có vấn đề, chỉ cần trả lời tin nhắn này kèm ảnh, shop sẽ gửi hàng thay thế hoặc hoàn tiền ngay — không cần gửi trả hàng. Thành thật xin lỗi vì sự bất tiện này.',
};

/** How each message greets a buyer whose name the order does not give. */
const NAMELESS: Record<LanguageKey, string> = { 'zh-CN': '', 'zh-TW': '', en: 'there', ms: '', id: 'Kak', th: '', vi: 'bạn' };

/** Shopee chat's message limit. */
export const MAX_MESSAGE_CHARS = 600;

export function fillCareMessage(language: LanguageKey, fields: { name: string; product: string; orderId: string; shop: string }): string {
  const clip = clipText;
  const name = clip(fields.name.trim(), 40) || NAMELESS[language];
  const text = CARE_MESSAGES[language]
    .replace('{name}', name)
    .replace(/ ,/, ',')
    .replace('{shop}', clip(fields.shop.trim(), 40))
    .replace('{orderId}', clip(fields.orderId, 40))
    .replace('{product}', clip(fields.product.trim(), 80));
  return text.length > MAX_MESSAGE_CHARS ? text.slice(0, MAX_MESSAGE_CHARS) : text;
}
