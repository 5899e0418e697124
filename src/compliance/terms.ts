import type { Localized } from '../i18n/localized'
import type { AllowedPhrase, ComplianceLevel, ProductCategory } from './types'

/**
 * The editable compliance vocabulary (SPEC §3): term lists, their suggested rewordings, law
 * citations and the messages shown to editors and reviewers. Scanners hold no wording of their
 * own; a changed list or rule is changed here only.
 */

// ————————————————————————————— 《广告法》 absolute terms (SPEC §3.1) —————————————————————————————

/** Never allowed. Verbatim from SPEC §3.1. */
// prettier-ignore
export const ABSOLUTE_TERMS_BLOCK = [
  '国家级', '世界级', '最高级', '最佳', '最好', '最优', '最强', '最大', '最高', '最低',
  '最便宜', '最先进', '第一', '全网第一', '全网销量第一', '销量冠军', 'NO.1', 'Top1', '唯一', '独一无二',
  '首家', '全国首家', '全球首发', '顶级', '极致', '终极', '至尊', '绝对', '万能', '100%有效',
  '史无前例', '前无古人', '绝无仅有', '空前绝后', '永久', '王牌', '领袖品牌', '填补国内空白', '特效', '根治',
  '治愈', '药用', '无副作用',
] as const

/** Allowed in context; a reviewer decides. Verbatim from SPEC §3.1. */
// prettier-ignore
export const ABSOLUTE_TERMS_REVIEW = [
  '最新', '首个', '首选', '独家', '极品', '第一次', '全网', '领先', '顶尖', '纯天然',
] as const

export type AbsoluteTerm =
  (typeof ABSOLUTE_TERMS_BLOCK)[number] | (typeof ABSOLUTE_TERMS_REVIEW)[number]

/**
 * Everyday phrases that contain a listed term but are no claim about the product. SAMR's
 * 《广告绝对化用语执法指南》(2023) treats time order, usage hints and a product's own name this way.
 * A phrase here hides every term it overlaps, so it must not be able to start a claim: that is
 * what `unlessFollowedBy` is for, and why some tempting phrases are left out.
 *
 * Not listed, on purpose:
 * - 第一次: it is itself a review term (SPEC); being longer than 第一, it already keeps 第一 from
 *   firing inside it.
 * - 第一口 (第一口红 = "No.1 lipstick", 第一口碑) and 第一代 (第一代言人): too easily a claim.
 * - 最终: it would hide 终极 in 最终极. 最初 and 最后一天 need no entry: no term occurs in them.
 */
export const ABSOLUTE_TERM_CONTEXT_ALLOW_LIST: readonly AllowedPhrase[] = [
  // Time order: "the first day/week/month/year of use", "season 1", "Q1".
  { phrase: '第一天', unlessFollowedBy: ['然'] }, // 第一天然 = "No.1 natural"
  { phrase: '第一周' },
  { phrase: '第一个月' },
  { phrase: '第一年', unlessFollowedBy: ['轻'] }, // 第一年轻品牌 = "No.1 young brand"
  { phrase: '第一季' }, // also covers 第一季度
  { phrase: '第一批' },
  { phrase: '第一时间' }, // "right away"
  // Order of use: "step one of your routine", "the first pass".
  { phrase: '第一步' },
  { phrase: '第一遍' },
  // A personal first impression, not a ranking; beauty words after 第一眼 make it one again.
  { phrase: '第一眼', unlessFollowedBy: ['霜', '影', '线', '膜', '部'] },
  { phrase: '第一印象' },
  { phrase: '第一感觉' },
  // Pointing at a flaw, the opposite of a superlative.
  { phrase: '唯一的缺点' },
  { phrase: '唯一缺点' },
  { phrase: '唯一的不足' },
  { phrase: '唯一不足' },
  { phrase: '唯一的遗憾' },
  { phrase: '唯一遗憾' },
  // Named by SPEC. No current term occurs in them; they keep a bare 最, which many published
  // lists contain, from turning "recently" and "the last" into hits if it is ever added.
  { phrase: '最近' },
  { phrase: '最后' },
]

