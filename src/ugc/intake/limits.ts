/** Photos as shoppers take them; HEIC is not among them because sharp's prebuilt libvips cannot decode it. */
export const UGC_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export const UGC_VIDEO_TYPES = ['video/mp4', 'video/quicktime'] as const
export const UGC_MIME_TYPES = [...UGC_IMAGE_TYPES, ...UGC_VIDEO_TYPES] as const

/** SPEC §7: a submission has up to nine images (a 九宫格) or one video, never both. */
export const MAX_UGC_IMAGES = 9
export const MAX_UGC_VIDEOS = 1

/** Why files of these kinds cannot go together in one submission (SPEC §7), or null when they can. */
export function mediaMixProblem(kinds: readonly ('image' | 'video')[]): 'too-many-videos' | 'mixed' | null {
  const videos = kinds.filter((kind) => kind === 'video').length
  if (videos > MAX_UGC_VIDEOS) return 'too-many-videos'
  return videos > 0 && videos < kinds.length ? 'mixed' : null
}

export type UgcUploadLimits = { imageBytes: number; videoBytes: number; imagePixels: number }

const megabytes = (value: string | undefined, fallback: number) => {
  const parsed = Number(value)
  return (Number.isFinite(parsed) && parsed > 0 ? parsed : fallback) * 1024 * 1024
}

/**
 * UGC_MAX_IMAGE_MB (default 20) and UGC_MAX_VIDEO_MB (default 200). The pixel limit keeps a small
 * file that decodes to a gigapixel image (a decompression bomb) from taking the server's memory.
 */
export function readUgcUploadLimits(env: NodeJS.ProcessEnv): UgcUploadLimits {
  return { imageBytes: megabytes(env.UGC_MAX_IMAGE_MB, 20), videoBytes: megabytes(env.UGC_MAX_VIDEO_MB, 200), imagePixels: 50_000_000 }
}
