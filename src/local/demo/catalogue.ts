/** The demo shop's world: products, customer names per language, and how customers describe problems. */

export interface Product {
  sku: string;
  name: string;
  price: number;
  /** Relative popularity. */
  weight: number;
}

export const SHOP_NAME = 'Kedai Lumi · 露米小铺';

export const PRODUCTS: Product[] = [
  { sku: 'TS-LIN-01', name: 'Linen Button Shirt 亚麻纽扣衬衫', price: 59.9, weight: 9 },
  { sku: 'TS-OXF-02', name: 'Oxford Shirt 牛津衬衫', price: 69.9, weight: 5 },
  { sku: 'TE-BAS-01', name: 'Basic Cotton Tee 纯棉T恤', price: 29.9, weight: 12 },
  { sku: 'TE-GRA-02', name: 'Graphic Tee 印花T恤', price: 35.9, weight: 7 },
  { sku: 'DR-MID-01', name: 'Midi Floral Dress 碎花中长裙', price: 89.0, weight: 6 },
  { sku: 'DR-BAJ-02', name: 'Baju Kurung Moden', price: 129.0, weight: 4 },
  { sku: 'PA-CHI-01', name: 'Chino Pants 休闲裤', price: 79.0, weight: 6 },
  { sku: 'PA-JOG-02', name: 'Jogger Pants 束脚运动裤', price: 49.9, weight: 8 },
  { sku: 'JK-WIN-01', name: 'Windbreaker Jacket 防风外套', price: 119.0, weight: 3 },
  { sku: 'HJ-SAT-01', name: 'Satin Tudung 缎面头巾', price: 25.0, weight: 10 },
  { sku: 'BG-TOT-01', name: 'Canvas Tote Bag 帆布托特包', price: 39.9, weight: 7 },
  { sku: 'BG-SLI-02', name: 'Mini Sling Bag 迷你斜挎包', price: 45.0, weight: 5 },
  { sku: 'SH-SLD-01', name: 'Slide Sandals 一字拖', price: 32.0, weight: 8 },
  { sku: 'SH-SNK-02', name: 'Canvas Sneakers 帆布鞋', price: 99.0, weight: 4 },
  { sku: 'HM-MUG-01', name: 'Ceramic Mug 陶瓷马克杯', price: 22.9, weight: 9 },
  { sku: 'HM-BTL-02', name: 'Insulated Bottle 保温杯', price: 49.0, weight: 8 },
  { sku: 'HM-TOW-03', name: 'Bamboo Towel Set 竹纤维毛巾套装', price: 55.0, weight: 5 },
  { sku: 'HM-LMP-04', name: 'LED Desk Lamp LED台灯', price: 75.0, weight: 4 },
  { sku: 'HM-CUS-05', name: 'Linen Cushion Cover 亚麻抱枕套', price: 28.0, weight: 6 },
  { sku: 'HM-GLS-06', name: 'Glass Storage Jar 玻璃储物罐', price: 34.0, weight: 5 },
  { sku: 'AC-CAP-01', name: 'Baseball Cap 棒球帽', price: 27.9, weight: 6 },
  { sku: 'AC-SOC-02', name: 'Ankle Socks 5-pack 短袜五双装', price: 19.9, weight: 10 },
  { sku: 'AC-BLT-03', name: 'Leather Belt 皮带', price: 42.0, weight: 3 },
  { sku: 'AC-UMB-04', name: 'Foldable Umbrella 折叠伞', price: 36.0, weight: 5 },
];

export type DemoLanguage = 'zh-CN' | 'zh-TW' | 'en' | 'ms' | 'id' | 'th' | 'vi';

export const LANGUAGE_MIX: [DemoLanguage, number][] = [
  ['ms', 30], ['en', 25], ['zh-CN', 25], ['zh-TW', 5], ['id', 6], ['th', 5], ['vi', 4],
];