export const ABSOLUTE_TERM_LAW: Localized = {
  zh: '《广告法》第九条第（三）项（罚则：第五十七条，处二十万元以上一百万元以下罚款）',
  en: 'Advertising Law of the PRC, Art. 9(3) (penalty under Art. 57: a fine of RMB 200,000–1,000,000)',
}

export const absoluteTermMessage = (term: string, level: ComplianceLevel): Localized =>
  level === 'block'
    ? {
        zh: `「${term}」属于《广告法》禁止的绝对化用语，发布前必须修改。`,
        en: `“${term}” is an absolute claim that the Advertising Law bans in ads; change it before publishing.`,
      }
    : {
        zh: `「${term}」可能构成绝对化用语，请结合上下文判断是否在夸大宣传商品。`,
        en: `“${term}” may read as an absolute claim; check in context whether it overstates the product.`,
      }

const NON_COMPARATIVE: Localized = {
  zh: '改用“出色”“优质”“口碑好”等不作比较的描述',
  en: 'Use a non-comparative description such as 出色 (outstanding), 优质 (high quality) or 口碑好 (well reviewed)',
}
const CONCRETE_FIGURE: Localized = {
  zh: '写出具体数值，如“容量 500ml”“直降 50 元”',
  en: 'State the actual figure, e.g. 容量 500ml (500 ml capacity) or 直降 50 元 (50 yuan off)',
}
const RANKING: Localized = {
  zh: '删除排名说法；确有可查证的销量数据时，写明数据来源、统计时间和范围',
  en: 'Drop the ranking; if verifiable sales data exists, state its source, period and scope',
}
const DISTINCTIVE: Localized = {
  zh: '改用“独特”“很有特色”',
  en: 'Use 独特 (distinctive) or 很有特色 (full of character) instead',
}
const VERIFIABLE_FACT: Localized = {
  zh: '删除，或换成可查证的事实，如获得某项认证、专利的名称和时间',
  en: 'Remove it, or replace it with a verifiable fact such as the name and date of a certification or patent',
}
const HIGH_QUALITY: Localized = {
  zh: '改用“高品质”“精选”',
  en: 'Use 高品质 (high quality) or 精选 (carefully selected) instead',
}
const CRAFTED: Localized = {
  zh: '改用“出色”“用心打磨”',
  en: 'Use 出色 (outstanding) or 用心打磨 (carefully crafted) instead',
}
const CONCRETE_EVIDENCE: Localized = {
  zh: '写明具体指标或数据，如“经第三方检测，保湿力提升 30%”',
  en: 'State the concrete metric behind it, e.g. 经第三方检测，保湿力提升 30% (third-party tested: 30% more hydration)',
}
const NO_MEDICAL_EFFECT: Localized = {
  zh: '删除疗效说法，改为产品实际功效，如“保湿”“舒缓干燥”',
  en: 'Drop the medical claim and describe what the product actually does, e.g. 保湿 (moisturising) or 舒缓干燥 (soothes dryness)',
}

