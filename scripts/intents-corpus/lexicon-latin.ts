// Training-only vocabulary (English, Indonesian, Malay, Vietnamese): many short ways to say each reason, slotted into neutral frames.
import type { Lexicon } from './lexicon-types';

export const EN_LEX: Lexicon = {
  frames: ['{x}', 'hi, {x}', '{x}, order {order}', 'i bought a {item} and {x}', '{x}. what now?', 'about my {item}: {x}', 'ordered last week, {x}', '{x} pls help', 'so {x}', 'seller {x}', '{x} 😞', 'the {item} - {x}'],
  terms: {
    damaged: ['it arrived broken', 'came cracked', 'was shattered', 'got crushed in transit', 'is dented', 'came chipped', 'is bent out of shape', 'arrived in pieces', 'is scratched up', 'leaked all over', 'the box was smashed', 'glass broke in shipping', 'got wet and ruined', 'the handle snapped off in delivery', 'torn open and damaged', 'packaging destroyed, item busted', 'it came smashed'],
    defective: ['it does not work', 'stopped working', 'wont turn on', 'doesnt charge', 'keeps shutting off', 'is faulty', 'is defective', 'no sound at all', 'broke after one use', 'the button is dead', 'it malfunctions', 'wont connect', 'battery dies fast', 'screen stays black', 'makes a grinding noise', 'quit working', 'the zip broke', 'seams ripped after a wash', 'poor quality, fell apart', 'doa', 'not functioning'],
    missing_item: ['one piece is missing', 'only got half the order', 'missing parts', 'no charger inside', 'forgot to include the gift', 'box was missing an item', 'received 1 instead of 2', 'the rest of my order is missing', 'accessories not included', 'short one item', 'the set is incomplete', 'no batteries in the box', 'missing the lid'],
    wrong_item: ['wrong item sent', 'you sent the wrong colour', 'got the wrong size', 'this is not my order', 'received a different product', 'wrong model', 'mixed up my order', 'sent someone elses parcel', 'different colour than i picked', 'wrong variant', 'not the item i ordered', 'sent me the wrong one', 'got {color} but ordered {color}'],
    not_received: ['never received it', 'still not received', 'says delivered but i dont have it', 'it never arrived', 'i did not get my parcel', 'package is lost', 'nothing was delivered', 'not delivered to me', 'never showed up', 'courier says delivered, i got nothing', 'been a month and no parcel'],
    refund: ['i want a refund', 'refund me', 'give my money back', 'please reimburse me', 'money back please', 'where is my refund', 'refund still pending', 'want my payment back', 'process a refund', 'refund the full amount', 'refund {money}', 'return my money'],
    return: ['i want to return it', 'how to send it back', 'can i return this', 'return address please', 'need a return label', 'returning the item', 'want to ship it back', 'is return free', 'return policy?', 'can i send back unused item'],
    exchange: ['can i exchange it', 'swap for another size', 'exchange for a different colour', 'send a replacement', 'replace it with a new one', 'change it to {size}', 'want a new unit instead', 'trade it for {color}', 'exchange please'],
    logistics: ['where is my parcel', 'when will you ship', 'tracking number?', 'tracking not updating', 'when will it arrive', 'has it shipped', 'which courier', 'delivery is slow', 'stuck in transit', 'eta please', 'still not shipped', 'out for delivery yet?', 'change delivery address', 'how long is shipping'],
    size: ['what size should i buy', 'too small', 'too big', 'runs small', 'runs large', 'size chart?', 'does not fit', 'too tight', 'too loose', 'is it true to size', 'which size for 60kg', 'fits small, size up?', 'the fit is off', 'length of size {size}?'],
    not_as_described: ['not as described', 'looks different from the picture', 'colour differs from the photos', 'fake', 'not original', 'misleading listing', 'cheaper material than advertised', 'smaller than described', 'not like the ad', 'the photos lied', 'counterfeit', 'description is wrong'],
    cancel: ['cancel my order', 'i want to cancel', 'please cancel', 'cancel before shipping', 'ordered by mistake, cancel', 'dont ship it', 'cancel the order', 'void my order', 'stop the order', 'i changed my mind, cancel'],
    other: ['need an invoice', 'warranty question', 'voucher not working', 'charged twice', 'how do i use it', 'rude seller', 'cash on delivery?', 'send the receipt', 'payment deducted but failed', 'promo code invalid', 'can you gift wrap'],
    none: ['hello', 'thanks', 'ok noted', 'love it', 'great seller', 'thank you so much', 'good quality', 'fast shipping, happy', 'hi there', 'ok', 'received, all good', 'is this available', 'any discount today'],
  },
};