export const NAMES: Record<DemoLanguage, string[]> = {
  ms: ['Nurul Aisyah', 'Ahmad Faiz', 'Siti Hajar', 'Muhammad Amir', 'Farah Nadia', 'Hafiz Rahman', 'Aina Sofea', 'Zulkifli Omar', 'Nur Izzati', 'Syafiq Hakim'],
  en: ['Rachel Tan', 'Daniel Lim', 'Priya Nair', 'Jason Wong', 'Melissa Ong', 'Kevin Raj', 'Sarah Lee', 'Aaron Teo', 'Grace Chua', 'Vincent Goh'],
  'zh-CN': ['陈美玲', '李伟', '王芳', '张俊杰', '刘婷', '黄志强', '林小燕', '吴家豪', '郑丽娟', '许文斌'],
  'zh-TW': ['陳怡君', '林家豪', '黃淑芬', '張志明', '蔡佩珊'],
  id: ['Dewi Lestari', 'Budi Santoso', 'Rina Wulandari', 'Agus Pratama', 'Putri Ayu'],
  th: ['สมชาย ใจดี', 'วิภา ศรีสุข', 'ณัฐพล แก้วมณี', 'พิมพ์ชนก ทองดี'],
  vi: ['Nguyễn Thị Lan', 'Trần Văn Minh', 'Lê Thu Hà', 'Phạm Quốc Bảo'],
};

/** Problem descriptions customers write, per reason and language ({product} is filled in). */
export const PHRASES: Record<string, Partial<Record<DemoLanguage, string[]>>> = {
  damaged: {
    en: ['Parcel arrived crushed and the {product} is cracked', 'Box was wet and the item is damaged, please help'],
    ms: ['Barang sampai pecah, kotak pun kemek', 'Parcel rosak, {product} retak. Macam mana ni?'],
    'zh-CN': ['收到的时候包装破了，{product}摔坏了', '快递盒子压扁了，东西有破损'],
    'zh-TW': ['收到時外箱破損，商品也壞了'],
    id: ['Paket datang rusak, barangnya pecah'],
    th: ['ได้รับของแล้วกล่องบุบ สินค้าแตก'],
    vi: ['Hàng đến bị vỡ, hộp bị móp'],
  },
  defective: {
    en: ['The {product} stopped working after two days', 'Zip is broken on arrival'],
    ms: ['{product} rosak lepas guna 2 hari', 'Zip tak boleh tutup langsung'],
    'zh-CN': ['用了两天就坏了，质量太差', '拉链是坏的，根本拉不上'],
    'zh-TW': ['用沒幾天就壞了'],
    id: ['Baru dipakai dua hari sudah rusak'],
    th: ['ใช้ได้สองวันก็เสีย'],
    vi: ['Mới dùng hai ngày đã hỏng'],
  },
  missing_item: {
    en: ['I ordered 2 but only received 1', 'The socks are missing from my parcel'],
    ms: ['Order 2 helai tapi dapat 1 je', 'Barang tak cukup, kurang satu'],
    'zh-CN': ['买了两件只收到一件，少发了', '包裹里少了一样东西'],
    'zh-TW': ['少寄了一件'],
    id: ['Barang kurang satu, pesan 2 datang 1'],
    th: ['ของมาไม่ครบ ขาดไปหนึ่งชิ้น'],
    vi: ['Thiếu hàng, đặt 2 chỉ nhận được 1'],
  },
  wrong_item: {
    en: ['Received the wrong colour, I ordered black', 'This is not the item I ordered'],
    ms: ['Dapat warna lain, saya order hitam', 'Salah hantar barang'],
    'zh-CN': ['发错颜色了，我买的是黑色', '收到的不是我买的商品'],
    id: ['Warna yang dikirim salah'],
    th: ['ส่งสินค้าผิดสี'],
    vi: ['Giao sai màu rồi shop ơi'],
  },
  not_received: {
    en: ['Tracking says delivered but I have not received anything', 'Still not received after 10 days'],
    ms: ['Dah 10 hari belum terima barang', 'Status delivered tapi saya tak dapat pun'],
    'zh-CN': ['显示已签收但我没收到', '十天了还没收到货'],
    'zh-TW': ['顯示已送達但我沒收到'],
    id: ['Sudah 10 hari belum sampai'],
    th: ['ยังไม่ได้รับสินค้าเลย'],
    vi: ['Chưa nhận được hàng'],
  },
  refund: {
    en: ['Please refund me, I do not want it anymore', 'When will I get my refund?'],
    ms: ['Saya nak refund', 'Bila duit refund masuk?'],
    'zh-CN': ['我要退款', '退款什么时候到账？'],
    id: ['Saya mau refund'],
    th: ['ขอคืนเงินค่ะ'],
    vi: ['Tôi muốn hoàn tiền'],
  },
  return: {
    en: ['I want to return this, changed my mind'],
    ms: ['Nak pulangkan barang, tak jadi pakai'],
    'zh-CN': ['不想要了，想退货'],
    id: ['Mau retur barang'],
  },
  exchange: {
    en: ['Can I exchange for a size M?', 'Too small, want to change size'],
    ms: ['Boleh tukar saiz L?', 'Saiz kecil, nak tukar'],
    'zh-CN': ['尺码小了能换大一码吗', '想换一个颜色'],
    'zh-TW': ['可以換尺寸嗎'],
  },
  logistics: {
    en: ['Where is my parcel? Tracking not updated'],
    ms: ['Parcel saya sampai mana? Tracking tak update'],
    'zh-CN': ['我的快递到哪了？物流一直不更新'],
    th: ['พัสดุถึงไหนแล้วคะ'],
  },
  size: {
    en: ['What size should I take, I am 165cm 55kg?'],
    ms: ['Saiz apa sesuai untuk 160cm 50kg?'],
    'zh-CN': ['身高165体重55穿什么码'],
  },
  not_as_described: {
    en: ['Colour looks very different from the photos', 'Material is thin, not as described'],
    ms: ['Kain nipis, tak sama macam gambar'],
    'zh-CN': ['和图片差别太大了，颜色不一样', '面料很薄，跟描述不符'],
    vi: ['Hàng không giống hình'],
  },
  cancel: {
    en: ['Please cancel my order'],
    ms: ['Tolong cancel order saya'],
    'zh-CN': ['麻烦帮我取消订单'],
  },
};