/** A rewording per term, where one makes sense. */
export const ABSOLUTE_TERM_SUGGESTIONS: Readonly<Partial<Record<AbsoluteTerm, Localized>>> = {
  国家级: {
    zh: '删除，或写明具体的国家标准、认证名称和编号',
    en: 'Remove it, or name the specific national standard or certification and its number',
  },
  世界级: {
    zh: '删除，或写明具体的国际奖项、认证名称',
    en: 'Remove it, or name the specific international award or certification',
  },
  最高级: NON_COMPARATIVE,
  最佳: NON_COMPARATIVE,
  最好: NON_COMPARATIVE,
  最优: NON_COMPARATIVE,
  最强: {
    zh: '改为“表现出色”，并给出具体测试数据',
    en: 'Say 表现出色 (performs very well) and give concrete test data',
  },
  最大: CONCRETE_FIGURE,
  最高: CONCRETE_FIGURE,
  最低: CONCRETE_FIGURE,
  最便宜: {
    zh: '写明实际优惠，如“限时直降 50 元”',
    en: 'State the actual offer, e.g. 限时直降 50 元 (50 yuan off for a limited time)',
  },
  最先进: {
    zh: '具体说明技术，如“新一代配方”“采用××技术”',
    en: 'Name the technology, e.g. 新一代配方 (new-generation formula) or 采用××技术 (uses ×× technology)',
  },
  第一: RANKING,
  全网第一: RANKING,
  全网销量第一: RANKING,
  销量冠军: RANKING,
  'NO.1': RANKING,
  Top1: RANKING,
  唯一: DISTINCTIVE,
  独一无二: DISTINCTIVE,
  绝无仅有: DISTINCTIVE,
  史无前例: DISTINCTIVE,
  前无古人: DISTINCTIVE,
  空前绝后: DISTINCTIVE,
  首家: VERIFIABLE_FACT,
  全国首家: VERIFIABLE_FACT,
  首个: VERIFIABLE_FACT,
  领袖品牌: VERIFIABLE_FACT,
  填补国内空白: VERIFIABLE_FACT,
  全球首发: { zh: '改为“新品上市”', en: 'Say 新品上市 (new release) instead' },
  顶级: HIGH_QUALITY,
  至尊: HIGH_QUALITY,
  王牌: HIGH_QUALITY,
  极品: HIGH_QUALITY,
  极致: CRAFTED,
  终极: CRAFTED,
  绝对: { zh: '删除，或改为“非常”', en: 'Remove it, or use 非常 (very)' },
  万能: {
    zh: '写明具体适用范围，如“适合多种肤质”',
    en: 'Say what it is actually for, e.g. 适合多种肤质 (suits many skin types)',
  },
  '100%有效': {
    zh: '删除效果承诺；有测试结果时写明样本和条件，如“30 人连续使用 28 天”',
    en: 'Drop the guarantee; cite test results with sample and conditions, e.g. 30 人连续使用 28 天 (30 people, 28 days of use)',
  },
  永久: {
    zh: '写明具体期限，如“两年质保”',
    en: 'State the actual period, e.g. 两年质保 (two-year warranty)',
  },
  特效: NO_MEDICAL_EFFECT,
  根治: NO_MEDICAL_EFFECT,
  治愈: NO_MEDICAL_EFFECT,
  药用: NO_MEDICAL_EFFECT,
  无副作用: {
    zh: '删除；可改为“温和配方”，并写明做过的测试，如“已通过人体斑贴测试”',
    en: 'Remove it; say 温和配方 (gentle formula) and name the tests done, e.g. 已通过人体斑贴测试 (patch-tested)',
  },
  最新: {
    zh: '改为“新品”“新款”，并写明上市时间',
    en: 'Say 新品 / 新款 (new) with the launch date',
  },
  首选: {
    zh: '改为“推荐”“值得一试”',
    en: 'Use 推荐 (recommended) or 值得一试 (worth a try)',
  },
  独家: {
    zh: '有独家授权证明时保留，否则改为“特别”',
    en: 'Keep it only with proof of an exclusive licence; otherwise use 特别 (special)',
  },
  全网: {
    zh: '写明具体平台或渠道，如“天猫旗舰店”',
    en: 'Name the actual platform or channel, e.g. 天猫旗舰店 (Tmall flagship store)',
  },
  领先: CONCRETE_EVIDENCE,
  顶尖: CONCRETE_EVIDENCE,
  纯天然: {
    zh: '写明具体的天然来源成分及含量',
    en: 'Name the natural-origin ingredients and their share instead',
  },
}

// ——————————————— Medical claims: cosmetics, food, mother-and-baby (SPEC §3.1, last sentence) ———————————————

export type RegulatedCategory = Exclude<ProductCategory, 'other'>

export type MedicalClaimTerm = {
  term: string
  levels: Readonly<Record<RegulatedCategory, ComplianceLevel>>
  suggestion?: Localized
}

