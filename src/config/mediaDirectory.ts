import path from 'node:path'

/** Where uploaded files live on disk (MEDIA_DIR, default ./media) when they are not kept in S3. */
export const mediaDirectory = (): string => path.resolve(process.env.MEDIA_DIR || 'media')

/** Each upload collection's folder: the brand's library at the top, shoppers' files apart in ugc/. */
export const uploadDirectory = (collection: 'media' | 'ugc-media'): string => (collection === 'media' ? mediaDirectory() : path.join(mediaDirectory(), 'ugc'))
