import {mkdirSync, rmSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {AxeBuilder} from '@axe-core/playwright'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchChromium, hasChromium, chromiumPath, type Browser} from './helpers/browser.js'
import {buildReportSite, type ReportSite} from './helpers/reportSite.js'
import {root} from './helpers/runScript.js'

const artifacts = path.join(root, 'test/artifacts')
const seedWiki = '000_cfe1157ed7f64661'

if (!hasChromium) {
  // eslint-disable-next-line no-console -- a skipped browser suite must say so in the test log
  console.warn(`report browser tests skipped: no Chromium at ${chromiumPath} (apt-get install -y chromium; CI installs it)`)
}

/** Spread of grey levels in a screenshot, measured in a blank page's canvas: 0 for a blank image. */
async function pixelVariance(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(
    async (dataUrl) => {
      const image = new Image()
      image.src = dataUrl
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.width
      canvas.height = image.height
      const context = canvas.getContext('2d')!
      context.drawImage(image, 0, 0)
      const {data} = context.getImageData(0, 0, image.width, image.height)
      let sum = 0
      let squares = 0
      const count = data.length / 4
      for (let i = 0; i < data.length; i += 4) {
        const grey = (data[i]! + data[i + 1]! + data[i + 2]!) / 3
        sum += grey
        squares += grey * grey
      }
      return squares / count - (sum / count) ** 2
    },
    `data:image/png;base64,${png.toString('base64')}`
  )
}

describe.skipIf(!hasChromium)('report site in headless Chromium', () => {
  let site: ReportSite
  let browser: Browser
  let page: Page
  const url = (relative: string) => pathToFileURL(path.join(site.folder, relative)).href

  beforeAll(async () => {
    ;[site, browser] = await Promise.all([buildReportSite(), launchChromium()])
    page = await browser.context.newPage()
    page.on('dialog', (dialog) => {
      throw new Error(`a script from a source ran: dialog ${dialog.message()}`)
    })
    mkdirSync(artifacts, {recursive: true})
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    if (site) rmSync(path.dirname(site.folder), {recursive: true, force: true})
  })

  it('lists every document on the index, and the failed input', async () => {
    await page.goto(url('index.html'))
    const rows = page.locator('#documents tbody tr')
    await expect.poll(() => rows.count()).toBe(site.stems.length)
    const hrefs = await rows.locator('th a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(hrefs.map((href) => path.basename(href ?? '', '.html')).sort()).toEqual(site.stems)
    expect(await page.locator('.failures').innerText()).toContain('input.png')
    await page.locator('#documents thead th').nth(4).getByRole('button').click()
    expect(await page.locator('#documents thead th').nth(4).getAttribute('aria-sort')).toBe('ascending')
  })

  it('opens the 2005-09-13 session from the timeline and shows its heads of delegation', async () => {
    await page.goto(url('timeline.html'))
    await page.locator('a.mark[data-start="2005-09-13"]').click()
    await page.waitForURL(/meetings\/2005-09-13-/)
    const table = page.locator('#delegation-table')
    expect(await table.locator('tr', {hasText: '朝鲜'}).innerText()).toContain('金桂冠')
    expect(await table.locator('tr', {hasText: '美国'}).innerText()).toMatch(/克里斯托弗·(罗伯特·)?希尔/)
  })

  it('has the 2018-04-27 summit once on the timeline, with all its sources', async () => {
    await page.goto(url('timeline.html'))
    const marks = page.locator('a.mark[data-start="2018-04-27"]')
    expect(await marks.count()).toBe(1)
    expect((await marks.getAttribute('data-sources'))?.split(' ')).toEqual(expect.arrayContaining([seedWiki, '002_81916d54a5620362']))
  })

  it('highlights a date in a document and shows its value on keyboard focus', async () => {
    await page.goto(url(`documents/${seedWiki}.html`))
    const date = page.locator('mark#time-718-723')
    expect(await date.getAttribute('class')).toContain('hl-time')
    const tip = page.locator('#tip-time-718-723')
    expect(await tip.isVisible()).toBe(false)
    await date.focus()
    expect(await tip.isVisible()).toBe(true)
    expect(await tip.innerText()).toContain('2018-04-27')
  })

  it('shows markup from sources as text and runs none of it', async () => {
    await page.goto(url('documents/xss-title.html'))
    const name = `<img src=x onerror="document.title='pwned'">峰会<script>document.title='pwned'</script>`
    expect(await page.title()).toBe(`${name} · KPDD report`)
    expect(await page.locator('h1').innerText()).toBe(name)
    expect(await page.locator('main img, main script, main b').count()).toBe(0)
    await page.goto(url('documents/xss.html'))
    expect(await page.title()).toBe('xss · KPDD report')
    const text = await page.locator('.doc-text').innerText()
    expect(text).toContain(`<img src=x onerror="document.title='pwned'">`)
    expect(text).toContain('<script>')
    expect(await page.locator('main img, main script, a[href^="javascript"]').count()).toBe(0)
  })

  it('takes non-blank screenshots of the index, a meeting and a document', async () => {
    await page.goto(url('timeline.html'))
    const meeting = (await page.locator('a.mark[data-start="2005-09-13"]').getAttribute('href'))!
    const shots: Array<[string, string]> = [
      ['index', 'index.html'],
      ['meeting', meeting],
      ['document', `documents/${seedWiki}.html`]
    ]
    const blank = await browser.context.newPage()
    for (const [name, relative] of shots) {
      await page.goto(url(relative))
      const png = await page.screenshot({path: path.join(artifacts, `${name}.png`)})
      expect(await pixelVariance(blank, png), name).toBeGreaterThan(100)
    }
    await blank.close()
  })

  // Legacy mode runs axe in the page itself: the default opens a second page
  // per check to merge frame results, doubling the time on a shared machine.
  // The timeline's list table is built like the index's, which is checked.
  it('has no serious or critical axe violations', async () => {
    await page.goto(url('timeline.html'))
    const meeting = (await page.locator('a.mark[data-start="2005-09-13"]').getAttribute('href'))!
    for (const relative of ['index.html', 'timeline.html', meeting, 'documents/004_8b28bf2e2f96db07.html']) {
      await page.goto(url(relative))
      const results = await new AxeBuilder({page}).setLegacyMode(true).exclude('#meeting-list').analyze()
      const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${relative}: ${violation.id} (${violation.nodes.length}) ${violation.help}`)
      expect(serious).toEqual([])
    }
  }, 90_000)
})
