// Vietnamese and Thai phrase pools for the generated intent corpus (diacritics are stripped by the noise step).
import type { LanguagePools } from './types';

export const VI: LanguagePools = {
  language: 'vi',
  slots: {
    item: ['cốc', 'ốp điện thoại', 'váy', 'giày', 'tai nghe', 'sạc', 'đèn', 'áo khoác', 'bình nước', 'đồng hồ', 'túi', 'áo sơ mi', 'quạt', 'đĩa', 'kính', 'sạc dự phòng', 'quần', 'hàng', 'sản phẩm', 'đồ chơi', 'dây cáp'],
    color: ['đen', 'trắng', 'đỏ', 'xanh', 'hồng', 'xám', 'be'],
    prefix: ['', '', '', 'shop ơi', 'chào shop', 'ad ơi', 'shop', 'cho mình hỏi', 'alo shop', 'bạn ơi'],
    suffix: ['', '', '', 'ạ', 'nhé', 'với', 'shop ơi', '!!', '??', 'cảm ơn', '😡', '🙏', 'nha', 'gấp'],
  },
  pools: {
    damaged: {
      train: [
        '{item} bị vỡ', 'hàng bị vỡ rồi', 'hộp bị móp, {item} bên trong bị nứt', 'nhận hàng bị bể', 'hàng bị hư hỏng khi vận chuyển',
        'chai bị rò rỉ hết', '{item} bị trầy xước', 'màn hình bị nứt', 'thùng hàng bị rách, đồ bên trong vỡ', 'hàng bị móp méo',
        'ly vỡ nát luôn',
      ],
      test: ['mở ra thì {item} gãy làm đôi', 'giao tới nơi đã bể tan tành', 'gói hàng bị đè bẹp, đồ hư hết', 'nắp bị gãy lúc nhận'],
    },
    defective: {
      train: [
        '{item} không lên nguồn', 'dùng {n} ngày đã hỏng', 'không sạc được', 'không hoạt động', 'không có tiếng', 'khóa kéo bị hỏng',
        'chất lượng kém, dùng một lần là hư', 'tự tắt liên tục', 'nút bấm không ăn', 'bluetooth không kết nối được', 'hàng lỗi',
      ],
      test: ['mới mở hộp đã không dùng được', 'xài hai lần là chết luôn', 'tai nghe bên trái không kêu', 'thử mãi vẫn không chạy'],
    },
    missing_item: {
      train: [
        'đặt {n} cái mà chỉ nhận được 1', 'thiếu hàng', 'thiếu phụ kiện', 'không có dây sạc', 'quà tặng không có', 'giao thiếu {item}',
        'thiếu ốc vít', 'thiếu một món',
      ],
      test: ['mua hai mà hộp chỉ có một', 'trong gói không thấy {item} mình đặt', 'số lượng không đủ, thiếu 2 cái'],
    },
    wrong_item: {
      train: [
        'shop giao sai hàng', 'mình đặt màu {color} mà giao màu {color}', 'giao sai size, mình đặt {size}', 'không phải hàng mình đặt',
        'giao nhầm mẫu', 'sai màu rồi', 'đặt {size} nhận {size}', 'gửi nhầm sản phẩm',
      ],
      test: ['hàng nhận được khác hẳn cái mình order', 'hình như đây là đơn của người khác', 'mình mua {item} sao lại gửi {item}'],
    },
    not_received: {
      train: [
        'chưa nhận được hàng', 'báo đã giao nhưng mình chưa nhận', 'đợi {n} tuần rồi chưa nhận được', 'mình không nhận được gói hàng',
        'đơn {order} vẫn chưa nhận được', 'hàng thất lạc rồi', 'ứng dụng báo giao thành công mà không có hàng',
      ],
      test: ['shipper bảo giao rồi mà nhà mình không có gì', 'đến giờ vẫn chưa thấy hàng đâu', 'một tháng rồi hàng chưa tới tay'],
    },
    refund: {
      train: [
        'cho mình hoàn tiền', 'hoàn tiền được không', 'trả lại tiền cho mình', 'khi nào mới hoàn tiền', 'mình muốn lấy lại tiền',
        'hoàn tiền đi shop', 'chưa nhận được tiền hoàn', 'yêu cầu hoàn tiền',
      ],
      test: ['trả tiền lại cho mình đi', 'tiền vẫn chưa về tài khoản', 'mình chỉ muốn lấy lại {money}'],
    },
    return: {
      train: ['mình muốn trả hàng', 'trả hàng thế nào', 'gửi trả lại được không', 'địa chỉ trả hàng ở đâu', 'mình muốn gửi lại hàng', 'đổi trả hàng'],
      test: ['hàng này mình gửi lại shop nhé', 'gửi hàng về địa chỉ nào', 'không vừa ý thì trả lại được không'],
    },
    exchange: {
      train: ['đổi size được không', 'mình muốn đổi màu {color}', 'đổi cái mới cho mình', 'đổi sang size {size} nhé', 'đổi hàng', 'cho đổi cái khác'],
      test: ['cho mình đổi qua màu khác', 'đổi giúp mình cỡ lớn hơn', 'gửi cái mới để đổi cái này'],
    },
    logistics: {
      train: [
        'đơn hàng của mình đang ở đâu', 'khi nào giao hàng', 'mã vận đơn là gì', 'sao chưa gửi hàng', 'đã gửi hàng chưa', 'bao lâu thì tới',
        'giao bằng đơn vị nào', 'vận đơn không cập nhật', 'kiểm tra giúp đơn {order}', 'đổi địa chỉ giao được không',
      ],
      test: ['gói hàng giờ tới đâu rồi', 'mấy ngày nữa thì nhận được', 'sao trạng thái giao hàng đứng im vậy'],
    },
    size: {
      train: ['mặc size nào vừa', 'nhỏ quá', 'rộng quá', 'có bảng size không', 'cao {n} nặng 55 mặc size gì', 'chật quá', 'size {size} có vừa không', 'form nhỏ hay to'],
      test: ['size {size} chật quá mặc không vừa', 'áo rộng thùng thình', 'nặng 60kg cao 1m65 lấy size nào'],
    },
    not_as_described: {
      train: ['hàng không giống hình', 'không đúng mô tả', 'màu khác trong ảnh', 'vải mỏng không như quảng cáo', 'hàng giả', 'hàng fake', 'không giống ảnh'],
      test: ['thực tế khác xa hình shop đăng', 'ghi cotton mà không phải', 'hình một đằng hàng một nẻo'],
    },
    cancel: {
      train: ['hủy đơn giúp mình', 'mình muốn hủy đơn', 'hủy đơn {order}', 'đặt nhầm, hủy giúp', 'hủy được không', 'cho mình hủy đơn hàng'],
      test: ['không mua nữa, hủy nhé', 'đừng gửi nữa mình muốn hủy', 'bỏ đơn này giúp mình'],
    },
    other: {
      train: ['xuất hóa đơn được không', 'có bảo hành không', 'mã giảm giá không dùng được', 'bị trừ tiền hai lần', 'cách dùng thế nào'],
      test: ['cần hóa đơn VAT cho công ty', 'voucher không áp dụng được'],
    },
    none: {
      train: ['chào shop', 'cảm ơn shop', 'ok', 'nhận được hàng rồi, đẹp lắm', 'hàng tốt', 'còn hàng không', 'có khuyến mãi không', 'dạ vâng'],
      test: ['đã nhận cảm ơn shop nhiều', 'hàng đẹp đúng như hình', 'ok shop'],
    },
  },
};

