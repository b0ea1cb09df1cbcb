// A fourteenth round of training-only sentences: longer Chinese, Thai and Vietnamese chat turns (context + problem + ask), and more "other".
import type { CorpusLabel } from './types';

export const ROUND14: Record<string, Partial<Record<CorpusLabel, string[]>>> = {
  'zh-CN': {
    damaged: [
      '昨天到的货，拆开里面的{item}已经摔裂了', '外包装破了个洞，里面东西也磕坏了', '你们包装就一层塑料袋，{item}压得扁扁的', '瓶盖碎了，洗发水漏了一半',
      '玻璃杯到手就有一条裂缝，根本不敢用', '桌腿运输的时候断了', '快递盒被压塌，鞋盒也烂了，鞋面压出折痕', '镜面全是划痕，像被拖过一样',
      '收到的货破损了，请处理', '两个碗一个碎了一个有缺口', '屏幕边角裂开了，应该是路上摔的', '箱子一打开全是碎片',
    ],
    defective: [
      '买回来第一次用就不行了', '充了一晚上电还是开不了机', '耳机左边没有声音右边有', '用了不到一个月，电机就不转了', '衣服洗一次就起球掉色',
      '鞋子穿了两天就开胶了', '遥控器按了没反应，换了电池也不行', '灯亮了几秒就灭了', '水壶烧水漏水', '吹风机吹出来是冷风', '拉链拉不上',
      '一直提示错误，用不了', '这质量也太差了，才用三次就坏了', '风扇转起来咔咔响', '有质量问题', '收到的是瑕疵品，有个洞',
    ],
    missing_item: [
      '我买了一套，少了一个杯子', '订单里有{n}件，只收到{n}件', '赠品没收到啊', '说明书上写的配件没有', '包裹里只有一只鞋', '充电头没给',
      '少发了一瓶', '其他都收到了，就差一个{item}', '安装用的螺丝一个都没有', '买二送一，送的那个没有',
    ],
    wrong_item: [
      '我下单的是{color}的，收到是{color}的', '买的是XL，寄来的是M', '这个款式不是我下单的那个', '你们仓库是不是发错了', '收到的{item}不是我买的{item}',
      '发给我的型号和订单上写的不一样', '送错人了吧，这不是我的东西', '口味不对，我要的是原味', '发了两个一样的，我要的是两个颜色', '规格错了，我拍的是大号',
    ],
    not_received: [
      '快递显示已签收，我问了门卫也没有', '等了二十天还没收到', '物流显示派送成功，我一直在家没人送', '东西一直没到，是不是丢了', '我的货呢，到现在都没收到',
      '驿站说没有我的件，但是显示已签收', '不知道谁签收的，反正我没收到', '快递丢件了，我没收到东西',
    ],
    refund: [
      '申请退款三天了怎么还没处理', '我已经退货了，钱什么时候退', '不想等了，直接给我退款吧', '钱退到微信还是银行卡', '请尽快把钱退给我',
      '退款被拒绝了为什么', '麻烦处理一下退款', '付了{money}，退我全款', '我要申请仅退款', '拍了不想要了，可以退款吗',
    ],
    return: [
      '我不想要了，怎么寄回给你们', '退货要自己出运费吗', '寄回地址发一下', '七天无理由退货可以吗', '东西没拆封，想退回去', '退货单号怎么填',
      '我已经寄回去了，你们收到没', '能上门取件退货吗',
    ],
    exchange: [
      '码数小了，能换大一码吗', '颜色不喜欢，想换成{color}', '可以换个新的吗，这个不好用', '换货的话运费谁出', '帮我换成{size}的', '能不能换款',
    ],
    logistics: [
      '下单三天了还没发货', '物流信息一直停在揽收', '快递到哪了，能催一下吗', '发的什么快递，单号多少', '能发顺丰吗', '什么时候能到广州',
      '收货地址填错了，能改吗', '物流怎么一直显示运输中', '预计几号到', '麻烦催一下物流',
    ],
    size: [
      '身高165体重110斤穿什么码', '平时穿38的鞋买哪个码', '裤腰太大了', '衣服太小了扣子扣不上', '比尺码表小很多', '鞋子太挤脚了', '码数偏大一码',
      '袖子太长了', '穿上太紧勒得慌', '买小了',
    ],
    not_as_described: [
      '实物和图片完全不一样', '图片上是实木的，收到是板材', '说是纯棉的，摸着像化纤', '详情页写的容量是500毫升，实际没有', '颜色比图片暗很多',
      '跟描述的功能不一样，根本没有那个功能', '是假货吧，跟专柜的不一样', '尺寸跟页面上写的不一样', '图片是高清的，实物很粗糙', '这跟宣传的差太远了',
    ],
    cancel: [
      '刚拍的，不想要了，帮我取消', '地址写错了，先取消订单', '不小心下了两单，取消一单', '还没发货吧？取消吧', '我要取消订单，谢谢', '取消订单{order}',
    ],
    other: [
      '优惠券为什么用不了', '可以开专票吗', '保修期多久', '买完就降价了，能退差价吗', '付款的时候扣了两次钱', '这个怎么安装，有视频吗', '有运费险吗',
      '能不能便宜一点', '可以指定快递吗', '会员积分怎么用', '红包用不了', '满减没有减',
    ],
    none: [
      '收到了，质量很好，谢谢', '好的，麻烦了', '宝贝很喜欢', '亲，在吗', '这个还有货吗', '什么时候上新', '已经收到了', '给个好评', '客服很耐心', '谢谢老板',
    ],
  },
  th: {
    damaged: [
      'ได้รับของเมื่อวาน เปิดมา{item}แตกเลยค่ะ', 'กล่องขาด ของข้างในบุบหมด', 'ห่อมาแค่ถุงบางๆ ของเลยแตก', 'ฝาขวดแตก ของเหลวไหลออกมาครึ่งขวด',
      'แก้วมีรอยร้าวตั้งแต่ได้รับ', 'ขาโต๊ะหักมาระหว่างขนส่ง', 'กระจกเป็นรอยขีดข่วนทั้งแผ่น', 'ชามแตกไปหนึ่งใบ บิ่นอีกหนึ่งใบ', 'ของเสียหายตอนได้รับค่ะ',
    ],
    defective: [
      'ใช้ครั้งแรกก็ไม่ทำงานแล้ว', 'ชาร์จทั้งคืนก็เปิดไม่ติด', 'หูฟังข้างขวาไม่มีเสียง', 'ใช้ไม่ถึงเดือนมอเตอร์ไม่หมุน', 'ซักครั้งเดียวสีตกเป็นขุย',
      'ใส่สองวันพื้นรองเท้าหลุด', 'รีโมทกดไม่ได้ เปลี่ยนถ่านแล้วก็ไม่ได้', 'ไฟติดแป๊บเดียวก็ดับ', 'กาต้มน้ำรั่ว', 'ไดร์เป่าผมออกแต่ลมเย็น', 'ขึ้นเออเร่อตลอดใช้ไม่ได้',
      'คุณภาพแย่ ใช้สามครั้งพัง', 'พัดลมมีเสียงแกรกๆ', 'ของมีตำหนิ มีรู',
    ],
    missing_item: [
      'ซื้อเป็นเซ็ตแต่ขาดแก้วไปหนึ่งใบ', 'สั่ง{n}ชิ้นได้{n}ชิ้น', 'ของแถมไม่ได้รับค่ะ', 'อุปกรณ์ที่บอกในคู่มือไม่มี', 'ในกล่องมีรองเท้าข้างเดียว', 'หัวชาร์จไม่มีมาให้',
      'ได้ของอย่างอื่นครบแต่ขาด{item}', 'น็อตสำหรับประกอบไม่มีเลย', 'ซื้อ 2 แถม 1 แต่ของแถมไม่มา',
    ],
    wrong_item: [
      'สั่งสี{color}แต่ส่งสี{color}มา', 'สั่ง XL ได้ M', 'แบบนี้ไม่ใช่ที่สั่งไว้', 'ร้านส่งของผิดหรือเปล่า', 'รุ่นที่ได้ไม่ตรงกับในออเดอร์', 'ส่งผิดคนหรือเปล่า ไม่ใช่ของเรา',
      'รสชาติผิด สั่งรสออริจินัล', 'ส่งมาสีเดียวกันสองอัน สั่งสองสี', 'สั่งไซส์ใหญ่แต่ได้ไซส์เล็ก', 'ของที่ได้คนละแบบกับที่สั่ง',
    ],
    not_received: [
      'ขึ้นว่าผู้รับเซ็นแล้ว ถามนิติก็ไม่มี', 'รอยี่สิบวันแล้วยังไม่ได้ของ', 'สถานะส่งสำเร็จแต่อยู่บ้านทั้งวันไม่มีใครมา', 'ของไม่มาสักที หายหรือเปล่า', 'ของฉันอยู่ไหน ยังไม่ได้รับ',
      'ไม่รู้ใครเซ็นรับ แต่ฉันไม่ได้รับ', 'พัสดุสูญหาย ไม่ได้รับของ', 'ยังไม่ได้รับสินค้าเลยค่ะ ผ่านมาเป็นอาทิตย์แล้ว',
    ],
    refund: [
      'ขอคืนเงินไปสามวันยังไม่ดำเนินการ', 'ส่งของคืนแล้ว เงินจะคืนเมื่อไหร่', 'ไม่อยากรอแล้ว คืนเงินเลยได้ไหม', 'เงินจะคืนเข้าวอลเล็ตหรือบัญชี', 'ช่วยคืนเงินให้เร็วที่สุด',
      'ทำไมปฏิเสธการคืนเงิน', 'จ่ายไป{money} ขอคืนเต็มจำนวน', 'ขอคืนเงินอย่างเดียว ไม่ต้องคืนของ', 'กดสั่งแล้วไม่อยากได้ ขอเงินคืนได้ไหม',
    ],
    return: [
      'ไม่อยากได้แล้ว ส่งกลับยังไง', 'ค่าส่งคืนต้องจ่ายเองไหม', 'ขอที่อยู่ส่งคืนหน่อย', 'ยังไม่แกะ อยากส่งคืนร้าน', 'ส่งคืนไปแล้ว ได้รับหรือยัง', 'ให้ขนส่งมารับของคืนได้ไหม',
    ],
    exchange: [
      'ไซส์เล็กไป ขอเปลี่ยนไซส์ใหญ่ขึ้นได้ไหม', 'ไม่ชอบสีนี้ ขอเปลี่ยนเป็นสี{color}', 'ขอเปลี่ยนตัวใหม่ อันนี้ใช้ไม่ดี', 'เปลี่ยนสินค้าค่าส่งใครจ่าย', 'ขอเปลี่ยนเป็น{size}', 'เปลี่ยนแบบได้ไหม',
    ],
    logistics: [
      'สั่งไปสามวันแล้วยังไม่ส่ง', 'สถานะค้างที่รับพัสดุ', 'ของถึงไหนแล้ว ช่วยตามให้หน่อย', 'ส่งขนส่งอะไร เลขพัสดุอะไร', 'ส่งแฟลชได้ไหม', 'กี่วันถึงเชียงใหม่',
      'ใส่ที่อยู่ผิด แก้ได้ไหม', 'ทำไมขึ้นว่ากำลังจัดส่งนานจัง', 'คาดว่าจะได้วันที่เท่าไหร่', 'ช่วยเร่งขนส่งหน่อยค่ะ', 'ร้านยังไม่ส่งของอีกเหรอ',
    ],
    size: [
      'สูง 160 หนัก 50 ใส่ไซส์ไหน', 'ปกติใส่เบอร์ 38 ควรสั่งเบอร์ไหน', 'เอวกางเกงใหญ่ไป', 'เสื้อเล็กไปติดกระดุมไม่ได้', 'เล็กกว่าตารางไซส์มาก', 'รองเท้าบีบหน้าเท้า',
      'ไซส์ใหญ่กว่าปกติหนึ่งไซส์', 'แขนเสื้อยาวไป', 'ใส่แล้วรัดแน่นมาก', 'ซื้อเล็กไป',
    ],
    not_as_described: [
      'ของจริงกับรูปคนละเรื่อง', 'ในรูปเป็นไม้จริง ได้มาเป็นไม้อัด', 'บอกว่าผ้าคอตตอน จับแล้วเหมือนผ้าใยสังเคราะห์', 'รายละเอียดบอก 500 มล. ของจริงไม่ถึง',
      'สีเข้มกว่าในรูปเยอะ', 'ฟังก์ชันไม่ตรงกับที่บอก', 'ของปลอมแน่ๆ ไม่เหมือนของที่ห้าง', 'ขนาดไม่ตรงกับที่เขียนไว้', 'ในรูปดูดี ของจริงหยาบมาก',
    ],
    cancel: [
      'เพิ่งสั่งไป ไม่เอาแล้ว ยกเลิกให้หน่อย', 'ใส่ที่อยู่ผิด ขอยกเลิกก่อน', 'เผลอกดสั่งสองรอบ ยกเลิกหนึ่งออเดอร์', 'ยังไม่ส่งใช่ไหม ยกเลิกเลยค่ะ', 'ขอยกเลิกคำสั่งซื้อ ขอบคุณค่ะ',
    ],
    other: [
      'ทำไมใช้คูปองไม่ได้', 'ออกใบกำกับภาษีเต็มรูปได้ไหม', 'รับประกันกี่ปี', 'ซื้อแล้วลดราคา คืนส่วนต่างได้ไหม', 'จ่ายเงินไปแล้วโดนตัดสองรอบ', 'ติดตั้งยังไง มีคลิปไหม',
      'ลดได้อีกไหม', 'เลือกขนส่งเองได้ไหม', 'ใช้พอยท์ยังไง', 'โค้ดส่งฟรีใช้ไม่ได้',
    ],
    none: [
      'ได้รับของแล้ว คุณภาพดีมาก ขอบคุณค่ะ', 'โอเคค่ะ รบกวนด้วยนะคะ', 'ชอบมากเลย', 'แอดมินอยู่ไหมคะ', 'ตัวนี้ยังมีของไหม', 'จะมีของใหม่เมื่อไหร่', 'ได้ของแล้วค่ะ', 'ให้ห้าดาวเลย', 'แอดมินน่ารักมาก',
    ],
  },
  vi: {
    damaged: [
      'hôm qua nhận hàng, mở ra {item} bị nứt', 'hộp rách một lỗ, đồ bên trong cũng móp', 'shop gói sơ sài quá nên hàng bị bẹp', 'nắp chai vỡ, dầu gội chảy hết một nửa',
      'cốc có vết nứt từ lúc nhận', 'chân bàn gãy lúc vận chuyển', 'mặt gương trầy hết', 'hai cái bát vỡ một cái mẻ một cái', 'hàng bị hư hỏng khi nhận',
    ],
    defective: [
      'dùng lần đầu đã không chạy', 'sạc cả đêm vẫn không mở được', 'tai nghe bên phải không có tiếng', 'dùng chưa tới tháng motor không quay', 'giặt một lần đã phai màu xù lông',
      'mang hai hôm đã bung đế', 'remote bấm không ăn, thay pin rồi vẫn vậy', 'đèn sáng vài giây rồi tắt', 'ấm đun bị rò nước', 'máy sấy chỉ ra gió lạnh', 'cứ báo lỗi, không dùng được',
      'chất lượng tệ, dùng ba lần là hỏng', 'quạt kêu lạch cạch', 'hàng bị lỗi có lỗ thủng',
    ],
    missing_item: [
      'mua nguyên bộ mà thiếu một cái ly', 'đặt {n} cái nhận {n} cái', 'quà tặng kèm không có', 'phụ kiện ghi trong hướng dẫn không thấy', 'trong hộp chỉ có một chiếc giày', 'không có củ sạc',
      'nhận đủ hết trừ {item}', 'ốc vít để lắp không có cái nào', 'mua 2 tặng 1 mà không có cái tặng',
    ],
    wrong_item: [
      'đặt màu {color} mà giao màu {color}', 'đặt XL nhận M', 'mẫu này không phải mẫu mình đặt', 'shop gửi nhầm hả', 'mẫu nhận được không giống trong đơn', 'giao nhầm người rồi, không phải đồ mình',
      'sai vị, mình đặt vị truyền thống', 'gửi hai cái cùng màu trong khi mình đặt hai màu', 'đặt size lớn mà gửi size nhỏ', 'hàng nhận khác loại với đơn đặt',
    ],
    not_received: [
      'báo người nhận đã ký mà hỏi bảo vệ cũng không có', 'đợi hai mươi ngày vẫn chưa nhận được', 'trạng thái giao thành công mà mình ở nhà cả ngày không ai tới', 'hàng mãi không tới, mất rồi à',
      'đồ của mình đâu, chưa nhận được', 'không biết ai ký nhận, mình không nhận được', 'thất lạc hàng, mình chưa nhận được gì', 'một tuần rồi vẫn chưa nhận được hàng',
    ],
    refund: [
      'yêu cầu hoàn tiền ba ngày rồi chưa xử lý', 'gửi trả hàng rồi, khi nào hoàn tiền', 'không muốn đợi nữa, hoàn tiền luôn được không', 'tiền hoàn về ví hay về tài khoản', 'hoàn tiền giúp mình sớm nhất',
      'sao từ chối hoàn tiền vậy', 'trả {money}, hoàn lại đủ cho mình', 'chỉ hoàn tiền, không trả hàng', 'đặt rồi không muốn lấy, hoàn tiền được không',
    ],
    return: [
      'không muốn lấy nữa, gửi trả sao', 'phí gửi trả mình tự trả à', 'cho xin địa chỉ trả hàng', 'chưa bóc tem, muốn trả lại shop', 'gửi trả rồi, shop nhận được chưa', 'bên vận chuyển tới lấy hàng trả được không',
    ],
    exchange: [
      'size nhỏ quá, đổi lên size lớn hơn được không', 'không thích màu này, đổi sang {color}', 'đổi cái mới giúp, cái này dùng không tốt', 'đổi hàng thì ai trả phí ship', 'đổi sang {size} giúp mình', 'đổi mẫu khác được không',
    ],
    logistics: [
      'đặt ba ngày rồi chưa gửi', 'trạng thái kẹt ở lấy hàng', 'hàng tới đâu rồi, hối giúp mình', 'gửi bên nào, mã vận đơn bao nhiêu', 'gửi giao hàng nhanh được không', 'mấy ngày tới Hà Nội',
      'ghi sai địa chỉ, sửa được không', 'sao cứ đang vận chuyển hoài', 'dự kiến ngày nào tới', 'hối bên giao hàng giúp mình', 'sao shop mãi không gửi hàng',
    ],
    size: [
      'cao 1m60 nặng 50kg mặc size nào', 'thường mang giày 38 thì đặt size nào', 'lưng quần rộng quá', 'áo nhỏ cài nút không được', 'nhỏ hơn bảng size nhiều', 'giày bó mũi chân',
      'size to hơn bình thường một size', 'tay áo dài quá', 'mặc vào bó chặt', 'mua nhỏ quá',
    ],
    not_as_described: [
      'hàng thật với hình khác một trời một vực', 'hình là gỗ thật mà nhận gỗ ép', 'nói vải cotton sờ như vải nilon', 'mô tả 500ml mà thực tế không tới', 'màu đậm hơn hình nhiều',
      'chức năng không như mô tả', 'hàng fake chắc luôn, khác hàng chính hãng', 'kích thước không như ghi', 'hình đẹp mà hàng thật thô quá',
    ],
    cancel: ['vừa đặt xong, không lấy nữa, hủy giúp', 'ghi sai địa chỉ, hủy đơn trước', 'lỡ bấm đặt hai lần, hủy một đơn', 'chưa gửi đúng không, hủy luôn nha', 'mình muốn hủy đơn hàng, cảm ơn'],
    other: [
      'sao không dùng được voucher', 'xuất hóa đơn VAT được không', 'bảo hành mấy năm', 'mua xong giảm giá, hoàn chênh lệch được không', 'thanh toán bị trừ tiền hai lần', 'lắp đặt sao, có video không',
      'bớt thêm được không', 'chọn đơn vị vận chuyển được không', 'dùng xu như thế nào', 'mã freeship không dùng được',
    ],
    none: ['nhận hàng rồi, chất lượng tốt, cảm ơn shop', 'dạ ok, làm phiền shop', 'thích lắm luôn', 'shop ơi có đó không', 'mẫu này còn không', 'khi nào có hàng mới', 'nhận được rồi nha', 'cho shop 5 sao', 'shop tư vấn nhiệt tình'],
  },
  en: {
    other: ['why cant i use my voucher', 'can you issue a VAT invoice', 'how many years warranty', 'the price dropped right after i bought, can i get the difference', 'i got charged twice at payment', 'is there an installation video', 'any further discount', 'can i choose the courier', 'how do i use my coins', 'free shipping code not working', 'do you accept paypal', 'can i add an item to my order'],
    not_as_described: ['picture shows solid wood, got particle board', 'description says 500ml, it is not even close', 'the colour is much darker than the photos', 'does not have the features listed', 'definitely fake, not like the store ones', 'the dimensions are not what was written', 'looks great in the photo, rough in real life'],
    wrong_item: ['ordered XL got M', 'sent two in the same colour though i ordered two colours', 'wrong flavour, i ordered original', 'the model i got is not what my order says', 'delivered to the wrong person? these are not my things'],
    refund: ['asked for a refund three days ago and nothing', 'sent it back already, when do i get my money', 'dont want to wait, just refund', 'is the refund going to my wallet or bank', 'why was my refund rejected', 'refund only, no return'],
  },
};
