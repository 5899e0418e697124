import { chromium, type Page } from 'playwright-core'
import { vi } from 'vitest'

/**
 * Debian's chromium, driven by playwright-core: never a browser that Playwright downloads.
 * The flags keep it off this machine's closed network (no sync, updates or background fetches).
 */
export const launchChromium = () =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })

/** Signs in through the admin's login form and waits for the dashboard. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForURL((url) => url.pathname === '/admin')
}

/** Collects Content-Security-Policy violations the page reports. */
export function watchCspViolations(page: Page): string[] {
  const blocked: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text())
  })
  return blocked
}

/**
 * Picks a react-select option of the field with this id. The form re-renders while the field's
 * neighbours settle, which can close a menu that is already open; then it is opened again.
 */
export async function choose(page: Page, fieldId: string, option: string) {
  await vi.waitFor(
    async () => {
      // Short waits per attempt: a field that is not there yet must not use up the whole budget.
      await page.locator(`#${fieldId}`).click({ timeout: 3_000 })
      await page.getByRole('option', { name: option, exact: true }).click({ timeout: 3_000 })
    },
    { timeout: 30_000, interval: 250 },
  )
}
