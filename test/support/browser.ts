import axe from 'axe-core'
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { expect, vi } from 'vitest'

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

/** Where CI keeps the screenshots of every admin view (test-results/screenshots/<name>.png). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const file = path.resolve('test-results/screenshots', `${name}.png`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  await page.screenshot({ path: file, fullPage: true })
  return file
}

type AxeViolation = { id: string; impact: string | null; help: string; nodes: string[] }

/**
 * Runs axe-core on the part of the page a custom view renders (the selector) and expects no
 * serious or critical violations. Payload's own chrome around the view is Payload's to fix.
 * axe is evaluated in the page rather than added as a script tag, so no CSP exception is needed.
 */
export async function expectAccessible(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().waitFor()
  await page.evaluate(axe.source)
  const violations = await page.evaluate(async (include) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(include, { resultTypes: ['violations'] })
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }))
  }, selector)
  expect(violations.filter((violation: AxeViolation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([])
}
