// Traditional → Simplified Chinese for the characters after-sales messages and keywords use (not a full converter).

/** Aligned strings: TRADITIONAL[i] simplifies to SIMPLIFIED[i]. Only pairs that differ are listed. */
const TRADITIONAL =
  '貨們還沒換壞損發錯單號碼輸處質裝這個來過後會說話請問嗎麼為東樣與實際圖買賣購訂價錢開關機電腦線條長張顏顯歲體寬鬆緊縮護閃燈聲響斷劃傷髒臟舊層紙膠帶邊塊點時間隻雙兩幾補償賠貼標籤簽達遞運費郵務態氣騙訴評爛惡誤對準確認證據掃該應當從讓給幫謝辦專員門題麗歡愛滿寫讀聽見覺種類產網頁詳細規褲襯襪鏡錶鐘鍋壺燒熱涼傳導轉動飛車軟腳頭臉髮膚樂囉經濟歷曆異幣銷優華語詞譯復複雜離難盤組絲釘撥擊戶帳寶貝親齊漲區國戲鐵鋼銀銅鋁綫紅綠藍黃團隊總結終級紀約維統續織繡綿絨縫針鈕釦鍊鏈環圓倉庫檢驗測試擇選項預禮週億萬麵啟壓勞聯繫係撐穩貴雖懶擔憂慮節現無須沖衝夠夥鬧嚴罰擋龍魚雞鳥馬驚險檔蓋殼濕乾幹潔淨歸況狀鋪舖闆裡裏噴廠廣場報憑揀撿擺筆鎖鑰頂順領頻額顧風颱臺鬥齒尋屬彈彎徵憶懷戰擁擴攜數於暫曬書棄極樓櫃權殘毀決滅滯漸澀濃爭牆獎畫療盡監眾礎禍積稱窮競範簡糧緒編練縣績繼罷職膽臨舉蘭蟲蝦術衛製覽觀計訊討記許設診詢誠調談論諮講識讚豐負財責貸資賺贈趕跡較載輕輛輪農醫釋鈔錄鍵閉閱陸隨隱雲靜頓願飯飲飾養館鮮麥黨閒變勁勢協卻參喚嚇圍壯夢夾奪媽學寧將島師廢廳徹悶惱慣慘憤懸掛採揚搖搶擠擾攝敗暈暢曉構橋殺湯漢潤濾灑燙牽獨獲畢癢皺盜礙稅竊籃糾紡絕絡綁綜緣緩繩繪繳義習聞腫興藥蘋虛視觸訓託訪誇課誰諾謊譜議貓販貪賀賞賬賴趨蹤軍連進遊違遠適遲遺鄰鈴鉛銳鍛鎮鑑階霧靈頸顆飄飽餓餘駕騎驅龜嘗營儲儀儘傾僅備側倆併侶勻嘆墊壽妝寢強彙徑拋撈擬攤敘斂桿槍歐瀏灣煙瞭妳祕衹纔著啓戀蠟燭盞廚櫥鬍鏟刪鈍燉滷鹽醬蘆噁鑽鐲錬腎膩喪兒';
const SIMPLIFIED =
  '货们还没换坏损发错单号码输处质装这个来过后会说话请问吗么为东样与实际图买卖购订价钱开关机电脑线条长张颜显岁体宽松紧缩护闪灯声响断划伤脏脏旧层纸胶带边块点时间只双两几补偿赔贴标签签达递运费邮务态气骗诉评烂恶误对准确认证据扫该应当从让给帮谢办专员门题丽欢爱满写读听见觉种类产网页详细规裤衬袜镜表钟锅壶烧热凉传导转动飞车软脚头脸发肤乐啰经济历历异币销优华语词译复复杂离难盘组丝钉拨击户账宝贝亲齐涨区国戏铁钢银铜铝线红绿蓝黄团队总结终级纪约维统续织绣绵绒缝针钮扣链链环圆仓库检验测试择选项预礼周亿万面启压劳联系系撑稳贵虽懒担忧虑节现无须冲冲够伙闹严罚挡龙鱼鸡鸟马惊险档盖壳湿干干洁净归况状铺铺板里里喷厂广场报凭拣捡摆笔锁钥顶顺领频额顾风台台斗齿寻属弹弯征忆怀战拥扩携数于暂晒书弃极楼柜权残毁决灭滞渐涩浓争墙奖画疗尽监众础祸积称穷竞范简粮绪编练县绩继罢职胆临举兰虫虾术卫制览观计讯讨记许设诊询诚调谈论咨讲识赞丰负财责贷资赚赠赶迹较载轻辆轮农医释钞录键闭阅陆随隐云静顿愿饭饮饰养馆鲜麦党闲变劲势协却参唤吓围壮梦夹夺妈学宁将岛师废厅彻闷恼惯惨愤悬挂采扬摇抢挤扰摄败晕畅晓构桥杀汤汉润滤洒烫牵独获毕痒皱盗碍税窃篮纠纺绝络绑综缘缓绳绘缴义习闻肿兴药苹虚视触训托访夸课谁诺谎谱议猫贩贪贺赏账赖趋踪军连进游违远适迟遗邻铃铅锐锻镇鉴阶雾灵颈颗飘饱饿余驾骑驱龟尝营储仪尽倾仅备侧俩并侣匀叹垫寿妆寝强汇径抛捞拟摊叙敛杆枪欧浏湾烟了你秘只才着启恋蜡烛盏厨橱胡铲删钝炖卤盐酱芦恶钻镯链肾腻丧儿';

const TO_SIMPLIFIED: Map<string, string> = new Map();
for (let i = 0; i < TRADITIONAL.length; i++) TO_SIMPLIFIED.set(TRADITIONAL[i], SIMPLIFIED[i]);

/** Targets that are also ordinary Traditional characters (只是, 台灣, 了解 …): they say nothing about the script. */
const SHARED = '只台了才面干系里后余划扣表松斗冲制云征胡你托板夸采着秘志周游于几杆';

/** Simplified-only forms: their presence suggests the writer uses Simplified script. */
const SIMPLIFIED_ONLY: Set<string> = new Set(
  SIMPLIFIED.split('').filter((c) => !TO_SIMPLIFIED.has(c) && SHARED.indexOf(c) < 0),
);

export function simplifyHan(ch: string): string {
  return TO_SIMPLIFIED.get(ch) ?? ch;
}

export function isTraditionalOnly(ch: string): boolean {
  return TO_SIMPLIFIED.has(ch);
}

export function isSimplifiedOnly(ch: string): boolean {
  return SIMPLIFIED_ONLY.has(ch);
}