export const ID_LEX: Lexicon = {
  frames: ['{x}', 'kak {x}', '{x} kak', 'min {x} ya', '{x} no pesanan {order}', 'aku beli {item} tapi {x}', '{x} gimana nih', 'halo {x}', '{x} dong', 'gan {x} 🙏', 'kak {item} nya {x}'],
  terms: {
    damaged: ['pecah', 'retak', 'penyok', 'rusak pas sampai', 'hancur', 'lecet', 'sobek', 'bocor', 'patah', 'remuk', 'kardus nya hancur', 'kacanya pecah', 'dalam keadaan rusak', 'kebanting sama kurir', 'peyot'],
    defective: ['gak nyala', 'ga bisa dicas', 'mati total', 'gak berfungsi', 'error', 'cacat produksi', 'gak ada suara', 'rusak baru dipake', 'konslet', 'tombol nya macet', 'gak bisa connect', 'cepet rusak', 'kualitas jelek', 'gak jalan', 'mati mati sendiri'],
    missing_item: ['kurang satu', 'isinya kurang', 'gak ada kabelnya', 'bonus gak dikirim', 'cuma dateng satu', 'pesanan gak lengkap', 'aksesoris nya gak ada', 'barang kurang', 'ada yang ketinggalan', 'jumlahnya kurang'],
    wrong_item: ['salah kirim', 'warnanya salah', 'ukuran nya salah kirim', 'bukan yang aku pesan', 'dikirim barang lain', 'salah model', 'salah varian', 'beda sama pesanan', 'paket orang lain', 'dateng {color} padahal pesen {color}'],
    not_received: ['belum terima barang', 'paket belum sampai', 'status terkirim tapi gak ada', 'barang gak pernah dateng', 'paket hilang', 'belum nyampe nyampe', 'gak nerima paket', 'kurir bilang udah dianter tapi gak ada'],
    refund: ['minta refund', 'balikin dana', 'uang kembali', 'refund dong', 'dana belum balik', 'pengembalian dana', 'mau duit balik', 'refund kapan masuk', 'kembalikan uang saya'],
    return: ['mau retur', 'cara retur gimana', 'mau balikin barang', 'kirim balik', 'alamat retur', 'pengembalian barang', 'bisa diretur gak', 'mau return'],
    exchange: ['tukar ukuran', 'tuker warna', 'ganti baru', 'tukar barang', 'minta ganti unit', 'tukar ke {size}', 'bisa tuker gak', 'ganti yang lain'],
    logistics: ['paket sampai mana', 'kapan dikirim', 'resi nya mana', 'belum dikirim', 'resi gak update', 'kapan sampai', 'pake kurir apa', 'pengiriman lama banget', 'cek resi dong', 'kok lama banget dikirimnya', 'ganti alamat'],
    size: ['kekecilan', 'kebesaran', 'kegedean', 'kesempitan', 'ukuran apa', 'size chart', 'pas gak', 'kekecilan dikit', 'ukurannya gak pas', 'cocok size berapa', 'kepanjangan', 'kependekan'],
    not_as_described: ['tidak sesuai deskripsi', 'beda sama foto', 'gak sesuai gambar', 'barang KW', 'palsu', 'bahan nya beda', 'warna beda dari foto', 'gak ori', 'jauh dari ekspektasi gambar', 'penipuan gambar'],
    cancel: ['batalin pesanan', 'cancel order', 'batal aja', 'mau cancel', 'gak jadi beli', 'pembatalan', 'batalkan pesanan saya', 'jangan dikirim, batal'],
    other: ['minta invoice', 'ada garansi', 'voucher gak bisa', 'saldo kepotong dobel', 'cara pakai', 'admin nya jutek', 'bisa cod', 'kode promo error'],
    none: ['halo', 'makasih', 'oke kak', 'mantap', 'bagus', 'ready?', 'siap', 'udah nyampe makasih', 'recommended seller', 'sesuai pesanan'],
  },
};

