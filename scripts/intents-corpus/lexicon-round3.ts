// A third round of training-only sentences for the reasons customers phrase most loosely (wrong item, refund, not as described).
import type { CorpusLabel } from './types';

export const ROUND3: Record<string, Partial<Record<CorpusLabel, string[]>>> = {
  en: {
    wrong_item: ['the product inside is not the one on my order', 'you mixed up the colours', 'got a size {size} when i asked for {size}', 'this is the wrong style', 'packed the wrong item in my box', 'the variant i picked was not what came', 'received an item from another listing'],
    refund: ['i just want my money returned', 'please send the money back to me', 'money has not been credited back yet', 'refund the difference please', 'how do i claim my money back', 'return the payment to my wallet', 'give me back what i paid'],
    not_as_described: ['the item looks cheap compared to the listing photos', 'it is plastic, the page said metal', 'the description lied about the size', 'this is a replica, not the real brand', 'the product page is misleading', 'quality is nowhere near what is shown'],
    damaged: ['the parcel arrived torn and the item is broken', 'handle was snapped when it arrived', 'it got broken on the way here'],
    logistics: ['any news on the shipment', 'my order still says preparing to ship', 'when is the delivery expected'],
  },
  'zh-CN': {
    wrong_item: ['给我发的不是我下单的那个', '颜色给我发反了', '码数寄错了，我要的{size}', '发来的款式不对', '包裹里的东西不是我买的'],
    refund: ['钱什么时候能退给我', '麻烦尽快退钱', '我的退款到现在都没到', '请把钱退回支付宝', '差价退给我'],
    not_as_described: ['实物跟图片根本不是一个东西', '详情页写的是金属，收到是塑料', '商品描述夸大了', '这是仿的吧，不是正品', '质量跟图片上差远了'],
    damaged: ['东西在路上被摔坏了', '快递箱破了，东西也碎了', '到手就有一条裂缝'],
  },
  'zh-TW': {
    wrong_item: ['寄來的不是我訂的那個', '顏色寄錯了', '尺寸給錯', '款式不對'],
    refund: ['錢什麼時候退給我', '請盡快退款', '退款一直沒有收到'],
    not_as_described: ['實品跟圖片根本不一樣', '網頁寫金屬收到是塑膠', '這是仿的不是正品'],
  },
  th: {
    wrong_item: ['ของที่ได้ไม่ใช่ที่สั่งไว้', 'ส่งสีสลับกัน', 'ส่งไซส์ไม่ตรงที่สั่ง', 'ส่งแบบผิดมาให้', 'ในกล่องเป็นของอีกแบบ'],
    refund: ['เงินจะคืนเมื่อไหร่', 'โอนเงินคืนด่วน', 'เงินคืนยังไม่เข้าเลย', 'ขอคืนเงินส่วนต่าง', 'ขอเงินที่จ่ายไปคืน'],
    not_as_described: ['ของจริงไม่เหมือนในรูปเลย', 'เขียนว่าเหล็กแต่ได้พลาสติก', 'รายละเอียดสินค้าโกหก', 'ของเลียนแบบไม่ใช่ของแท้', 'คุณภาพห่างจากรูปมาก'],
    damaged: ['ของแตกระหว่างขนส่ง', 'กล่องขาดของแตก', 'ได้รับมามีรอยร้าว'],
    not_received: ['ยังไม่เห็นของเลย', 'ของไม่มาถึงบ้าน', 'รอนานแล้วยังไม่ได้รับพัสดุ'],
  },
  vi: {
    wrong_item: ['hàng nhận không phải cái mình đặt', 'giao nhầm màu rồi', 'size giao không đúng size đặt', 'giao sai kiểu', 'trong hộp là hàng khác'],
    refund: ['bao giờ trả tiền lại cho mình', 'hoàn tiền nhanh giúp mình', 'tiền hoàn mãi chưa về', 'trả lại tiền chênh lệch', 'mình muốn lấy lại số tiền đã trả'],
    not_as_described: ['hàng thật khác hoàn toàn hình', 'ghi là kim loại mà nhận nhựa', 'mô tả sản phẩm sai sự thật', 'hàng nhái không phải chính hãng', 'chất lượng khác xa ảnh'],
  },
  id: {
    wrong_item: ['barang yang dateng bukan pesenan aku', 'warnanya ketuker', 'ukuran yang dikirim beda sama yang dipesan', 'modelnya salah kirim'],
    refund: ['kapan uangnya dibalikin', 'tolong dana dikembalikan secepatnya', 'refund ku belum masuk masuk', 'balikin uang aku ya'],
    not_as_described: ['barang asli beda banget sama foto', 'katanya besi ternyata plastik', 'deskripsi nya bohong', 'ini barang tiruan bukan ori'],
  },
  ms: {
    wrong_item: ['barang yang sampai bukan yang saya order', 'warna tertukar', 'saiz yang dihantar lain', 'model salah hantar'],
    refund: ['bila duit nak dipulangkan', 'tolong refund cepat', 'refund saya tak masuk lagi', 'pulangkan duit saya'],
    not_as_described: ['barang sebenar lain sangat dari gambar', 'kata besi rupanya plastik', 'description tipu', 'barang tiruan bukan original'],
  },
};
