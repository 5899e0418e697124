import type { PayloadRequest } from 'payload'

import type { UgcMedia } from '../payload-types'

import { idOf } from '../refs/idOf'
import { DUPLICATE_MAX_DISTANCE, hammingDistance } from './perceptualHash'

export type DuplicateFinding = { media: number; matchedSubmission: number; matchedMedia: number; distance: number }

/**
 * Images of a new submission that look like images of earlier submissions (SPEC §7): a lookup
 * on the hash bands through their index, then the exact distance on the few candidates.
 * Videos have no perceptual hash; an identical video file is found by its SHA-256.
 */
export async function findDuplicates(
  req: PayloadRequest,
  media: readonly Pick<UgcMedia, 'id' | 'phash' | 'phashBands' | 'sha256'>[],
): Promise<DuplicateFinding[]> {
  const bands = [...new Set(media.flatMap((item) => item.phashBands ?? []))]
  const digests = media.map((item) => item.sha256).filter((digest): digest is string => Boolean(digest))
  if (bands.length === 0 && digests.length === 0) return []
  const { docs: candidates } = await req.payload.find({
    collection: 'ugc-media',
    where: {
      and: [
        { submission: { exists: true } },
        { or: [...(bands.length ? [{ phashBands: { in: bands } }] : []), ...(digests.length ? [{ sha256: { in: digests } }] : [])] },
      ],
    },
    select: { submission: true, phash: true, sha256: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return media.flatMap((item) =>
    candidates.flatMap((candidate) => {
      const distance =
        item.sha256 && item.sha256 === candidate.sha256 ? 0 : item.phash && candidate.phash ? hammingDistance(item.phash, candidate.phash) : Infinity
      const matchedSubmission = idOf(candidate.submission)
      return distance <= DUPLICATE_MAX_DISTANCE && matchedSubmission !== null
        ? [{ media: item.id, matchedSubmission: matchedSubmission as number, matchedMedia: candidate.id, distance }]
        : []
    }),
  )
}
