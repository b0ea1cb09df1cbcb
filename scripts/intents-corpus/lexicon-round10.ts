// A tenth round of training-only sentences: Thai and Chinese chat with the problem described in passing.
import type { CorpusLabel } from './types';

export const ROUND10: Record<string, Partial<Record<CorpusLabel, string[]>>> = {
  th: {
    damaged: ['พอเปิดดูของแตกไปครึ่งนึง', 'ขอบจานกะเทาะ', 'หน้าจอมีรอยร้าวยาว', 'ของยุบเพราะกล่องโดนทับ', 'ขวดรั่วซึมออกมาหมด', 'ของหักตั้งแต่อยู่ในกล่อง'],
    defective: ['เปิดเครื่องแล้วดับไปเอง', 'ใช้ได้ไม่นานก็ไม่ทำงานแล้ว', 'เสียบชาร์จไฟไม่เข้า', 'เครื่องไม่ติดเลยสักครั้ง', 'ใช้ไปนิดเดียวพังแล้ว', 'มีเสียงดังแล้วหยุดทำงาน', 'ปุ่มเปิดปิดเสีย'],
    missing_item: ['ในกล่องไม่มีที่ชาร์จ', 'ขาดไปหนึ่งชิ้นจากที่สั่ง', 'ได้ไม่ครบตามออเดอร์', 'ไม่มีของที่สั่งมาในกล่อง', 'ส่งมาแค่บางส่วน'],
    wrong_item: ['ได้ของผิดสีค่ะ', 'ได้คนละรุ่นกับที่สั่ง', 'ส่งมาผิดแบบ', 'สั่งไปอย่างได้มาอีกอย่าง', 'ของที่ได้รับผิดค่ะ'],
    not_received: ['ของยังไม่ได้รับเลยค่ะ', 'ยังไม่ได้พัสดุ', 'ขนส่งไม่เอามาส่ง', 'พัสดุหายไปไหน', 'ยังไม่ได้ของที่สั่งเลย'],
    refund: ['ขอรับเงินคืน', 'เงินคืนยังไม่เข้า', 'คืนเงินมาด้วยค่ะ', 'อยากให้คืนเงิน', 'ขอเงินคืนทั้งหมด'],
    return: ['ขอส่งสินค้ากลับ', 'ขอคืนของนะคะ', 'ส่งคืนร้านยังไง'],
    exchange: ['ขอเปลี่ยนเป็นอันใหม่', 'ขอแลกเปลี่ยนสินค้า', 'ขอเปลี่ยนไซส์ใหม่'],
    logistics: ['ของจะส่งเมื่อไร', 'ยังไม่ได้จัดส่งเลย', 'ขอเช็คสถานะพัสดุ', 'พัสดุไม่ขยับเลย', 'ส่งของให้เร็วหน่อย'],
    size: ['ใส่แล้วไม่พอดี', 'เล็กกว่าไซส์ปกติ', 'ใหญ่กว่าที่คิด', 'ไซส์ไหนพอดีคะ', 'ใส่ไม่ได้เพราะเล็ก'],
    not_as_described: ['ของไม่ตรงตามรูปภาพ', 'ต่างจากรูปในร้าน', 'สีผิดจากรูป', 'ไม่เหมือนในคลิป', 'ของไม่ตรงปกเลยสักอย่าง'],
    cancel: ['ขอยกเลิกการสั่งซื้อ', 'ยกเลิกเถอะค่ะ', 'ขอยกเลิกออเดอร์นี้'],
    none: ['โอเคค่ะขอบคุณ', 'ได้รับเรียบร้อยค่ะ', 'ชอบมากค่ะ'],
  },
  'zh-CN': {
    damaged: ['一打开就碎了一半', '盘子边上磕掉一块', '屏幕有一道长裂缝', '被压塌了', '瓶子渗漏了', '在盒子里就断了'],
    defective: ['开机后自己关了', '没用多久就不工作了', '插上充电没反应', '一次都没开起来', '用了一下就坏掉', '响一声就停了', '开关键坏了'],
    missing_item: ['盒子里没有充电器', '少发了一件我买的', '跟订单数量对不上', '买的东西没在箱子里', '只发了一部分'],
    wrong_item: ['颜色发错了', '型号不对', '款式发错了', '我买的不是这个', '收到的货不对'],
    not_received: ['到现在还没拿到货', '快递一直没送', '包裹不见了', '我买的东西还没到'],
    refund: ['退款给我', '退款还没到', '请退钱', '全额退款'],
    logistics: ['什么时候寄出', '还没发出去吗', '查下物流状态', '物流一直不动', '快点发货'],
    size: ['穿着不合适', '比平时的码小', '比想的大', '哪个码合适', '小了穿不上'],
    not_as_described: ['跟商品图不符', '跟店里的图不一样', '颜色跟图片不一样', '跟视频里的不一样'],
  },
  en: {
    damaged: ['half of it was smashed when i opened it', 'chip on the edge of the plate', 'long crack across the screen', 'box was crushed in so it is bent', 'bottle seeped everywhere'],
    defective: ['turns itself off after switching on', 'stopped working not long after', 'plugged in to charge and nothing', 'never switched on once', 'broke after a little use', 'power button is faulty'],
    missing_item: ['no charger in the box', 'one of the things i ordered is missing', 'quantity does not match my order', 'only part of my order was sent'],
    wrong_item: ['colour is wrong', 'wrong model received', 'style sent is wrong', 'this is not what i purchased'],
    not_received: ['still have not got my order', 'the courier never brought it', 'parcel has vanished', 'the stuff i bought has not arrived'],
    not_as_described: ['not like the product images', 'different from the store photos', 'not like in the video', 'colour not as shown'],
  },
};
