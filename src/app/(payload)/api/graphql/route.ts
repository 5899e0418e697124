import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { rejectUnknownApiKey } from '@/auth/rejectUnknownApiKey'
import { refuseUnsupportedDocuments } from '@/graphql/documentShape'
import { applyResponseStatus } from '@/graphql/responseStatus'

export const POST = rejectUnknownApiKey(config, applyResponseStatus(refuseUnsupportedDocuments(GRAPHQL_POST(config))))
export const OPTIONS = REST_OPTIONS(config)
