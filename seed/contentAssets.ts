import type { FormatId } from '../src/platforms/types'
import type { ContentStatus } from '../src/workflow'

export type DemoVariant = {
  format: FormatId
  title?: string
  body?: string
  digest?: string
  hashtags?: string[]
  mentions?: { name: string; platformUserId?: string }[]
  /** How far through the workflow the seed takes this variant, as the demo users would. */
  reach: ContentStatus
  /** Beijing days from today at the channel's first posting window, for scheduled variants (0 = today). */
  scheduleInDays?: number
  publishedUrl?: string
  platformPostId?: string
  /** The reviewer's reason: for a rejection, or for approving despite compliance findings. */
  note?: string
  override?: boolean
  commercialOrderId?: string
  marketingDeclared?: boolean
}

export type DemoAsset = {
  title: string
  brand: string
  skus: string[]
  persona?: string
  sponsored?: boolean
  tags: string[]
  paragraphs: string[]
  variants: DemoVariant[]
}

/**
 * About twenty assets across all six channels and every workflow state. Some carry findings on
 * purpose (an absolute claim, a WeChat ID on Xiaohongshu, a medical claim on baby food) so the
 * compliance report and the approval gate have something to show.
 */
export const DEMO_ASSETS: DemoAsset[] = [
  {
    title: '秋冬干皮修护指南：极致修护面霜深度测评',
    brand: '花漾研究所',
    skus: ['HY-CREAM-50'],
    persona: '一二线精致白领女性',
    tags: ['秋冬', '干皮', '面霜'],
    paragraphs: [
      '换季脸干起皮、上妆卡粉？这篇把干皮修护的思路讲清楚。',
      '极致修护面霜含神经酰胺与角鲨烷，质地是轻盈的乳霜，上脸两分钟吸收，早上上妆不搓泥。',
      '连用两周，我们的 30 位试用者里有 26 位反馈紧绷感明显减轻。',
    ],
    variants: [
      {
        format: 'wechat-article',
        title: '秋冬干皮修护指南｜一篇讲透神经酰胺',
        reach: 'published',
        publishedUrl: 'https://mp.weixin.qq.com/s/demo-huayang-1001',
        platformPostId: 'wx-1001',
      },
      {
        format: 'xiaohongshu-image-note',
        title: '干皮亲妈面霜🧴真的会回购',
        body: '换季脸干到起皮的姐妹看过来！极致修护面霜质地轻盈，上脸不黏，早上上妆也不卡粉。连用两周脸摸起来软软的～',
        hashtags: ['干皮护肤', '面霜推荐', '秋冬护肤'],
        reach: 'scheduled',
        scheduleInDays: 2,
      },
      {
        format: 'weibo-post',
        body: '秋冬换季，干皮修护正当时。极致修护面霜，神经酰胺+角鲨烷，给肌肤一层温柔屏障。',
        hashtags: ['秋冬护肤'],
        reach: 'approved',
      },
      {
        format: 'douyin-video',
        title: '三十秒看懂干皮面霜怎么选',
        body: '成分党必看：神经酰胺到底有什么用？',
        hashtags: ['护肤小知识', '成分党'],
        reach: 'in_review',
      },
    ],
  },
  {
    title: '全网销量第一？玻尿酸精华的真实表现',
    brand: '花漾研究所',
    skus: ['HY-SERUM-30'],
    persona: '一二线精致白领女性',
    tags: ['精华', '保湿'],
    paragraphs: ['玻尿酸保湿精华上市三个月，复购率稳定在 35% 以上。', '这篇我们来聊聊它为什么适合混干皮。'],
    variants: [
      { format: 'weibo-post', body: '全网销量第一的保湿精华，你用过了吗？', hashtags: ['保湿精华'], reach: 'in_review' },
      {
        format: 'xiaohongshu-image-note',
        title: '这瓶精华我真的最好用',
        body: '用完皮肤水水润润，想要链接的姐妹加微信号 huayang_vip 领券～',
        hashtags: ['精华推荐'],
        reach: 'rejected',
        note: '“最好用”属于绝对化用语，正文含微信号属于导流，请删除后重新提交。',
      },
    ],
  },
  {
    title: '夏日防晒：轻透防晒乳通勤实测',
    brand: '花漾研究所',
    skus: ['HY-SUN-40'],
    persona: '学生党平价美妆',
    sponsored: true,
    tags: ['防晒', '通勤'],
    paragraphs: ['高倍防晒也能轻薄不闷痘。', '我们请三位不同肤质的博主做了一周通勤实测。'],
    variants: [
      {
        format: 'douyin-video',
        title: '通勤一周防晒实测',
        body: '油皮干皮混皮一起测，结果有点意外',
        hashtags: ['防晒测评'],
        mentions: [{ name: '护肤博主小鹿', platformUserId: 'dy_open_88231' }],
        reach: 'approved',
        commercialOrderId: 'XT-2026-110245',
        marketingDeclared: true,
      },
      {
        format: 'xiaohongshu-video-note',
        title: '学生党防晒实测来啦',
        body: '一支防晒从早八用到晚课，不搓泥不闷痘～',
        hashtags: ['学生党', '防晒'],
        reach: 'scheduled',
        scheduleInDays: 3,
        commercialOrderId: 'PGY-88120731',
      },
      { format: 'wechat-channels-video', title: '三种肤质防晒实测', body: '一周通勤实测，看看哪种肤质最适合。', hashtags: ['防晒'], reach: 'draft' },
    ],
  },
  {
    title: '丝绒雾面唇釉新色发布',
    brand: '花漾研究所',
    skus: ['HY-LIP-07'],
    persona: '学生党平价美妆',
    tags: ['唇釉', '新品'],
    paragraphs: ['秋冬新色「焦糖拿铁」上线，雾面丝绒质地，薄涂日常、厚涂气场。'],
    variants: [
      {
        format: 'xiaohongshu-image-note',
        title: '焦糖拿铁色也太温柔了',
        body: '黄皮显白！薄涂是奶茶色，厚涂是复古红棕，秋冬通勤约会都能用～',
        hashtags: ['唇釉试色', '秋冬口红'],
        reach: 'published',
        publishedUrl: 'https://www.xiaohongshu.com/explore/demo-lip-2001',
        platformPostId: 'xhs-2001',
      },
      {
        format: 'weibo-post',
        body: '新色上线｜焦糖拿铁，秋冬通勤唇釉就选它。',
        hashtags: ['新品上市'],
        mentions: [{ name: '花漾研究所官微' }],
        reach: 'published',
        publishedUrl: 'https://weibo.com/demo/2002',
        platformPostId: 'wb-2002',
      },
      { format: 'wecom-moments', body: '【新品】丝绒雾面唇釉「焦糖拿铁」到货啦，老客专享第二支半价，欢迎找我预订～', reach: 'scheduled', scheduleInDays: 0 },
    ],
  },
  {
    title: '顶级修护！面霜双十一预告',
    brand: '花漾研究所',
    skus: ['HY-CREAM-50'],
    tags: ['大促'],
    paragraphs: ['双十一面霜买一送一，顶级修护力，国家级实验室认证。'],
    variants: [
      { format: 'wechat-image-post', title: '双十一面霜预告', body: '顶级修护力，买一送一！', reach: 'in_review' },
      { format: 'wecom-group-message', body: '双十一预告：面霜买一送一，群内下单再送小样，有问题随时问我。', reach: 'approved' },
    ],
  },
  {
    title: '面霜成分党问答合集',
    brand: '花漾研究所',
    skus: ['HY-CREAM-50', 'HY-SERUM-30'],
    tags: ['成分', '问答'],
    paragraphs: ['整理了后台最常见的十个成分问题：神经酰胺、角鲨烷、玻尿酸分别适合谁？'],
    variants: [
      { format: 'wechat-article', title: '成分党问答｜十个你最常问的护肤问题', reach: 'draft' },
      { format: 'weibo-video', title: '成分党问答合集', body: '十个常见问题一次说清。', hashtags: ['护肤成分'], reach: 'draft' },
    ],
  },
  {
    title: '宝宝辅食入门：有机米粉怎么选',
    brand: '小禾萌宝',
    skus: ['XH-RICE-250'],
    persona: '新手宝妈',
    tags: ['辅食', '米粉'],
    paragraphs: ['宝宝满六个月，辅食可以从高铁米粉开始。', '有机米粉采用有机大米与铁强化配方，冲调细腻不结块。'],
    variants: [
      {
        format: 'wechat-article',
        title: '宝宝开始吃辅食，米粉这样选',
        reach: 'published',
        publishedUrl: 'https://mp.weixin.qq.com/s/demo-xiaohe-3001',
        platformPostId: 'wx-3001',
      },
      {
        format: 'xiaohongshu-image-note',
        title: '新手妈妈的辅食入门课',
        body: '宝宝第一次吃米粉超开心！冲调很细腻，一点不结块，配方里加了铁。',
        hashtags: ['辅食添加', '新手妈妈'],
        reach: 'approved',
      },
      {
        format: 'douyin-image-text',
        title: '米粉冲调三步走',
        body: '水温、比例、搅拌，三步冲出细腻米粉。',
        hashtags: ['辅食教程'],
        reach: 'scheduled',
        scheduleInDays: 4,
      },
    ],
  },
  {
    title: '米粉增强免疫力？营养师说清楚',
    brand: '小禾萌宝',
    skus: ['XH-RICE-250'],
    persona: '新手宝妈',
    tags: ['营养'],
    paragraphs: ['吃米粉能增强免疫力、预防贫血吗？我们请营养师说说米粉能做什么、不能做什么。'],
    variants: [
      {
        format: 'xiaohongshu-image-note',
        title: '米粉能增强免疫力吗',
        body: '很多妈妈问：这款米粉能不能增强免疫力、治疗贫血？营养师说：辅食提供营养，不能替代治疗。',
        hashtags: ['宝宝营养'],
        reach: 'in_review',
      },
      {
        format: 'weibo-post',
        body: '米粉可以增强免疫力吗？营养师告诉你答案。',
        hashtags: ['科学育儿'],
        reach: 'approved',
        override: true,
        note: '以问句引出科普，正文明确说明辅食不能替代治疗，法务已确认可发布。',
      },
    ],
  },
  {
    title: '婴儿润肤霜：秋冬宝宝脸蛋不皴',
    brand: '小禾萌宝',
    skus: ['XH-CREAM-100'],
    persona: '新手宝妈',
    sponsored: true,
    tags: ['宝宝护肤'],
    paragraphs: ['秋冬风大，宝宝小脸容易红、干、皴。', '婴儿润肤霜无香精、无酒精，洗脸后薄涂一层。'],
    variants: [
      {
        format: 'xiaohongshu-image-note',
        title: '宝宝小脸不皴的秘密',
        body: '秋冬带娃出门前薄涂一层，小脸一整天都软软的～无香精无酒精，敏感肌宝宝也能用。',
        hashtags: ['宝宝护肤', '秋冬育儿'],
        mentions: [{ name: '育儿博主糖糖妈' }],
        reach: 'in_review',
      },
      {
        format: 'douyin-video',
        title: '宝宝秋冬护肤三步',
        body: '洗脸、擦干、薄涂，三步护住小脸。',
        hashtags: ['育儿经验'],
        mentions: [{ name: '糖糖妈育儿', platformUserId: 'dy_open_55120' }],
        reach: 'in_review',
      },
      {
        format: 'wecom-moments',
        body: '宝宝秋冬护肤小贴士：洗完脸 3 分钟内涂润肤霜，锁水效果更好。',
        reach: 'published',
        publishedUrl: 'https://work.weixin.qq.com/demo/moment/4003',
        platformPostId: 'wecom-4003',
      },
    ],
  },
  {
    title: '拉拉裤尺码怎么选',
    brand: '小禾萌宝',
    skus: ['XH-PANTS-L'],
    persona: '新手宝妈',
    tags: ['纸尿裤'],
    paragraphs: ['宝宝会爬会走以后，拉拉裤比纸尿裤更方便。按体重选尺码，L 码适合 9–14 公斤。'],
    variants: [
      {
        format: 'wechat-channels-video',
        title: '拉拉裤尺码一分钟',
        body: '按体重选，不按月龄选。',
        hashtags: ['育儿'],
        reach: 'published',
        publishedUrl: 'https://channels.weixin.qq.com/demo/5001',
        platformPostId: 'ch-5001',
      },
      { format: 'wecom-group-message', body: '拉拉裤尺码对照表已更新，需要的宝妈在群里回复「尺码」，我私发给你～', reach: 'archived' },
      { format: 'weibo-post', body: '拉拉裤尺码怎么选？记住一句话：按体重，不按月龄。', hashtags: ['育儿干货'], reach: 'draft' },
    ],
  },
  {
    title: '精华早 C 晚 A 入门',
    brand: '花漾研究所',
    skus: ['HY-SERUM-30'],
    tags: ['早C晚A'],
    paragraphs: ['刚入门早 C 晚 A，先从低浓度开始，保湿一定要做足。'],
    variants: [
      {
        format: 'xiaohongshu-image-note',
        title: '早C晚A新手避坑',
        body: '新手先建立耐受，保湿精华打底，晚上少量薄涂。',
        hashtags: ['早C晚A'],
        reach: 'published',
        publishedUrl: 'https://www.xiaohongshu.com/explore/demo-6001',
        platformPostId: 'xhs-6001',
      },
    ],
  },
  {
    title: '防晒补涂小技巧',
    brand: '花漾研究所',
    skus: ['HY-SUN-40'],
    tags: ['防晒'],
    paragraphs: ['户外每两小时补涂一次，带妆补涂可以用气垫轻拍。'],
    variants: [{ format: 'weibo-post', body: '防晒补涂小技巧：每两小时一次，带妆用气垫轻拍。', hashtags: ['防晒'], reach: 'scheduled', scheduleInDays: 5 }],
  },
  {
    title: '唇釉持妆实验',
    brand: '花漾研究所',
    skus: ['HY-LIP-07'],
    tags: ['唇釉'],
    paragraphs: ['喝水、吃饭、戴口罩，唇釉能坚持多久？'],
    variants: [{ format: 'douyin-video', title: '唇釉持妆八小时实验', body: '吃火锅也不掉色？实测给你看。', hashtags: ['口红测评'], reach: 'draft' }],
  },
  {
    title: '会员日福利预告',
    brand: '花漾研究所',
    skus: ['HY-CREAM-50', 'HY-LIP-07'],
    tags: ['私域', '福利'],
    paragraphs: ['每月 18 日会员日，老客专享满减。'],
    variants: [
      { format: 'wecom-moments', body: '18 号会员日，面霜和唇釉满 300 减 50，提前加购哦～', reach: 'approved' },
      { format: 'wecom-group-message', body: '会员日福利提前剧透：面霜满减、唇釉第二支半价，18 号 0 点开始。', reach: 'scheduled', scheduleInDays: 6 },
    ],
  },
  {
    title: '面霜空瓶记',
    brand: '花漾研究所',
    skus: ['HY-CREAM-50'],
    tags: ['空瓶'],
    paragraphs: ['用空的第三瓶，说说真实感受。'],
    variants: [
      {
        format: 'xiaohongshu-image-note',
        title: '第三瓶空瓶了',
        body: '干皮冬天离不开它，唯一的缺点是罐装不太卫生，建议配挖勺。',
        hashtags: ['空瓶记'],
        reach: 'in_review',
      },
    ],
  },
  {
    title: '辅食添加时间表',
    brand: '小禾萌宝',
    skus: ['XH-RICE-250'],
    persona: '新手宝妈',
    tags: ['辅食'],
    paragraphs: ['6–8 月龄：米粉、泥糊；9–12 月龄：碎末、小颗粒。'],
    variants: [
      {
        format: 'wechat-image-post',
        title: '辅食添加时间表（收藏版）',
        body: '6–8 月龄米粉泥糊，9–12 月龄碎末颗粒，循序渐进。',
        reach: 'published',
        publishedUrl: 'https://mp.weixin.qq.com/s/demo-xiaohe-7001',
        platformPostId: 'wx-7001',
      },
      {
        format: 'xiaohongshu-image-note',
        title: '辅食时间表直接抄',
        body: '按月龄加辅食，一张表看懂，新手妈妈收藏～',
        hashtags: ['辅食', '新手妈妈'],
        reach: 'approved',
      },
    ],
  },
  {
    title: '宝宝湿疹护理误区',
    brand: '小禾萌宝',
    skus: ['XH-CREAM-100'],
    tags: ['宝宝护肤'],
    paragraphs: ['润肤霜不是药，宝宝湿疹严重请及时就医。'],
    variants: [
      {
        format: 'xiaohongshu-image-note',
        title: '湿疹宝宝护理误区',
        body: '这款润肤霜能根治湿疹？不能！润肤霜只负责保湿，湿疹严重请及时就医。',
        hashtags: ['宝宝湿疹'],
        reach: 'rejected',
        note: '即使是否定句，“根治湿疹”仍会被平台判定为医疗宣称，请改为“日常保湿护理”。',
      },
    ],
  },
  {
    title: '夜间拉拉裤实测',
    brand: '小禾萌宝',
    skus: ['XH-PANTS-L'],
    tags: ['纸尿裤'],
    paragraphs: ['一整夜 12 小时，吸收量和干爽度实测。'],
    variants: [
      { format: 'douyin-video', title: '拉拉裤一整夜实测', body: '12 小时一觉到天亮，早上摸摸还是干爽的。', hashtags: ['纸尿裤测评'], reach: 'approved' },
    ],
  },
  {
    title: '宝妈社群答疑精选',
    brand: '小禾萌宝',
    skus: ['XH-RICE-250', 'XH-PANTS-L'],
    tags: ['私域'],
    paragraphs: ['本周社群里妈妈们最关心的五个问题。'],
    variants: [
      {
        format: 'wecom-group-message',
        body: '本周答疑精选：米粉怎么冲、拉拉裤尺码、宝宝红屁屁怎么办，详细回复见群公告～',
        reach: 'published',
        publishedUrl: 'https://work.weixin.qq.com/demo/group/8001',
        platformPostId: 'wecom-8001',
      },
    ],
  },
  {
    title: '新品米饼试吃官招募',
    brand: '小禾萌宝',
    skus: ['XH-RICE-250'],
    tags: ['招募'],
    paragraphs: ['招募 50 位宝妈免费试吃新品米饼，分享真实体验。'],
    variants: [
      { format: 'weibo-post', body: '招募 50 位试吃官！关注并转发本条，抽宝宝新品米饼～', hashtags: ['试吃官招募'], reach: 'in_review' },
      {
        format: 'xiaohongshu-image-note',
        title: '免费试吃官招募中',
        body: '评论区说说宝宝几个月啦，抽 50 位妈妈免费试吃～',
        hashtags: ['试吃'],
        reach: 'draft',
      },
    ],
  },
]
