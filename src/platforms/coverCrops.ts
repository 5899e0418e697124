import type { CropId, FormatRules } from './types'

/** A generated image size of a media document, as the media collection stores it. */
export type GeneratedSize = { filename?: string | null; url?: string | null; width?: number | null; height?: number | null }

/** The crop and the media's generated size for it; null where the image was too small for Payload to generate it. */
export type CoverCrop = { crop: CropId; size: (GeneratedSize & { filename: string }) | null }

/**
 * The cover a format posts at each of its crops: only the sizes the media collection generated
 * (cut around the focal point on upload). An image smaller than a crop gets no size for it, and
 * that crop is not posted; the preview shows the same, so it never promises a cover the feed lacks.
 */
export function coverCropsOf(
  rules: Pick<FormatRules, 'cover'>,
  media: { sizes?: Partial<Record<CropId, GeneratedSize | undefined>> | null } | null | undefined,
): CoverCrop[] {
  return (rules.cover?.crops ?? []).map((crop) => {
    const size = media?.sizes?.[crop]
    return { crop, size: size?.filename ? { ...size, filename: size.filename } : null }
  })
}