const BLOCK_ALL = { cosmetics: 'block', food: 'block', 'mother-baby': 'block' } as const
// Forbidden for cosmetics, but for food and baby products the same word can be a legal process or
// material name (巴氏杀菌, 灭菌乳, 抑菌湿巾 with a 消-number, 医用级硅胶) or a registered health-food
// function; a reviewer checks the evidence.
const BLOCK_FOR_COSMETICS = { cosmetics: 'block', food: 'review', 'mother-baby': 'review' } as const

const ANTIMICROBIAL: Localized = {
  zh: '化妆品请改为“清洁”；食品、母婴用品仅在有检测报告或相应批件（如“消”字号）时保留',
  en: 'For cosmetics say 清洁 (cleansing); for food or baby products keep it only with a test report or the matching licence (e.g. a 消-number)',
}
const IMMUNITY: Localized = {
  zh: '只有注册或备案的保健食品可宣称“有助于增强免疫力”并须标注批准文号；其他产品请删除',
  en: 'Only a registered health food (保健食品) may claim 有助于增强免疫力 (helps strengthen immunity), with its approval number; remove it otherwise',
}

// Treating or preventing disease, or sounding like a drug: no ad outside medicine may say these.
// prettier-ignore
const DISEASE_TREATMENT_TERMS = [
  '治疗', '治愈', '根治', '医治', '痊愈', '疗效', '药用', '处方', '药到病除', '药妆',
  '防癌', '抗癌', '降血压', '降血糖', '降血脂', '消炎', '抗炎', '抗病毒', '抗过敏', '防过敏', '脱敏',
]

/**
 * Disease-treatment and medical language, which 《广告法》第十七条 keeps out of every ad but
 * medical ones. Deliberately not here: functions a cosmetic may claim after efficacy testing
 * (祛痘, 舒缓, 修护), and health-food functions that are not medical (减肥, 排毒), which would need a
 * list of their own.
 */
export const MEDICAL_CLAIM_TERMS: readonly MedicalClaimTerm[] = [
  ...DISEASE_TREATMENT_TERMS.map((term) => ({ term, levels: BLOCK_ALL })),
  ...['杀菌', '抗菌', '抑菌', '除菌', '灭菌'].map((term) => ({
    term,
    levels: BLOCK_FOR_COSMETICS,
    suggestion: ANTIMICROBIAL,
  })),
  {
    term: '医用',
    levels: BLOCK_FOR_COSMETICS,
    suggestion: {
      zh: '化妆品不得使用；母婴用品仅在材料确为医用级并有证明时保留，如“医用级硅胶”',
      en: 'Not for cosmetics; for baby products keep it only for certified medical-grade material, e.g. 医用级硅胶 (medical-grade silicone)',
    },
  },
  ...['增强免疫力', '提高免疫力'].map((term) => ({
    term,
    levels: BLOCK_FOR_COSMETICS,
    suggestion: IMMUNITY,
  })),
]

export const CATEGORY_LABELS: Readonly<Record<RegulatedCategory, Localized>> = {
  cosmetics: { zh: '化妆品', en: 'cosmetics' },
  food: { zh: '食品', en: 'food' },
  'mother-baby': { zh: '母婴产品', en: 'mother-and-baby products' },
}

const ADVERTISING_LAW_ART_17 = {
  zh: '《广告法》第十七条（罚则：第五十八条，处广告费用一倍以上三倍以下罚款，广告费用无法计算或明显偏低的处十万元以上二十万元以下罚款）',
  en: 'Advertising Law of the PRC, Art. 17 (penalty under Art. 58: 1–3 times the advertising fee, or RMB 100,000–200,000 when the fee cannot be determined or is clearly too low)',
}

export const MEDICAL_CLAIM_LAWS: Readonly<Record<RegulatedCategory, Localized>> = {
  cosmetics: {
    zh: `${ADVERTISING_LAW_ART_17.zh}；《化妆品监督管理条例》第四十三条`,
    en: `${ADVERTISING_LAW_ART_17.en}; Regulations on the Supervision and Administration of Cosmetics, Art. 43`,
  },
  food: {
    zh: `${ADVERTISING_LAW_ART_17.zh}；《食品安全法》第七十三条`,
    en: `${ADVERTISING_LAW_ART_17.en}; Food Safety Law, Art. 73`,
  },
  'mother-baby': ADVERTISING_LAW_ART_17,
}

