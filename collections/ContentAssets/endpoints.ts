import type { Endpoint } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import { isStaff } from '../../src/access/isStaff'
import { readCalendar } from '../../src/calendar/readCalendar'
import { isDocumentId, parseCalendarQuery, parseScheduleInput } from '../../src/calendar/requests'
import { scheduleVariant } from '../../src/calendar/scheduleVariant'
import { refuse } from '../../src/graphql/errorCodes'

/**
 * GET /api/content-assets/calendar?from=YYYY-MM-DD&to=YYYY-MM-DD[&brand=<id>][&channel=<channel>]:
 * the content calendar of at most six weeks (Beijing days), read with the user's access.
 */
const calendar: Endpoint = {
  path: '/calendar',
  method: 'get',
  handler: async (req) => {
    if (!req.user) refuse(req, 'UNAUTHENTICATED', 401, { zh: '请先登录', en: 'Sign in first' })
    if (!isStaff({ req })) refuse(req, 'FORBIDDEN', 403, { zh: '内容日历仅供团队成员使用', en: 'The content calendar is for team members' })
    const query = parseCalendarQuery(Object.fromEntries(req.searchParams), req.payload.db.defaultIDType)
    if (!query.ok) refuse(req, 'BAD_USER_INPUT', 400, query.problem.message, query.problem.field)
    return Response.json(await readCalendar(req, query.value))
  },
}

/** POST /api/content-assets/:id/schedule `{ variantId, scheduledAt }`: schedule or move one variant. */
const schedule: Endpoint = {
  path: '/:id/schedule',
  method: 'post',
  handler: async (req) => {
    if (!req.user) refuse(req, 'UNAUTHENTICATED', 401, { zh: '请先登录', en: 'Sign in first' })
    try {
      await addDataAndFileToRequest(req)
    } catch {
      refuse(req, 'BAD_USER_INPUT', 400, { zh: '请求体须为有效的 JSON', en: 'The request body must be valid JSON' }, 'body')
    }
    const id = String(req.routeParams?.id)
    if (!isDocumentId(id, req.payload.db.defaultIDType)) refuse(req, 'NOT_FOUND', 404, { zh: `找不到内容 ${id}`, en: `No content asset ${id}` }, 'id')
    const input = parseScheduleInput(req.data)
    if (!input.ok) refuse(req, 'BAD_USER_INPUT', 400, input.problem.message, input.problem.field)
    return Response.json(await scheduleVariant(req, id, input.value))
  },
}

export const contentAssetEndpoints: Endpoint[] = [calendar, schedule]
