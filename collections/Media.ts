import type { CollectionConfig } from 'payload'

import { canEditContent } from '../src/access/canEditContent'
import { canUploadMedia } from '../src/access/canUploadMedia'
import { isStaff } from '../src/access/isStaff'
import { uploadDirectory } from '../src/config/mediaDirectory'
import { CROPS } from '../src/platforms/rules'
import { refreshPublishFeedForMedia } from '../src/publishing/syncPublishFeed'
import type { CropId } from '../src/platforms/types'

/** Image and video types the platforms accept; anything else is refused at upload. */
export const MEDIA_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'video/mp4', 'video/quicktime']

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: { zh: '素材', en: 'Media' }, plural: { zh: '素材库', en: 'Media' } },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'], group: { zh: '内容', en: 'Content' } },
  // Publishers get released files through the signed links of the feed (src/publishing/mediaLinks.ts),
  // never the library: it holds the pictures of campaigns nobody has announced yet.
  access: { read: isStaff, create: canUploadMedia, update: canUploadMedia, delete: canEditContent },
  hooks: {
    // Feed items carry media URLs and sizes; a replaced file or new alt text must reach publishers.
    afterChange: [
      async ({ doc, operation, req }) => {
        if (operation === 'update') await refreshPublishFeedForMedia(doc.id, req)
        return doc
      },
    ],
  },
  upload: {
    staticDir: uploadDirectory('media'),
    mimeTypes: MEDIA_MIME_TYPES,
    focalPoint: true,
    crop: true,
    // One size per platform crop (SPEC §2), cut around the focal point. An image smaller than a
    // crop gets no size for it; the variant validation then names the crop it cannot make.
    imageSizes: (Object.keys(CROPS) as CropId[]).map((name) => ({
      name,
      width: CROPS[name].width,
      height: CROPS[name].height,
      withoutEnlargement: true,
    })),
    adminThumbnail: 'square',
    // EXIF can carry the GPS position of whoever took the photo (PIPL): never keep it.
    withMetadata: false,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { zh: '替代文本', en: 'Alt text' },
      admin: { description: { zh: '描述画面内容，供读屏软件和搜索使用', en: 'What the picture shows, for screen readers and search' } },
    },
    {
      name: 'durationSeconds',
      type: 'number',
      min: 0,
      label: { zh: '视频时长（秒）', en: 'Video duration (seconds)' },
      admin: { condition: (data) => String(data?.mimeType ?? '').startsWith('video/') },
    },
  ],
}
