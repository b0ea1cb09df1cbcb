// An eleventh round of training-only sentences: review-style lines, past-tense stories, fragments and questions (English, Chinese).
import type { CorpusLabel } from './types';

export const ROUND11: Record<string, Partial<Record<CorpusLabel, string[]>>> = {
  en: {
    damaged: [
      'Both mugs were broken in the box.', 'Came cracked. Very disappointed.', 'the frame arrived bent out of shape', 'Package was crushed and so was the {item}',
      'mine showed up with a chip on the rim', 'there was glass everywhere when i opened it', 'screen protector came shattered', 'it got wrecked in shipping',
      'Arrived with a hole in it', 'The bottle had split and leaked all over', 'Legs were snapped when it arrived', 'the {item} was dented and the paint scraped off',
      'totally smashed, packed with no padding at all', 'the courier clearly dropped it, corner is caved in', 'came in broken bits', 'There was a huge scratch across the top out of the box',
      'poorly packed so it cracked', 'the vase was in pieces :(', 'box was soaking wet and the {item} is ruined', 'delivered broken, unusable',
    ],
    defective: [
      "Didn't work from day one.", 'Stopped working after a week.', 'Broke within a month of normal use', "It doesn't turn on no matter what i do",
      'Worked twice then died', 'The battery drains in an hour', 'keeps disconnecting every few minutes', 'Cheaply made, the handle came off on the first use',
      'the {item} makes a loud buzzing sound', "Didn't hold a charge at all", 'the zip broke right away', 'Heats up and shuts off',
      'one side stopped playing sound', 'the light flickers nonstop', 'This thing is garbage, does not function', 'fell apart after {n} uses',
      'the pump does not pump', 'sole came off after {n} days of wearing', 'app wont pair with it', 'Dead. Nothing. Not even a light.',
      'the buttons do nothing', 'it leaks when i use it', 'quality is terrible, broke already', 'charger stopped charging',
    ],
    missing_item: [
      'Only got half of what I ordered.', 'The box was missing the screws', 'ordered a set of {n}, only {n} in the package', 'no batteries included even though it said so',
      "Didn't receive the second {item} in my order", 'the bag came without the strap', 'Missing the lid.', 'pieces are missing, cannot assemble it',
      'the parcel only had the {item}, nothing else', 'my freebie was not in there', 'one pair short', 'no charging cable in the box',
      'it came with no instructions and no remote', 'part of my order never came, the rest did', 'counted them, {n} are missing', 'the refill pack was not included',
    ],
    wrong_item: [
      'Received the wrong color.', 'Got sent the wrong size.', 'They sent me the wrong ones', 'This is not the {item} I ordered',
      'I ordered a {item} and got a {item}', 'received a totally different product', 'Item received was not the one in my cart', 'wrong version, I bought the pro',
      'sent {color} instead of {color}', 'the pattern is not the one i selected', 'Wrong item shipped to me', 'got the small when i clearly chose large',
      'you guys mixed up my order', 'not my order, somebody else\'s things in the box', 'they sent the wrong flavour', 'received the wrong phone model case',
      'i got the mens version not the womens', 'the ones that came are not right 😒', 'the variant i picked was {color}, this is {color}', 'wrong thing came',
    ],
    not_received: [
      'Never received it.', 'Still have not received my package', 'My order never came', 'It was never delivered to me',
      'says delivered, I have nothing', 'I never got my parcel', 'it has been {n} weeks and I have not received anything', 'tracking says left at door, nothing there',
      'marked as delivered but nobody in my house got it', "didn't get my stuff", 'package went missing, never reached me', 'where is my order, it never arrived',
      'the courier says delivered but it was not', 'nothing arrived at all', 'i am still waiting for the order i paid for a month ago', 'parcel lost, never got it',
    ],
    refund: [
      'I want my money back.', 'Refund please.', 'when is the {money} refund coming', 'I requested a refund {n} days ago', 'please issue a refund',
      'Where is my refund?', 'I expect a full refund', 'can u refund me', 'refund the {money} to my account', 'need my money returned',
      'I will accept a refund', 'please reimburse me', 'still no refund', 'give me a refund asap', 'how long does the refund take',
      'i just want a refund, keep the item', 'refund to my wallet please', 'i was promised a refund', 'I would like to be reimbursed', 'money back guarantee please',
    ],
    return: [
      'I want to return this.', 'how do i return it', 'Can I send it back?', 'return request for order {order}', 'what is your return policy',
      'i would like to return the {item}', 'where do i ship the return', 'I need to return my order', 'returning this, please advise', 'can i drop off the return at the post office',
      'is the return shipping free', 'i dont want it anymore, want to return', 'please accept my return', 'how do I start a return',
    ],
    exchange: [
      'Can I exchange it?', 'I would like an exchange for a different size', 'swap for size {size} please', 'can you exchange it for another color',
      'please send a replacement', 'i want to exchange the {item}', 'exchange for {color}?', 'can i get a replacement instead', 'I want a new one in exchange',
      'need it exchanged for a larger one', 'exchange please, wrong fit', 'can i change it to size {size}',
    ],
    logistics: [
      'When will it ship?', 'Has my order shipped yet', 'tracking shows no movement', 'how long until it arrives', 'what is the tracking number',
      'still processing after {n} days', 'my parcel is stuck at customs', 'delivery is taking forever', 'can you update me on the shipping', 'estimated arrival?',
      'when do you dispatch', 'package is still in transit', 'please change my shipping address', 'can it arrive before friday', 'courier has not picked it up yet',
    ],
    size: [
      'Runs small.', 'Way too big.', 'came up really small, size up', 'too tight', 'Too small for me', 'fits very large', 'size chart is off',
      'the shoes are too narrow', 'sleeves too long', 'it is too short', 'I usually wear {size} and it is too tight', 'which size should I order',
      'Size runs big', 'these run a size small', 'too loose around the waist', 'the XL is more like an M', 'fits small, order bigger', 'tight around the chest',
      'is it true to size', 'too big for my kid',
    ],
    not_as_described: [
      'Not as pictured.', 'Nothing like the photos', 'Not as described at all', 'looks cheap compared to the pictures', 'color is different from the listing',
      'the material is not what was advertised', 'misleading description', 'fake, not the real brand', 'this is a knockoff', 'much smaller than described',
      'does not match the description', 'picture shows metal, this is plastic', 'the product is different from the ad', 'not genuine leather like it says', 'looks nothing like the listing',
      'it is not {color} like the photo, more like {color}', 'not the same as advertised', 'false advertising',
    ],
    cancel: [
      'Cancel my order.', 'please cancel it', 'cancelling order {order}', 'I need to cancel', 'can I still cancel', 'Cancel please, ordered by mistake',
      'i want to cancel the purchase', 'cancel before you ship it', 'please stop the order', 'Do not send it, cancel', 'cancel the order i placed today', 'accidentally ordered twice, cancel one',
    ],
    other: [
      'Can I get an invoice?', 'Is there a warranty?', 'my coupon did not work', 'I was charged twice for one order', 'how do I use it', 'do you ship to singapore',
      'how do i set this up', 'can i pay by bank transfer', 'the price dropped after i bought it', 'your staff was rude', 'need a receipt for my company',
      'is this compatible with iphone', 'how to clean it', 'my payment went through but order shows unpaid',
    ],
    none: [
      'thanks!', 'Love it!', 'great quality', 'Received, thanks.', 'works perfectly', 'very happy with it', 'Fast shipping, great product', 'hello',
      'Good product', 'exactly as described, love it', 'thank you so much', 'is this in stock', 'do you have size {size}', 'perfect fit, thanks', 'hi, are you there',
      'okay', 'bought another one', 'will order again', 'So cute!', 'five stars', 'got it today, thanks', 'nice', 'arrived safely, thanks',
    ],
  },
  'zh-CN': {
    damaged: [
      '收到的时候已经碎成好几块了', '包装太简陋，东西都压坏了', '杯子裂了', '外壳磕坏了一块', '打开发现屏幕碎了', '瓶子破了漏了一箱子',
      '快递暴力运输，东西摔坏了', '到手有很多划痕', '边角都撞瘪了', '盒子湿透了，东西也泡坏了', '镜子到的时候就裂了', '腿断了一根',
      '盘子碎了两个', '花瓶碎了', '收到就是坏的，包装都破了', '有个大凹坑',
    ],
    defective: [
      '用了一周就坏了', '根本用不了', '完全不能用', '一次都没用成功', '充电充不进去', '开机没反应', '用两次就不转了', '插上电没反应',
      '电池不耐用，一会就没电', '老是断连', '拉链第一次用就坏了', '质量太差了，一用就坏', '有杂音', '屏幕一直闪', '鞋底开胶了',
      '用着用着就自动关机', '按钮按不动', '漏水，没法用', '灯不亮', '机器发烫然后就停了', '蓝牙连接不上', '才用几天就坏了',
    ],
    missing_item: [
      '少了一件', '只收到一半', '配件少了', '说明书和螺丝都没有', '买了两个只来一个', '赠品没发', '缺了一个盖子', '少发了数据线',
      '套装里少了一样', '数了一下少了{n}个', '包裹里只有{item}', '还有一件没收到，其他都到了',
    ],
    wrong_item: [
      '发错货了', '发错颜色了', '发错码了', '收到的不是我买的', '我买的是{color}，给我发的{color}', '型号发错了', '给我发成别的款了',
      '这不是我的东西', '包裹里是别人的货', '发的和我拍的不一样', '我拍的L码，来的是S码', '口味发错了', '发成男款了', '货不对，不是我下单的那个',
    ],
    not_received: [
      '一直没收到货', '显示已签收但是我没收到', '快递没送到', '我的包裹丢了', '十几天了还没收到', '东西根本没到', '物流显示签收，人没收到',
      '没有收到任何东西', '付款一个月了还没收到', '到现在都没拿到', '快递员说放门口了，没有啊', '我还没收到我的快递',
    ],
    refund: [
      '我要退款', '退款', '请给我退款', '退款什么时候到账', '申请退款', '把钱退给我', '我要求全额退款', '钱还没退回来', '尽快退款',
      '退款进度怎么样了', '不想要了，退钱', '仅退款', '退款到原账户', '退我{money}', '能不能直接退款', '说好的退款呢',
    ],
    return: [
      '我要退货', '怎么退货', '可以退吗', '退货地址是哪里', '我想退回去', '申请退货', '退货运费谁出', '支持七天无理由吗', '能退货吗',
      '不想要了，能退吗', '退货流程是什么', '寄回去要写什么',
    ],
    exchange: [
      '我要换货', '可以换一个吗', '帮我换个大一号的', '能换颜色吗', '换成{size}码', '给我换个新的', '申请换货', '可以调换吗', '换个别的款式',
      '尺码不合适想换', '换货怎么弄',
    ],
    logistics: [
      '什么时候发货', '发货了吗', '快递到哪了', '物流好几天没更新', '几天能到', '单号是多少', '能不能快点发', '发什么快递', '怎么还在运输中',
      '物流停了', '帮我查一下物流', '能改地址吗', '还没发出吗', '预计什么时候到',
    ],
    size: [
      '偏小', '太小了', '太大了', '尺码偏大', '小了一码', '穿着太紧', '太松了', '鞋子挤脚', '裤子太长', '袖子短了', '我该穿什么码',
      '160斤穿多大', '码数不准', '尺码表不对', '比平时小一码', '大了一圈',
    ],
    not_as_described: [
      '跟图片不一样', '和描述不符', '实物和图片差别很大', '颜色和图片不一样', '是假货', '不是正品', '材质不对', '和宣传的不一样',
      '质感很廉价，跟图片差太多', '比图片小很多', '买家秀和卖家秀差距太大', '货不对板', '说是真皮，其实是人造革', '色差太大',
    ],
    cancel: [
      '取消订单', '我要取消', '帮我取消一下', '拍错了，取消', '不要了，取消订单', '能取消吗', '别发货了，取消', '重复下单了，取消一个',
      '请取消订单{order}', '还没发货的话帮我取消',
    ],
    other: [
      '能开发票吗', '有保修吗', '优惠券用不了', '被扣了两次钱', '这个怎么用', '怎么安装', '可以货到付款吗', '客服态度太差', '降价了能补差价吗',
      '支付成功了但是订单显示未付款', '适用于苹果手机吗',
    ],
    none: [
      '谢谢', '好的', '收到了，谢谢', '很好用', '质量不错', '好评', '喜欢', '挺好的', '你好', '在吗', '有货吗', '还会再来', '物流很快，东西很好',
      '包装很好，没有问题', '满意', '这款有{color}吗', '好的亲', '东西收到了',
    ],
  },
  'zh-TW': {
    damaged: [
      '收到時已經碎成好幾塊', '包裝太隨便，東西都壓壞了', '杯子裂了', '外殼撞壞一塊', '打開發現螢幕碎了', '瓶子破掉漏了整箱',
      '物流摔壞了', '收到有很多刮痕', '邊角都撞凹了', '箱子濕掉，東西也泡壞', '鏡子到的時候就裂開', '盤子破了兩個',
    ],
    defective: [
      '用一週就壞了', '完全不能用', '一次都沒用成功', '充電充不進去', '開機沒反應', '用兩次就不動了', '電池很快沒電', '一直斷線',
      '拉鍊第一次用就壞', '品質太差，一用就壞', '有雜音', '螢幕一直閃', '鞋底脫膠', '用一用就自動關機', '按鈕按不下去', '燈不會亮', '藍牙連不上',
    ],
    missing_item: [
      '少了一件', '只收到一半', '配件少了', '說明書和螺絲都沒有', '買兩個只來一個', '贈品沒寄', '缺一個蓋子', '少寄了充電線', '套組少了一樣',
      '數了一下少{n}個', '還有一件沒收到，其他都到了',
    ],
    wrong_item: [
      '寄錯商品', '寄錯顏色了', '寄錯尺寸', '收到的不是我買的', '我買{color}，寄來{color}', '型號寄錯', '寄成別款', '這不是我的東西',
      '箱子裡是別人的貨', '寄的跟我下單的不一樣', '我訂L號，來的是S號', '口味寄錯了',
    ],
    not_received: [
      '一直沒收到貨', '顯示已取件但我沒收到', '包裹沒送到', '我的包裹不見了', '十幾天了還沒收到', '東西根本沒到', '物流顯示送達，人沒收到',
      '什麼都沒收到', '付款一個月了還沒收到', '到現在都沒拿到', '店到店顯示已取貨，我沒去拿啊',
    ],
    refund: [
      '我要退款', '退款', '請退款給我', '退款什麼時候入帳', '申請退款', '把錢退給我', '我要全額退款', '錢還沒退回來', '盡快退款',
      '退款進度如何', '不想要了，退錢', '退款到原帳戶', '退我{money}', '說好的退款呢',
    ],
    return: [
      '我要退貨', '怎麼退貨', '可以退嗎', '退貨地址在哪', '我想退回去', '申請退貨', '退貨運費誰付', '有七天鑑賞期嗎', '退貨流程是什麼',
    ],
    exchange: [
      '我要換貨', '可以換一個嗎', '幫我換大一號', '可以換顏色嗎', '換成{size}號', '換一個新的給我', '申請換貨', '可以更換嗎', '尺寸不合想換',
    ],
    logistics: [
      '什麼時候出貨', '出貨了嗎', '包裹到哪了', '物流好幾天沒更新', '幾天會到', '追蹤碼是多少', '可以快點寄嗎', '用哪家物流', '怎麼還在配送中',
      '幫我查一下物流', '可以改地址嗎', '還沒寄出嗎', '預計什麼時候到',
    ],
    size: [
      '偏小', '太小了', '太大了', '尺寸偏大', '小了一號', '穿起來太緊', '太鬆了', '鞋子很擠', '褲子太長', '袖子短了', '我該穿什麼尺寸',
      '尺寸不準', '尺寸表不對', '比平常小一號', '大了一圈',
    ],
    not_as_described: [
      '跟圖片不一樣', '和描述不符', '實品和照片差很多', '顏色跟圖片不一樣', '是假貨', '不是正品', '材質不對', '跟廣告不一樣',
      '質感很廉價', '比照片小很多', '說是真皮結果是合成皮', '色差太大', '跟介紹的不一樣',
    ],
    cancel: [
      '取消訂單', '我要取消', '幫我取消一下', '下錯了，取消', '不要了，取消訂單', '可以取消嗎', '不要出貨了，取消', '重複下單，取消一筆',
      '還沒出貨的話幫我取消',
    ],
    other: [
      '可以開發票嗎', '有保固嗎', '優惠券不能用', '被扣款兩次', '這個怎麼用', '怎麼安裝', '可以貨到付款嗎', '客服態度很差', '付款成功但訂單顯示未付款',
    ],
    none: [
      '謝謝', '好的', '收到了，謝謝', '很好用', '品質不錯', '好評', '喜歡', '很讚', '你好', '在嗎', '有現貨嗎', '會再回購', '出貨很快，東西很好',
      '包裝很好，沒有問題', '滿意', '這款有{color}嗎', '東西收到了',
    ],
  },
};
