import {copyFileSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Dataset} from './model.js'
import {documentPage} from './pages/documentPage.js'
import {entityIndexPage, entityPage} from './pages/entityPages.js'
import {indexPage} from './pages/indexPage.js'
import {meetingPage} from './pages/meetingPage.js'
import {timelinePage} from './pages/timelinePage.js'
import {sitePaths} from './paths.js'
import {Provenance} from './provenance.js'
import {buildSiteModel} from './siteModel.js'

const assets = fileURLToPath(new URL('./assets/', import.meta.url))

export interface SiteSummary {
  pages: number
  documents: number
  meetings: number
  entities: number
}

/**
 * Writes the whole site into `folder`. The page folders are emptied first so
 * a page of an entity or meeting that is gone does not linger; pages are
 * written in sorted order and hold nothing from the clock, so the same data
 * gives the same files.
 */
export function writeSite(dataset: Dataset, folder: string): SiteSummary {
  const model = buildSiteModel(dataset)
  const provenance = new Provenance(new Map(model.documents.map((doc) => [doc.stem, doc])))
  for (const sub of ['documents', 'entities', 'meetings', 'assets']) {
    rmSync(path.join(folder, sub), {recursive: true, force: true})
    mkdirSync(path.join(folder, sub), {recursive: true})
  }
  let pages = 0
  const write = (relative: string, content: string) => {
    writeFileSync(path.join(folder, relative), content)
    pages++
  }
  write(sitePaths.index, indexPage(model))
  write(sitePaths.timeline, timelinePage(model))
  write(sitePaths.entities, entityIndexPage(model))
  for (const doc of model.documents) write(sitePaths.document(doc.stem), documentPage(model, doc))
  for (const entity of model.dataset.entities.values()) write(sitePaths.entity(entity.iri), entityPage(model, entity))
  for (const meeting of model.meetings) write(meeting.path, meetingPage(model, meeting, provenance))
  copyFileSync(path.join(assets, 'site.css'), path.join(folder, sitePaths.css))
  copyFileSync(path.join(assets, 'site.js'), path.join(folder, sitePaths.script))
  return {pages, documents: model.documents.length, meetings: model.meetings.length, entities: model.dataset.entities.size}
}
