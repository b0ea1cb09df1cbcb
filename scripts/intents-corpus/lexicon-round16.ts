// A sixteenth round of training-only sentences: Vietnamese in depth (with and without accents, teen-code), and more English chat.
import type { CorpusLabel } from './types';

export const ROUND16: Record<string, Partial<Record<CorpusLabel, string[]>>> = {
  vi: {
    damaged: [
      'hàng giao tới bị bể rồi shop', 'cái {item} bị nứt một đường dài', 'thùng hàng bị đè bẹp dí', 'bình bị rạn, nước rỉ ra', 'đồ bị sứt mẻ hết', 'vận chuyển làm vỡ hàng của mình',
      'mở hộp thì kính đã vỡ', 'hàng bị móp méo không dùng được', 'vỏ hộp rách, sản phẩm bên trong trầy xước', 'gãy mất một chân', 'tô bị bể làm đôi', 'hàng về tay thì đã hỏng do va đập',
    ],
    defective: [
      'máy không chạy', 'bấm nút không ăn', 'xài được hai bữa là tịt', 'loa rè, nghe không rõ', 'sạc hoài không đầy', 'mở lên là tắt', 'đèn nhấp nháy rồi tắt ngúm', 'dùng mấy bữa đã bung keo',
      'bị lỗi không xài được', 'tai nghe một bên không kêu', 'máy nóng ran rồi sập nguồn', 'quạt quay yếu xìu rồi đứng luôn', 'hàng kém chất lượng, hư liền', 'bật không lên', 'mới mở hộp đã không hoạt động',
    ],
    missing_item: [
      'thiếu một món trong đơn', 'không thấy phụ kiện đi kèm', 'đặt hai cái mà gửi có một', 'thiếu dây', 'hộp thiếu ốc', 'không có quà tặng như quảng cáo', 'nhận thiếu hàng',
      'gửi thiếu một đôi', 'có thân mà không có nắp', 'chỉ có một nửa bộ', 'thiếu mất cái {item}', 'giao không đủ số lượng',
    ],
    wrong_item: [
      'giao nhầm màu', 'gửi nhầm mẫu rồi', 'đặt một đằng giao một nẻo', 'không phải màu mình đặt', 'size giao không đúng với đơn', 'hàng này không phải của mình', 'shop gửi lộn hàng',
      'mình đặt đen mà nhận trắng', 'đặt loại lớn mà nhận loại nhỏ', 'phân loại sai', 'gửi nhầm sang mẫu khác', 'giao sai dung lượng',
    ],
    not_received: [
      'mình chưa nhận được hàng', 'chưa thấy hàng đâu hết', 'đơn báo giao thành công nhưng không có', 'shipper không giao mà báo đã giao', 'hàng bị thất lạc', 'đợi mãi không thấy hàng',
      'chưa nhận được đơn hàng nào', 'mình không nhận được gì cả', 'báo đã nhận mà mình có nhận đâu', 'mất hàng rồi shop ơi',
    ],
    refund: [
      'hoàn tiền giùm', 'trả lại tiền cho mình', 'tiền hoàn bao giờ về', 'chưa thấy tiền hoàn', 'mình muốn được hoàn tiền', 'hoàn tiền lâu quá', 'cho mình xin lại tiền', 'hoàn tiền vào ví giúp',
      'tiền chưa về tài khoản', 'hoàn tiền đi shop', 'refund cho mình nha',
    ],
    return: ['mình muốn trả lại hàng', 'trả hàng ở đâu', 'gửi hàng về lại shop kiểu gì', 'trả hàng có mất phí không', 'cho mình trả hàng nha', 'địa chỉ trả hàng ở đâu vậy', 'mình sẽ gửi trả lại'],
    exchange: ['đổi size khác giúp mình', 'cho đổi màu nha', 'đổi hàng mới cho mình', 'mình muốn đổi sang mẫu khác', 'đổi size to hơn nha shop', 'đổi giúp cái khác'],
    logistics: [
      'bao giờ giao hàng', 'đơn mình gửi chưa', 'kiểm tra đơn giúp mình', 'mã vận đơn đâu shop', 'sao đơn không cập nhật', 'đơn nằm im mấy hôm rồi', 'giao hàng lâu quá', 'khi nào hàng tới',
      'hàng đi tới đâu rồi', 'sao chưa gửi hàng vậy', 'đơn vẫn đang chờ lấy hàng', 'đổi địa chỉ nhận hàng giúp mình',
    ],
    size: ['size này nhỏ quá', 'mặc chật', 'rộng quá trời', 'giày chật chân', 'quần dài quá', 'áo ngắn cũn', 'mình 50kg mặc size gì', 'không vừa', 'form nhỏ', 'form rộng quá', 'lên size mới vừa'],
    not_as_described: [
      'hàng không giống ảnh', 'khác hình quá trời', 'không đúng như mô tả', 'ảnh một đằng hàng một nẻo', 'chất liệu không như quảng cáo', 'hàng nhái', 'hàng fake', 'màu không như hình',
      'kích thước không như mô tả', 'nhìn rẻ tiền không như hình', 'treo đầu dê bán thịt chó',
    ],
    cancel: ['hủy đơn giúp mình', 'mình không mua nữa', 'cho mình hủy đơn', 'hủy đơn hàng này', 'đặt nhầm rồi hủy giúp', 'đừng gửi nữa nha shop', 'không lấy nữa đâu'],
    other: [
      'có xuất hóa đơn không', 'bảo hành thế nào', 'voucher không áp được', 'thanh toán bị trừ hai lần', 'hướng dẫn sử dụng giúp', 'cái này dùng sao', 'có trả góp không', 'nhân viên trả lời cộc lốc',
      'dùng với iphone được không', 'shop có cửa hàng không',
    ],
    none: ['cảm ơn shop nhiều', 'hàng ok', 'đẹp lắm shop', 'đã nhận hàng', 'ok ạ', 'shop ơi', 'còn màu {color} không', 'sẽ mua tiếp', 'giao nhanh', 'hàng chất lượng', 'vâng ạ', 'dạ'],
  },
  en: {
    damaged: ['the screen was cracked when i took it out', 'one leg snapped in transit', 'arrived with a big dent in the side', 'the glass jar was broken in the bubble wrap', 'it arrived crushed'],
    defective: ['nothing happens when i press the button', 'the left speaker only crackles', 'it died after a few days', 'powers on and then shuts straight off', 'the fan barely spins'],
    missing_item: ['no cable in the box', 'the glass part was not in the box', 'the second piece is missing', 'the set came with one piece short'],
    wrong_item: ['this has another persons name on the label', 'wrong colour came', 'i ordered black and received white', 'i chose the large, you sent small'],
    refund: ['i want my {money} back', 'please refund the {money}', 'how long for my refund', 'i want a refund please, i no longer need it'],
    exchange: ['i would prefer the {color} instead, can we swap', 'can i swap this one for a different colour', 'please send the right one and i will send this back in exchange'],
    logistics: ['my package has not moved for days', 'the tracking is stuck', 'status has not updated since last week', 'still at the sorting centre'],
    size: ['way oversized', 'it is huge on me', 'too small to get on', 'i cant get it on, too small'],
    not_as_described: ['listing says one thing, product is another', 'size is smaller than the listing says', 'the item does not match the listing at all'],
    cancel: ['changed my mind, cancel the order', 'i changed my mind, please cancel', 'cancel it, i dont need it anymore', 'stop the order before it ships'],
    other: ['how do i connect it to bluetooth', 'how do i set it up with the app', 'the payment page gave an error', 'my card was declined', 'does it come with a plug for the uk'],
    none: ['is the {color} still available', 'is this still available', 'do you have the {color} in stock', 'when will the {color} be back in stock', 'still available?'],
  },
  id: {
    wrong_item: ['labelnya nama orang lain, bukan punyaku', 'warna yang dateng beda', 'pesen hitam dapet putih'],
    logistics: ['paket gak gerak dari kemarin', 'resi nyangkut terus', 'status belum update dari minggu lalu'],
    none: ['warna {color} masih ada?', 'masih ready gak kak', 'stok masih ada?'],
  },
  ms: {
    wrong_item: ['label nama orang lain, bukan saya punya', 'warna yang sampai lain', 'order hitam dapat putih'],
    logistics: ['parcel tak gerak dari semalam', 'tracking sangkut', 'status tak update dari minggu lepas'],
    none: ['warna {color} ada lagi?', 'masih ada stok?'],
  },
};