export const TH: LanguagePools = {
  language: 'th',
  slots: {
    item: ['แก้ว', 'เคสมือถือ', 'ชุด', 'รองเท้า', 'หูฟัง', 'ที่ชาร์จ', 'โคมไฟ', 'เสื้อแจ็คเก็ต', 'ขวดน้ำ', 'นาฬิกา', 'กระเป๋า', 'เสื้อเชิ้ต', 'พัดลม', 'จาน', 'แว่นตา', 'พาวเวอร์แบงค์', 'กางเกง', 'สินค้า', 'ของ', 'ของเล่น', 'สายชาร์จ'],
    color: ['สีดำ', 'สีขาว', 'สีแดง', 'สีน้ำเงิน', 'สีชมพู', 'สีเขียว', 'สีเทา'],
    prefix: ['', '', '', 'สวัสดีค่ะ', 'แอดมินคะ', 'ร้านคะ', 'สอบถามค่ะ', 'พี่คะ', 'ครับ', 'ขอโทษนะคะ'],
    suffix: ['', '', '', 'ค่ะ', 'ครับ', 'คะ', 'นะคะ', 'จ้า', '!!', '??', '🙏', '😡', 'ด่วน', 'ช่วยด้วย'],
  },
  pools: {
    damaged: {
      train: [
        '{item}แตก', 'ของแตกมาค่ะ', 'กล่องบุบ{item}ข้างในร้าว', 'ได้รับของเสียหาย', 'ของพังตอนขนส่ง', 'ขวดรั่วเลอะหมด', '{item}มีรอยขีดข่วน',
        'จอแตก', 'กล่องขาดของข้างในแตก', 'ของบุบ',
      ],
      test: ['เปิดมา{item}หักเป็นสองท่อน', 'ส่งมาถึงแตกละเอียดเลย', 'พัสดุโดนทับของเสียหมด', 'ฝาหักตั้งแต่ได้รับ'],
    },
    defective: {
      train: [
        '{item}เปิดไม่ติด', 'ใช้ได้{n}วันก็เสีย', 'ชาร์จไม่เข้า', 'ใช้งานไม่ได้', 'ไม่มีเสียง', 'ซิปเสีย', 'คุณภาพแย่ใช้ครั้งเดียวพัง',
        'ดับเองตลอด', 'ปุ่มกดไม่ได้', 'บลูทูธเชื่อมต่อไม่ได้', 'สินค้าชำรุด',
      ],
      test: ['แกะกล่องมาก็ใช้ไม่ได้เลย', 'ใช้สองครั้งดับสนิท', 'หูฟังข้างซ้ายไม่มีเสียงออก', 'ลองหลายรอบแล้วก็ไม่ทำงาน'],
    },
    missing_item: {
      train: ['สั่ง{n}ชิ้นได้มาชิ้นเดียว', 'ของขาด', 'อุปกรณ์ไม่ครบ', 'ไม่มีสายชาร์จมาด้วย', 'ของแถมไม่ได้', 'ส่ง{item}มาไม่ครบ', 'ขาดน็อต', 'ของได้ไม่ครบ'],
      test: ['ซื้อสองอันแต่ในกล่องมีอันเดียว', 'ในห่อไม่มี{item}ที่สั่งไว้', 'จำนวนไม่ครบขาดไปสองชิ้น'],
    },
    wrong_item: {
      train: ['ส่งของผิด', 'สั่ง{color}แต่ได้{color}', 'ส่งไซส์ผิดสั่ง{size}', 'ไม่ใช่ของที่สั่ง', 'ส่งผิดรุ่น', 'ส่งผิดสี', 'สั่งไซส์{size}ได้ไซส์{size}', 'ได้ของผิด'],
      test: ['ของที่ได้ไม่ตรงกับที่สั่งเลย', 'น่าจะเป็นพัสดุของคนอื่น', 'สั่ง{item}ทำไมส่ง{item}มา'],
    },
    not_received: {
      train: [
        'ยังไม่ได้รับของ', 'ขึ้นว่าจัดส่งสำเร็จแต่ไม่ได้รับ', 'รอ{n}อาทิตย์แล้วยังไม่ได้', 'ไม่ได้รับพัสดุ', 'ออเดอร์{order}ยังไม่ได้รับ',
        'พัสดุหายค่ะ', 'ยังไม่ได้ของเลย',
      ],
      test: ['ขนส่งบอกส่งแล้วแต่ที่บ้านไม่มีอะไร', 'เดือนนึงแล้วของยังไม่ถึงมือ', 'ทำไมของยังไม่มาสักที'],
    },
    refund: {
      train: ['ขอคืนเงิน', 'คืนเงินได้ไหม', 'โอนเงินคืนด้วย', 'เมื่อไหร่จะได้เงินคืน', 'อยากได้เงินคืน', 'ยังไม่ได้รับเงินคืน', 'ขอเงินคืนค่ะ'],
      test: ['คืนตังค์ให้หน่อย', 'เงินยังไม่เข้าบัญชีเลย', 'ขอเงิน{money}คืน'],
    },
    return: {
      train: ['ขอคืนสินค้า', 'ส่งคืนยังไง', 'ส่งกลับได้ไหม', 'ที่อยู่ส่งคืนที่ไหน', 'อยากส่งของคืน', 'คืนของได้ไหม'],
      test: ['ของชิ้นนี้จะส่งกลับไปนะคะ', 'ส่งคืนไปที่อยู่ไหน', 'ไม่ชอบส่งคืนได้มั้ย'],
    },
    exchange: {
      train: ['เปลี่ยนไซส์ได้ไหม', 'ขอเปลี่ยนเป็น{color}', 'เปลี่ยนอันใหม่ให้หน่อย', 'ขอเปลี่ยนเป็นไซส์{size}', 'ขอเปลี่ยนสินค้า', 'เปลี่ยนสีได้ไหม'],
      test: ['ขอเปลี่ยนเป็นสีอื่นได้ไหม', 'เปลี่ยนตัวใหญ่ขึ้นให้หน่อย', 'ส่งอันใหม่มาแทนได้ไหม'],
    },
    logistics: {
      train: ['พัสดุถึงไหนแล้ว', 'จะส่งของเมื่อไหร่', 'ขอเลขพัสดุ', 'ทำไมยังไม่ส่ง', 'ส่งของหรือยัง', 'กี่วันถึง', 'ส่งขนส่งอะไร', 'เลขพัสดุไม่อัปเดต', 'เช็คพัสดุ{order}ให้หน่อย', 'เปลี่ยนที่อยู่ได้ไหม'],
      test: ['ตอนนี้ของอยู่ที่ไหนแล้ว', 'อีกกี่วันจะได้รับ', 'สถานะขนส่งไม่ขยับเลย'],
    },
    size: {
      train: ['ใส่ไซส์ไหนดี', 'เล็กไป', 'ใหญ่ไป', 'มีตารางไซส์ไหม', 'สูง{n}หนัก55ใส่ไซส์อะไร', 'คับไป', 'ไซส์{size}ใส่ได้ไหม', 'หลวมไป'],
      test: ['ไซส์{size}เล็กใส่ไม่ได้', 'เสื้อโคร่งมาก', 'หนัก60สูง165เอาไซส์ไหน'],
    },
    not_as_described: {
      train: ['ของไม่ตรงปก', 'ไม่ตรงตามรูป', 'สีไม่เหมือนในรูป', 'ผ้าบางไม่เหมือนที่โฆษณา', 'ของปลอม', 'ไม่ตรงตามรายละเอียด'],
      test: ['ของจริงต่างจากรูปมาก', 'บอกผ้าฝ้ายแต่ไม่ใช่', 'รูปกับของคนละเรื่อง'],
    },
    cancel: {
      train: ['ขอยกเลิกคำสั่งซื้อ', 'ยกเลิกออเดอร์', 'ยกเลิก{order}ให้หน่อย', 'สั่งผิดขอยกเลิก', 'ยกเลิกได้ไหม', 'ไม่เอาแล้วยกเลิก'],
      test: ['ไม่ซื้อแล้วค่ะ ยกเลิกนะ', 'อย่าเพิ่งส่งขอยกเลิก', 'ช่วยยกเลิกคำสั่งนี้ให้ที'],
    },
    other: {
      train: ['ขอใบกำกับภาษี', 'มีประกันไหม', 'โค้ดส่วนลดใช้ไม่ได้', 'โดนตัดเงินสองครั้ง', 'ใช้ยังไง'],
      test: ['ต้องการใบเสร็จในนามบริษัท', 'คูปองใช้ไม่ได้'],
    },
    none: {
      train: ['สวัสดีค่ะ', 'ขอบคุณค่ะ', 'โอเค', 'ได้รับของแล้วสวยมาก', 'ของดี', 'มีของไหมคะ', 'มีโปรไหม', 'ค่ะ'],
      test: ['ได้รับแล้วขอบคุณมากค่ะ', 'ของสวยตรงปก', 'โอเคค่ะ'],
    },
  },
};
