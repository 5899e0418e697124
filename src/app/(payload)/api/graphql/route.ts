import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { rejectUnknownApiKey } from '@/auth/rejectUnknownApiKey'
import { applyResponseStatus } from '@/graphql/responseStatus'

export const POST = rejectUnknownApiKey(config, applyResponseStatus(GRAPHQL_POST(config)))
export const OPTIONS = REST_OPTIONS(config)