/** The demo's batch defect: one shirt's buttons, described many ways. */
export const DEFECT = {
  sku: 'TS-LIN-01',
  phrases: {
    en: ['Buttons fell off after the first wash', 'Two buttons came off the shirt already', 'Button fell off on the first day'],
    ms: ['Butang baju tertanggal lepas basuh', 'Butang tercabut, jahitan longgar'],
    'zh-CN': ['衬衫纽扣洗一次就掉了', '纽扣掉了两颗，线头松了', '纽扣一穿就掉'],
    'zh-TW': ['襯衫鈕扣掉了'],
  } as Partial<Record<DemoLanguage, string[]>>,
};

export const AGENTS_DEMO = [
  { email: 'owner@kedailumi.my', name: 'Lumi Owner', role: 'Owner', languages: 'en, zh-CN, ms', limit: '' },
  { email: 'mei@kedailumi.my', name: 'Mei Ling', role: 'Lead', languages: 'zh-CN, zh-TW, en', limit: '' },
  { email: 'aisyah@kedailumi.my', name: 'Aisyah', role: 'Agent', languages: 'ms, id, en', limit: '' },
  { email: 'jun@kedailumi.my', name: 'Jun Hao', role: 'Agent', languages: 'zh-CN, en', limit: '' },
  { email: 'nok@kedailumi.my', name: 'Nok', role: 'Agent', languages: 'th, en, vi', limit: '' },
];
