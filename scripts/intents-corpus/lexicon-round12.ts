// A twelfth round of training-only sentences: Thai, Indonesian, Malay and Vietnamese chat and review lines, each reason many ways.
import type { CorpusLabel } from './types';

export const ROUND12: Record<string, Partial<Record<CorpusLabel, string[]>>> = {
  th: {
    damaged: [
      'ของแตกมาตั้งแต่ในกล่อง', 'กล่องยับ ของข้างในบุบ', 'แก้วแตกสองใบ', 'จานบิ่น', 'ได้รับสินค้าชำรุด', 'ขนส่งโยนของจนพัง', 'หน้าจอแตกมาเลย',
      'ขวดแตกน้ำหกเต็มกล่อง', 'ของมาถึงมีรอยถลอกเยอะมาก', 'แพ็คของมาไม่ดีเลยแตกหมด', 'ขาหักมาหนึ่งข้าง', 'กล่องเปียกของเสียหาย', 'ของบุบเป็นรอย', 'แจกันแตกค่ะ',
    ],
    defective: [
      'ใช้ไม่ได้เลย', 'เปิดไม่ติด', 'ชาร์จไม่เข้า', 'ใช้ได้อาทิตย์เดียวก็พัง', 'ใช้ไปสองครั้งเสียแล้ว', 'แบตหมดเร็วมาก', 'บลูทูธเชื่อมต่อไม่ได้',
      'มีเสียงแปลกๆแล้วดับ', 'ไฟไม่ติด', 'ซิปพังตั้งแต่ใช้ครั้งแรก', 'คุณภาพแย่มาก ใช้แป๊บเดียวพัง', 'เครื่องร้อนแล้วตัดไปเอง', 'จอกระพริบตลอด', 'หูฟังข้างซ้ายไม่มีเสียง',
      'กดปุ่มแล้วไม่ทำงาน', 'ใช้งานไม่ได้ตั้งแต่แกะกล่อง', 'น้ำรั่วตอนใช้งาน', 'พื้นรองเท้าหลุด',
    ],
    missing_item: [
      'ของไม่ครบ', 'ได้ของไม่ครบค่ะ', 'ขาดไปหนึ่งชิ้น', 'สั่งสองได้หนึ่ง', 'ไม่มีสายชาร์จในกล่อง', 'ของแถมไม่ได้ส่งมา', 'ไม่มีน็อตมาให้',
      'อุปกรณ์ไม่ครบ', 'ได้มาแค่{item}อย่างเดียว', 'ขาดฝาปิด', 'นับแล้วขาดไป{n}ชิ้น', 'ของมาไม่ครบตามที่สั่ง',
    ],
    wrong_item: [
      'ส่งของผิด', 'ส่งผิดสี', 'ส่งผิดไซส์', 'ได้ไม่ตรงกับที่สั่ง', 'สั่งสี{color}แต่ได้สี{color}', 'ส่งผิดรุ่น', 'นี่ไม่ใช่ของที่สั่ง', 'ได้ของคนอื่นมา',
      'สั่งไซส์ L ได้ไซส์ S', 'ส่งลายผิด', 'ได้ของผิดค่ะ', 'ส่งสินค้ามาผิดชิ้น', 'ได้กลิ่นผิด',
    ],
    not_received: [
      'ยังไม่ได้รับของเลย', 'ไม่ได้รับสินค้า', 'ขึ้นว่าจัดส่งสำเร็จแต่ไม่ได้รับ', 'ของไม่มาส่ง', 'พัสดุหาย', 'สองอาทิตย์แล้วยังไม่ได้ของ',
      'ไม่ได้รับพัสดุค่ะ', 'สถานะว่าส่งแล้วแต่ไม่มีของ', 'ของยังไม่ถึงมือเลย', 'รอเป็นเดือนยังไม่ได้ของ', 'ทำไมยังไม่ได้ของสักที', 'ไม่ได้ของค่ะ',
    ],
    refund: [
      'ขอคืนเงิน', 'คืนเงินด้วยค่ะ', 'ขอเงินคืน', 'เงินคืนเมื่อไหร่', 'ยังไม่ได้เงินคืน', 'ขอคืนเงินเต็มจำนวน', 'โอนเงินคืนให้หน่อย', 'ไม่เอาแล้ว ขอเงินคืน',
      'รอเงินคืนนานมาก', 'ขอคืนเงิน{money}', 'คืนเงินเข้าบัญชีได้ไหม', 'ขอรีฟันด์ค่ะ',
    ],
    return: [
      'ขอคืนสินค้า', 'คืนของได้ไหม', 'ส่งของคืนยังไง', 'ขอส่งคืนค่ะ', 'ที่อยู่สำหรับคืนสินค้า', 'อยากคืนของ', 'คืนสินค้าได้กี่วัน', 'ค่าส่งคืนใครจ่าย',
    ],
    exchange: [
      'ขอเปลี่ยนสินค้า', 'ขอเปลี่ยนไซส์', 'เปลี่ยนสีได้ไหม', 'ขอเปลี่ยนเป็นไซส์{size}', 'เปลี่ยนตัวใหม่ให้ได้ไหม', 'ขอเปลี่ยนของค่ะ', 'เปลี่ยนเป็นสี{color}ได้ไหมคะ', 'ขอแลกไซส์ใหญ่กว่านี้',
    ],
    logistics: [
      'ส่งของวันไหน', 'ส่งของยังคะ', 'ของถึงไหนแล้ว', 'ขอเลขพัสดุ', 'พัสดุไม่อัปเดตเลย', 'อีกกี่วันจะได้', 'ส่งช้ามาก', 'ใช้ขนส่งอะไร',
      'ขอเปลี่ยนที่อยู่จัดส่ง', 'ของค้างที่ศูนย์กระจายสินค้า', 'ยังไม่ส่งของเลยเหรอ', 'รีบส่งให้หน่อยค่ะ', 'ทำไมยังไม่ส่งของ',
    ],
    size: [
      'ไซส์เล็กไป', 'ใหญ่ไป', 'คับมาก', 'หลวมไป', 'ใส่ไม่ได้ เล็กเกินไป', 'ไซส์ไม่ตรง', 'ตัวเล็กกว่าปกติ', 'รองเท้าบีบเท้า', 'กางเกงยาวไป', 'แขนสั้นไป',
      'ควรใส่ไซส์อะไรคะ', 'หนัก{n}0 กิโลใส่ไซส์ไหน', 'ไซส์ใหญ่กว่าตาราง',
    ],
    not_as_described: [
      'ไม่ตรงปก', 'ของไม่เหมือนรูป', 'ไม่ตรงตามรายละเอียด', 'สีไม่ตรงกับรูป', 'ของปลอม', 'ไม่ใช่ของแท้', 'เนื้อผ้าไม่เหมือนที่บอก', 'ของเล็กกว่าในรูปมาก',
      'คุณภาพต่างจากที่โฆษณา', 'ในรูปเป็นเหล็กแต่ได้พลาสติก', 'ไม่ตรงกับที่รีวิวไว้',
    ],
    cancel: [
      'ยกเลิกออเดอร์', 'ขอยกเลิกค่ะ', 'ยกเลิกคำสั่งซื้อได้ไหม', 'กดสั่งผิด ขอยกเลิก', 'ไม่เอาแล้วยกเลิกให้หน่อย', 'สั่งซ้ำ ยกเลิกอันนึง', 'อย่าเพิ่งส่ง ขอยกเลิกก่อน',
    ],
    other: [
      'ขอใบเสร็จได้ไหม', 'มีรับประกันไหม', 'ใช้โค้ดไม่ได้', 'โดนตัดเงินสองครั้ง', 'ใช้ยังไงคะ', 'ติดตั้งยังไง', 'เก็บเงินปลายทางได้ไหม', 'แอดมินพูดจาไม่ดี', 'จ่ายเงินแล้วแต่ขึ้นว่ายังไม่ชำระ',
    ],
    none: [
      'ขอบคุณค่ะ', 'ได้รับของแล้วค่ะ', 'ของดีมาก', 'ชอบค่ะ', 'สวัสดีค่ะ', 'มีของไหมคะ', 'ส่งไวมาก', 'คุณภาพดี', 'โอเคค่ะ', 'จะกลับมาซื้ออีก', 'แพ็คของดีมาก', 'มีสี{color}ไหมคะ', 'ครับผม',
    ],
  },
  id: {
    damaged: ['barang datang pecah', 'paket penyok dan isinya rusak', 'layarnya retak pas sampai', 'botolnya bocor semua', 'kacanya hancur', 'barang diterima dalam kondisi rusak', 'kakinya patah pas dateng', 'packingnya asal jadi barangnya penyok', 'lecet parah pas nyampe', 'kotaknya basah barangnya rusak'],
    defective: ['gak bisa nyala', 'baru seminggu udah rusak', 'ga berfungsi sama sekali', 'gak bisa dicas', 'baterainya cepet habis', 'bluetooth nya gak konek', 'suaranya kresek kresek', 'resletingnya langsung rusak', 'kualitas jelek cepet rusak', 'mati sendiri terus', 'lampunya gak nyala', 'sol sepatunya copot'],
    missing_item: ['barangnya kurang', 'pesanan gak lengkap', 'kurang satu', 'beli 2 dateng 1', 'kabel charger nya gak ada', 'bonus gak dikirim', 'bautnya gak ada', 'cuma ada {item} doang', 'tutupnya gak ada'],
    wrong_item: ['salah kirim', 'warnanya salah', 'ukurannya salah kirim', 'bukan yang aku pesen', 'pesan {color} dikirim {color}', 'tipenya salah', 'dapet barang orang lain', 'motifnya beda sama yang dipesan', 'varian yang dikirim salah'],
    not_received: ['barang belum sampai', 'paket belum diterima', 'status terkirim tapi barang gak ada', 'paketku hilang', 'udah sebulan belum dateng', 'belum nerima barang sama sekali', 'katanya udah diterima padahal belum', 'barangnya gak pernah nyampe'],
    refund: ['minta refund', 'tolong kembalikan uang saya', 'dana nya kapan balik', 'refund belum masuk', 'aku mau uangku kembali', 'refund dana full', 'balikin duit ku', 'pengembalian dana kak', 'duitnya kapan dikembaliin'],
    return: ['mau retur barang', 'gimana cara returnya', 'bisa dikembaliin gak barangnya', 'alamat pengembalian barang', 'mau kirim balik barangnya', 'ongkir retur siapa yang tanggung'],
    exchange: ['mau tukar ukuran', 'bisa tuker warna gak', 'minta ganti yang baru', 'tukar ke ukuran {size} ya', 'bisa ditukar gak kak', 'tuker yang lebih gede'],
    logistics: ['kapan dikirim', 'udah dikirim belum', 'resinya berapa', 'paket gak gerak gerak', 'kok lama banget pengirimannya', 'paketnya nyangkut di gudang', 'estimasi sampai kapan', 'ganti alamat bisa gak', 'pake kurir apa', 'cek resi dong kak'],
    size: ['kekecilan', 'kegedean', 'sempit banget', 'kebesaran dikit', 'ukurannya gak pas', 'kepanjangan', 'kekecilan di lengan', 'biasanya {size} enaknya ambil apa', 'size chart nya gak akurat', 'ngepas banget', 'bb {n}0 kg muat gak'],
    not_as_described: ['gak sesuai gambar', 'barang beda sama foto', 'gak sesuai deskripsi', 'warnanya beda sama foto', 'barang palsu', 'bukan original', 'bahannya beda', 'jauh dari ekspektasi, beda sama iklan', 'lebih kecil dari di foto'],
    cancel: ['batalin pesanan', 'mau cancel kak', 'cancel aja', 'salah pesan, tolong dibatalkan', 'gak jadi beli, batal ya', 'pesanan dobel, batalin satu', 'jangan dikirim, saya batalkan'],
    other: ['bisa minta invoice', 'ada garansi gak', 'voucher gak bisa dipake', 'saldo kepotong dua kali', 'cara pakenya gimana', 'bisa cod gak', 'adminnya jutek', 'udah bayar tapi status belum dibayar'],
    none: ['makasih kak', 'udah sampe kak', 'barangnya bagus', 'mantap', 'ready kak?', 'oke kak', 'pengiriman cepat', 'sesuai pesanan, makasih', 'halo kak', 'recommended seller', 'ada warna {color} gak'],
  },
  ms: {
    damaged: ['barang sampai pecah', 'kotak kemek, barang rosak', 'skrin retak masa sampai', 'botol bocor semua', 'kaca pecah', 'barang terima dalam keadaan rosak', 'kaki patah', 'packing teruk barang kemek', 'calar teruk'],
    defective: ['tak boleh hidup', 'baru seminggu dah rosak', 'tak berfungsi langsung', 'tak boleh cas', 'bateri cepat habis', 'bluetooth tak connect', 'bunyi bising', 'zip terus rosak', 'kualiti teruk cepat rosak', 'mati sendiri', 'lampu tak menyala'],
    missing_item: ['barang tak cukup', 'order tak lengkap', 'kurang satu', 'beli 2 dapat 1', 'charger takde', 'hadiah tak dihantar', 'skru takde', 'dapat {item} je', 'penutup takde'],
    wrong_item: ['salah hantar', 'warna salah', 'saiz salah hantar', 'bukan yang saya order', 'order {color} dapat {color}', 'model salah', 'dapat barang orang lain', 'corak lain dari yang dipesan'],
    not_received: ['barang belum sampai', 'parcel tak terima lagi', 'status delivered tapi barang takde', 'parcel hilang', 'dah sebulan tak sampai', 'tak terima barang langsung', 'kata dah terima padahal belum'],
    refund: ['nak refund', 'tolong pulangkan duit saya', 'bila duit nak masuk', 'refund belum masuk', 'saya nak duit balik', 'refund penuh', 'pulangkan wang saya', 'bayaran balik'],
    return: ['nak return barang', 'macam mana nak pulangkan barang', 'boleh pulangkan tak', 'alamat nak hantar balik', 'nak pos balik barang ni'],
    exchange: ['nak tukar saiz', 'boleh tukar warna tak', 'nak ganti yang baru', 'tukar ke saiz {size}', 'boleh tukar tak boss'],
    logistics: ['bila nak pos', 'dah pos ke belum', 'tracking number berapa', 'parcel tak bergerak', 'lambat sangat penghantaran', 'parcel tersangkut', 'bila sampai', 'boleh tukar alamat', 'guna courier apa'],
    size: ['kecik sangat', 'besar sangat', 'ketat sangat', 'longgar', 'saiz tak muat', 'labuh sangat', 'biasa pakai {size} nak ambil apa', 'carta saiz tak tepat', 'sendat'],
    not_as_described: ['tak sama macam gambar', 'barang lain dari gambar', 'tak sama dengan deskripsi', 'warna lain dari gambar', 'barang tiruan', 'bukan original', 'kain lain', 'lagi kecik dari gambar'],
    cancel: ['batalkan order', 'nak cancel', 'cancel je', 'tersalah order, tolong batalkan', 'tak jadi beli, batal ye', 'order dua kali, cancel satu'],
    other: ['boleh minta invois', 'ada waranti tak', 'baucar tak boleh pakai', 'kena caj dua kali', 'macam mana nak guna', 'boleh cod tak', 'seller kurang ajar'],
    none: ['terima kasih', 'dah sampai tq', 'barang cantik', 'mantap', 'ready stock?', 'ok boss', 'penghantaran laju', 'hai', 'seller terbaik', 'ada warna {color} tak'],
  },
  vi: {
    damaged: ['hàng tới bị vỡ', 'hộp bị móp, đồ bên trong hư luôn', 'màn hình nứt khi nhận', 'chai bị rò rỉ hết', 'kính vỡ nát', 'nhận hàng bị hư hỏng', 'chân bị gãy', 'đóng gói ẩu nên bị bể', 'trầy xước nhiều lắm'],
    defective: ['không lên nguồn', 'mới dùng một tuần đã hư', 'không hoạt động luôn', 'sạc không vào', 'pin tụt nhanh', 'bluetooth không kết nối được', 'kêu rè rè', 'khóa kéo hư liền', 'chất lượng kém mau hỏng', 'tự tắt hoài', 'đèn không sáng'],
    missing_item: ['thiếu hàng', 'đơn không đủ', 'thiếu một cái', 'mua 2 được 1', 'không có dây sạc', 'quà tặng không gửi', 'thiếu ốc vít', 'chỉ có mỗi {item}', 'thiếu nắp'],
    wrong_item: ['giao sai hàng', 'sai màu', 'giao sai size', 'không phải cái mình đặt', 'đặt {color} giao {color}', 'sai mẫu', 'nhận hàng của người khác', 'sai phân loại'],
    not_received: ['chưa nhận được hàng', 'chưa nhận được gói hàng', 'báo giao thành công mà không có hàng', 'mất hàng rồi', 'cả tháng chưa tới', 'chưa nhận được gì hết', 'giao thành công mà mình chưa nhận'],
    refund: ['hoàn tiền cho mình', 'trả lại tiền giúp mình', 'bao giờ tiền về', 'chưa nhận được tiền hoàn', 'mình muốn lấy lại tiền', 'hoàn tiền toàn bộ', 'refund giúp mình'],
    return: ['mình muốn trả hàng', 'trả hàng như thế nào', 'trả lại được không', 'địa chỉ gửi trả hàng', 'gửi trả lại shop'],
    exchange: ['đổi size giúp mình', 'đổi màu được không', 'đổi cái mới cho mình', 'đổi sang size {size}', 'cho đổi hàng được không'],
    logistics: ['bao giờ gửi hàng', 'gửi hàng chưa shop', 'mã vận đơn là gì', 'đơn hàng không di chuyển', 'giao chậm quá', 'hàng kẹt ở kho', 'khi nào tới', 'đổi địa chỉ được không', 'đi đơn vị vận chuyển nào'],
    size: ['nhỏ quá', 'rộng quá', 'chật quá', 'hơi rộng', 'mặc không vừa', 'dài quá', 'thường mặc {size} thì lấy size gì', 'bảng size không chuẩn', 'bó sát quá'],
    not_as_described: ['không giống hình', 'hàng khác ảnh', 'không đúng mô tả', 'màu khác ảnh', 'hàng giả', 'không phải chính hãng', 'chất vải khác', 'nhỏ hơn trong hình nhiều'],
    cancel: ['hủy đơn', 'mình muốn hủy', 'hủy giúp mình', 'đặt nhầm, hủy giùm', 'không mua nữa, hủy nha', 'đặt trùng, hủy một đơn'],
    other: ['xuất hóa đơn được không', 'có bảo hành không', 'mã giảm giá không dùng được', 'bị trừ tiền hai lần', 'cách dùng sao vậy', 'có ship cod không', 'nhân viên thái độ kém'],
    none: ['cảm ơn shop', 'nhận được hàng rồi', 'hàng đẹp', 'tuyệt vời', 'còn hàng không', 'ok shop', 'giao hàng nhanh', 'chào shop', 'shop uy tín', 'có màu {color} không'],
  },
};
