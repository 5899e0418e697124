/**
 * Payload calls saving the current version of a document "publish". In a social-commerce CMS
 * 发布/publish means posting to a platform (a variant's `published` status), so the admin's save
 * buttons say save instead; "save draft" keeps work in progress out of the workflow.
 */
export const adminTranslations = {
  zh: { version: { publish: '保存', publishChanges: '保存并提交流转', unpublish: '退回草稿版本' } },
  en: { version: { publish: 'Save', publishChanges: 'Save and apply', unpublish: 'Back to draft version' } },
}
