import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isStaff } from '../src/access/isStaff'
import { nobody } from '../src/access/nobody'
import { uploadDirectory } from '../src/config/mediaDirectory'
import { UGC_MIME_TYPES } from '../src/ugc/intake/limits'

/**
 * Shoppers' photos and videos, apart from the brand's media library: they arrive anonymously,
 * are checked on intake (src/ugc/intake), are personal data until an author's licence says
 * otherwise, and are erased on request. Written only by the intake route, never through the API.
 */
export const UgcMedia: CollectionConfig<'ugc-media'> = {
  slug: 'ugc-media',
  labels: { singular: { zh: '用户素材', en: 'UGC media' }, plural: { zh: '用户素材', en: 'UGC media' } },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'submission', 'kind', 'createdAt'], group: { zh: '用户内容', en: 'UGC' } },
  access: { read: isStaff, create: nobody, update: nobody, delete: isAdmin },
  upload: {
    staticDir: uploadDirectory('ugc-media'),
    mimeTypes: [...UGC_MIME_TYPES],
    imageSizes: [{ name: 'thumbnail', width: 480, withoutEnlargement: true }],
    adminThumbnail: 'thumbnail',
    // The intake route already re-encoded the image without EXIF; Payload must not copy any back.
    withMetadata: false,
  },
  fields: [
    {
      name: 'submission',
      type: 'relationship',
      relationTo: 'ugc-submissions',
      index: true,
      label: { zh: '投稿', en: 'Submission' },
      admin: { readOnly: true },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'image', label: { zh: '图片', en: 'Image' } },
        { value: 'video', label: { zh: '视频', en: 'Video' } },
      ],
      label: { zh: '类型', en: 'Kind' },
      admin: { readOnly: true },
    },
    { name: 'sha256', type: 'text', index: true, label: { zh: '文件指纹', en: 'SHA-256' }, admin: { readOnly: true } },
    { name: 'phash', type: 'text', label: { zh: '感知哈希', en: 'Perceptual hash' }, admin: { readOnly: true } },
    // src/ugc/perceptualHash.ts: the lookup keys of near-duplicate detection.
    { name: 'phashBands', type: 'text', hasMany: true, index: true, admin: { hidden: true } },
    {
      name: 'stagedUntil',
      type: 'date',
      index: true,
      label: { zh: '待提交截止', en: 'Staged until' },
      admin: {
        readOnly: true,
        description: { zh: '上传后未在此时间前随投稿提交的素材会被自动删除', en: 'Uploaded but not yet part of a submission; removed after this time' },
      },
    },
  ],
}
