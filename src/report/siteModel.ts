import {groupMeetings, type Meeting} from './groupMeetings.js'
import type {Dataset, DocumentView, EntityView, ManifestEntry, TextAnnotation} from './model.js'
import {pushTo} from '../core/collect.js'

/** The dataset with the look-ups the pages share. */
export interface SiteModel {
  dataset: Dataset
  documents: DocumentView[]
  meetings: Meeting[]
  meetingOfEvent: Map<string, Meeting>
  entity: (iri: string) => EntityView | undefined
  manifestOf: (doc: DocumentView) => ManifestEntry | undefined
  /** Every mention annotation of an entity, with its document. */
  mentionsOf: (iri: string) => Array<{doc: DocumentView; annotation: TextAnnotation}>
}

export function buildSiteModel(dataset: Dataset): SiteModel {
  const documents = [...dataset.documents].sort((a, b) => a.stem.localeCompare(b.stem))
  const meetings = groupMeetings(documents.flatMap((doc) => doc.events))
  const meetingOfEvent = new Map<string, Meeting>()
  for (const meeting of meetings) for (const event of meeting.events) meetingOfEvent.set(event.iri, meeting)
  const mentions = new Map<string, Array<{doc: DocumentView; annotation: TextAnnotation}>>()
  for (const doc of documents) {
    for (const annotation of doc.annotations) {
      if (annotation.kind !== 'mention') continue
      pushTo(mentions, annotation.value, {doc, annotation})
    }
  }
  const byRecord = new Map(dataset.manifest.map((entry) => [entry.record ?? '', entry]))
  const bySource = new Map(dataset.manifest.map((entry) => [entry.file, entry]))
  return {
    dataset,
    documents,
    meetings,
    meetingOfEvent,
    entity: (iri) => dataset.entities.get(iri),
    manifestOf: (doc) => byRecord.get(doc.recordFile) ?? (doc.sourceFile ? bySource.get(doc.sourceFile) : undefined),
    mentionsOf: (iri) => mentions.get(iri) ?? []
  }
}
