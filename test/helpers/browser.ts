import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {chromium, type BrowserContext} from 'playwright-core'

/** Debian's Chromium: CI installs it; no browser is ever downloaded. */
export const chromiumPath = '/usr/bin/chromium'
export const hasChromium = existsSync(chromiumPath)

const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export interface Browser {
  context: BrowserContext
  close: () => Promise<void>
}

/** A headless Chromium with a fresh profile, removed on close. */
export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'report-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: flags,
    viewport: {width: 1280, height: 900}
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, {recursive: true, force: true})
    }
  }
}