export const MEDICAL_CLAIM_SUGGESTIONS: Readonly<Record<RegulatedCategory, Localized>> = {
  cosmetics: {
    zh: '删除医疗说法，改为做过功效评价的化妆品功效，如“保湿”“舒缓肌肤干燥”',
    en: 'Drop the medical claim; describe a cosmetic effect the product was tested for, e.g. 保湿 (moisturising) or 舒缓肌肤干燥 (soothes dry skin)',
  },
  food: {
    zh: '删除疾病预防或治疗说法，改为营养成分、口感等事实描述，如“富含膳食纤维”',
    en: 'Drop the disease prevention or treatment claim; state facts such as nutrients or taste, e.g. 富含膳食纤维 (rich in dietary fibre)',
  },
  'mother-baby': {
    zh: '删除医疗说法，改为材质、成分或使用感受等事实描述，如“食品级硅胶”“亲肤柔软”',
    en: 'Drop the medical claim; describe materials, ingredients or how it feels, e.g. 食品级硅胶 (food-grade silicone) or 亲肤柔软 (soft on the skin)',
  },
}

export function medicalClaimMessage(
  term: string,
  level: ComplianceLevel,
  category: RegulatedCategory,
): Localized {
  const label = CATEGORY_LABELS[category]
  return level === 'block'
    ? {
        zh: `${label.zh}广告不得宣称医疗作用：「${term}」属于疾病治疗或医疗用语。`,
        en: `Ads for ${label.en} must not claim medical effects: “${term}” is disease-treatment or medical language.`,
      }
    : {
        zh: `「${term}」用于${label.zh}时可能被视为医疗或保健功效宣称，请核实产品资质和依据。`,
        en: `For ${label.en}, “${term}” may read as a medical or health-function claim; check the product's licence and evidence.`,
      }
}

// ——————————————— 导流: steering users off Xiaohongshu and Douyin (SPEC §2) ———————————————

export const QR_CODE_HINTS = ['二维码', '扫码', '扫一扫', '长按识别'] as const

/** Words that introduce a WeChat ID, including the homophones used to slip past filters. */
// prettier-ignore
export const WECHAT_KEYWORDS = [
  '微信号', '微信', '威信', '薇信', 'V信', 'VX', 'WX', 'weixin', 'wechat',
] as const

/**
 * Top-level domains recognised in a bare domain (abc.com/xx, t.cn/…). A closed list, because an
 * open pattern would read "No.1" or "v2.5" as a domain.
 */
// prettier-ignore
export const LINK_TOP_LEVEL_DOMAINS = [
  'com', 'cn', 'net', 'org', 'cc', 'co', 'io', 'me', 'top', 'xyz', 'vip', 'shop',
  'site', 'link', 'ly', 'gl', 'tv', 'app', 'club', 'store', 'info', 'biz', 'hk', 'tw',
] as const

export type DiversionKind = 'link' | 'email' | 'qr' | 'wechat' | 'phone'

/** Canonical terms of the hits; a QR-code hint is reported as the hint itself (扫码, 二维码 …). */
export const DIVERSION_TERMS: Readonly<Record<Exclude<DiversionKind, 'qr'>, string>> = {
  link: 'link',
  email: 'email',
  wechat: '微信号',
  phone: 'phone number',
}

const DIVERSION_LABELS: Readonly<Record<DiversionKind, Localized>> = {
  link: { zh: '外部链接', en: 'An external link' },
  email: { zh: '邮箱地址', en: 'An email address' },
  qr: { zh: '二维码引导', en: 'A QR-code prompt' },
  wechat: { zh: '微信号', en: 'A WeChat ID' },
  phone: { zh: '电话号码', en: 'A phone number' },
}

export const DIVERSION_LAW: Localized = {
  zh: '小红书、抖音平台规则：禁止站外导流（外链、二维码、电话号码、微信号等联系方式）',
  en: 'Xiaohongshu and Douyin platform rules: no steering users off the platform (links, QR codes, phone numbers, WeChat IDs or other contact details)',
}

