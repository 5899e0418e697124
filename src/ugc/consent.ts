import type { Localized } from '../i18n/localized'

/**
 * The licence texts shoppers agree to, by version (SPEC §3.3–3.4). A submission records the
 * version it was shown; a text is never edited once published, a new version is added instead,
 * so every consent on record can be read back word for word.
 */
export const CONSENT_TEXTS: Record<string, Localized> = {
  'ugc-licence-2026-11': {
    zh:
      '我确认上传的图文/视频为本人原创或已获得画面中人物的同意，并授权品牌方在下列范围与期限内非独家、免费地复制、发布、改编并署名使用：' +
      '「品牌自有渠道转载」指品牌官方账号、官网与小程序；「付费广告投放」指品牌付费推广（如信息流广告）。' +
      '我提供的联系方式仅用于发放奖励和联系授权事宜，不会公开；我可随时凭投稿编号和联系方式要求删除本人的个人信息与素材。',
    en:
      'I confirm the photos/videos are my own or that everyone shown in them agreed, and grant the brand a non-exclusive, free licence to copy, publish, ' +
      'adapt and credit them within the scopes and term below: "brand channels" means the brand’s official accounts, website and mini-programs; ' +
      '"paid ads" means the brand’s paid promotion (such as feed ads). My contact details are used only to send the reward and about this licence, ' +
      'never published; I can have my personal data and media deleted at any time with the submission number and my contact.',
  },
}

export const CURRENT_CONSENT_VERSION = 'ugc-licence-2026-11'