export const MS_LEX: Lexicon = {
  frames: ['{x}', 'boss {x}', '{x} ye', 'seller {x} tq', '{x} order {order}', 'saya beli {item} tapi {x}', '{x} macam mana ni', 'hai {x}', '{x} pls', 'sis {x}', '{item} ni {x}'],
  terms: {
    damaged: ['pecah', 'retak', 'kemek', 'penyek', 'rosak masa sampai', 'hancur', 'calar', 'koyak', 'bocor', 'patah', 'remuk', 'kotak rosak teruk', 'dah pecah masa buka'],
    defective: ['tak boleh on', 'tak boleh cas', 'mati terus', 'tak berfungsi', 'rosak lepas guna', 'takde bunyi', 'butang tak jalan', 'tak dapat connect', 'cepat rosak', 'kualiti teruk', 'tak jalan langsung', 'asyik mati'],
    missing_item: ['kurang satu', 'tak cukup', 'takde kabel', 'hadiah tak dapat', 'dapat satu je', 'order tak lengkap', 'aksesori takde', 'barang tertinggal', 'kuantiti kurang'],
    wrong_item: ['salah hantar', 'tersalah hantar', 'warna salah', 'saiz salah', 'bukan yang saya order', 'hantar barang lain', 'model salah', 'parcel orang lain', 'dapat {color} padahal order {color}'],
    not_received: ['belum terima barang', 'parcel tak sampai', 'status delivered tapi takde', 'barang tak pernah sampai', 'parcel hilang', 'tak dapat barang lagi', 'posmen kata dah hantar'],
    refund: ['nak refund', 'pulangkan duit', 'duit balik', 'refund je', 'duit belum masuk balik', 'pemulangan wang', 'bila nak refund', 'bagi balik duit'],
    return: ['nak return', 'nak pulangkan barang', 'hantar balik', 'alamat return', 'boleh return tak', 'pos balik barang'],
    exchange: ['tukar saiz', 'tukar warna', 'ganti baru', 'tukar barang', 'tukar ke {size}', 'boleh tukar tak', 'ganti yang lain'],
    logistics: ['parcel kat mana', 'bila nak pos', 'tracking number', 'belum pos', 'tracking tak update', 'bila sampai', 'courier apa', 'lambat sangat sampai', 'check tracking', 'tukar alamat'],
    size: ['kecil sangat', 'besar sangat', 'ketat', 'longgar', 'saiz apa', 'size chart', 'muat tak', 'tak muat', 'saiz berapa sesuai', 'labuh sangat'],
    not_as_described: ['tak sama macam gambar', 'tak ikut description', 'barang tiruan', 'tak original', 'warna lain dari gambar', 'kain lain dari iklan', 'tipu gambar'],
    cancel: ['nak cancel', 'batalkan order', 'batal je', 'tak jadi beli', 'cancel order saya', 'jangan pos, batal'],
    other: ['nak resit', 'ada warranty', 'baucar tak boleh guna', 'kena caj dua kali', 'macam mana nak guna', 'boleh cod'],
    none: ['hai', 'terima kasih', 'ok boss', 'best', 'cantik', 'ada stok', 'dah sampai tq', 'seller baik'],
  },
};

export const VI_LEX: Lexicon = {
  frames: ['{x}', 'shop ơi {x}', '{x} ạ', '{x} nhé shop', 'đơn {order} {x}', 'mình mua {item} mà {x}', '{x} giờ sao', 'ad ơi {x}', '{x} với', '{item} {x}'],
  terms: {
    damaged: ['bị vỡ', 'bị nứt', 'bị móp', 'bị bể', 'hư hỏng khi giao', 'trầy xước', 'bị rách', 'bị rò rỉ', 'bị gãy', 'bẹp dúm', 'vỡ nát', 'bị đè méo'],
    defective: ['không hoạt động', 'không lên nguồn', 'không sạc được', 'bị lỗi', 'hỏng rồi', 'không có tiếng', 'tự tắt', 'nút không ăn', 'không kết nối được', 'dùng vài lần là hư', 'chất lượng kém', 'chết máy'],
    missing_item: ['thiếu hàng', 'giao thiếu', 'thiếu phụ kiện', 'không có quà tặng', 'chỉ nhận được một cái', 'thiếu một món', 'không đủ số lượng', 'thiếu dây sạc'],
    wrong_item: ['giao sai hàng', 'giao nhầm', 'sai màu', 'sai size', 'không phải hàng mình đặt', 'gửi nhầm mẫu', 'hàng của người khác', 'đặt {color} giao {color}'],
    not_received: ['chưa nhận được hàng', 'báo giao rồi mà chưa nhận', 'hàng không tới', 'mất hàng', 'thất lạc', 'không nhận được gì', 'chờ mãi không thấy hàng'],
    refund: ['hoàn tiền', 'trả lại tiền', 'lấy lại tiền', 'chưa nhận tiền hoàn', 'khi nào hoàn tiền', 'hoàn tiền giúp'],
    return: ['trả hàng', 'gửi trả lại', 'trả lại hàng', 'địa chỉ trả hàng', 'muốn gửi lại hàng', 'hoàn hàng'],
    exchange: ['đổi size', 'đổi màu', 'đổi cái mới', 'đổi hàng', 'đổi sang {size}', 'đổi cái khác'],
    logistics: ['hàng đang ở đâu', 'khi nào giao', 'mã vận đơn', 'chưa gửi hàng', 'vận đơn không cập nhật', 'bao lâu thì tới', 'giao chậm quá', 'đơn vị vận chuyển nào', 'kiểm tra đơn giúp', 'đổi địa chỉ giao'],
    size: ['nhỏ quá', 'rộng quá', 'chật', 'size nào vừa', 'bảng size', 'mặc không vừa', 'form nhỏ', 'form rộng', 'tư vấn size'],
    not_as_described: ['không giống hình', 'không đúng mô tả', 'hàng giả', 'hàng fake', 'khác ảnh', 'chất liệu khác quảng cáo', 'màu khác hình', 'lừa đảo hình ảnh'],
    cancel: ['hủy đơn', 'muốn hủy', 'hủy giúp mình', 'không mua nữa', 'hủy đơn hàng', 'đừng giao nữa'],
    other: ['xuất hóa đơn', 'bảo hành', 'mã giảm giá lỗi', 'bị trừ tiền hai lần', 'cách sử dụng', 'thanh toán khi nhận hàng'],
    none: ['chào shop', 'cảm ơn', 'ok', 'hàng đẹp', 'hài lòng', 'còn hàng không', 'đã nhận hàng cảm ơn', 'dạ'],
  },
};
