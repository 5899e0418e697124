import type { Role } from '../src/auth/roles'

export type DemoUser = { email: string; name: string; roles: Role[] }

/** One demo account per role (SPEC §1). The admin comes first so it is the system's first user. */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@zhongcao.local', name: '系统管理员', roles: ['admin'] },
  { email: 'editor@zhongcao.local', name: '内容编辑 林小雨', roles: ['editor'] },
  { email: 'reviewer@zhongcao.local', name: '品牌审核 周敏', roles: ['reviewer'] },
  { email: 'kol@zhongcao.local', name: '达人经理 陈浩', roles: ['kol-manager'] },
  { email: 'publisher@zhongcao.local', name: '小程序商城（API）', roles: ['publisher'] },
]

/** Demo only: the seed refuses to run in production, so this never guards real data. */
export const DEMO_PASSWORD = 'zhongcao-demo-2026'
