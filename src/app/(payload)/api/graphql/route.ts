import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { rejectUnknownApiKey } from '@/auth/rejectUnknownApiKey'
import { refuseOverLimitQueries } from '@/graphql/limits'

export const POST = rejectUnknownApiKey(config, refuseOverLimitQueries(GRAPHQL_POST(config)))
export const OPTIONS = REST_OPTIONS(config)