export const diversionMessage = (kind: DiversionKind): Localized => ({
  zh: `${DIVERSION_LABELS[kind].zh}属于站外导流，小红书和抖音会对内容限流或处罚。`,
  en: `${DIVERSION_LABELS[kind].en} steers users off the platform; Xiaohongshu and Douyin throttle or penalise such posts.`,
})

export const DIVERSION_SUGGESTION: Localized = {
  zh: '删除；如需引导购买，请使用平台内的官方组件，如商品卡片、店铺链接',
  en: "Remove it; to lead people to a purchase, use the platform's own features, such as a product card or store link",
}

// ——————————————— Ad disclosure (SPEC §2, §3.2) ———————————————

/** The label 《互联网广告管理办法》 requires paid content to show. */
export const DISCLOSURE_LABEL = '广告'

/** Han characters used as separators in titles (广告丨新品), which must not make 广告 a compound. */
export const DISCLOSURE_LABEL_SEPARATORS = ['丨'] as const

export const OFF_CHANNEL_TERM = '水下'

/** What a disclosure hit says: it has no match, so everything is in these texts. */
export type DisclosureTexts = { law: Localized; message: Localized; suggestion: Localized }

export const MARKETING_DECLARATION = '内容含营销推广信息'

export const MISSING_LABEL_TEXTS: DisclosureTexts = {
  law: {
    zh: '《互联网广告管理办法》第九条；《广告法》第十四条（罚则：第五十九条第三款，对广告发布者处十万元以下罚款）',
    en: 'Measures for the Administration of Internet Advertising, Art. 9; Advertising Law of the PRC, Art. 14 (penalty under Art. 59(3): a fine of up to RMB 100,000 on the publisher)',
  },
  message: {
    zh: '这是付费合作内容，但标题和正文中都没有可见的“广告”标识，也没有记录平台商单号，审核不能通过。',
    en: 'This is paid content, but neither the title nor the text shows a visible “广告” (advertisement) label and no platform commercial order id is recorded, so it cannot be approved.',
  },
  suggestion: {
    zh: '在标题前加“【广告】”或在正文中加“#广告”；已通过平台商业渠道下单的，记录商单号即可',
    en: "Put 【广告】 before the title or #广告 in the text; if it was ordered through the platform's commercial channel, record the order id instead",
  },
}

export const offChannelTexts = (channel: Localized): DisclosureTexts => ({
  law: {
    zh: `平台商业合作规则：付费推广须通过${channel.zh}下单报备`,
    en: `Platform rules for brand collaborations: paid promotion must be ordered and registered through ${channel.en}`,
  },
  message: {
    zh: `付费内容没有记录${channel.zh}的订单号或任务号，属于“水下”合作，平台会限流或处罚。`,
    en: `Paid content without a ${channel.en} order or task id is an undeclared (“水下”) collaboration, which the platform throttles or penalises.`,
  },
  suggestion: {
    zh: `通过${channel.zh}下单，并把订单号记录到该版本上`,
    en: `Place the collaboration through ${channel.en} and record its order id on the variant`,
  },
})

export const MARKETING_DECLARATION_TEXTS: DisclosureTexts = {
  law: {
    zh: '抖音平台规则：商业推广内容须进行营销推广自主声明；《互联网广告管理办法》第九条',
    en: 'Douyin platform rules: commercial content must carry the self-declaration of marketing content; Measures for the Administration of Internet Advertising, Art. 9',
  },
  message: {
    zh: `抖音付费内容发布时须勾选自主声明“${MARKETING_DECLARATION}”，该版本尚未记录已声明。`,
    en: `Paid Douyin posts must be published with the self-declaration “${MARKETING_DECLARATION}” (contains marketing information); this variant has no record of it.`,
  },
  suggestion: {
    zh: `发布时勾选“${MARKETING_DECLARATION}”，并在该版本上记录已声明`,
    en: `Tick “${MARKETING_DECLARATION}” when publishing and record the declaration on the variant`,
  },
}
