import path from 'node:path'

/** Where uploaded files live (MEDIA_DIR, default ./media): Payload writes there, the media-link route reads. */
export const mediaDirectory = (): string => path.resolve(process.env.MEDIA_DIR || 'media')
