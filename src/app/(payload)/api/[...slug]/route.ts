import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { rejectUnknownApiKey } from '@/auth/rejectUnknownApiKey'

export const GET = rejectUnknownApiKey(config, REST_GET(config))
export const POST = rejectUnknownApiKey(config, REST_POST(config))
export const DELETE = rejectUnknownApiKey(config, REST_DELETE(config))
export const PATCH = rejectUnknownApiKey(config, REST_PATCH(config))
export const PUT = rejectUnknownApiKey(config, REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
