import type {VFile} from 'vfile'

/** The facts a record states, as comparable strings: dates, entities, events. */
export interface RecordFacts {
  /** `exact → value[ mod]` per time expression. */
  dates: string[]
  /** `Type name` per entity. */
  entities: string[]
  /** `kind name start/end @place: attendees` per event. */
  events: string[]
}

export function recordFacts(file: VFile): RecordFacts {
  const dates = (file.data.times ?? []).map((time) => `${time.exact} → ${time.value}${time.mod ? ` ${time.mod}` : ''}`)
  const entities = (file.data.entities ?? []).map((entity) => `${entity.type} ${entity.name}`).sort()
  const events = (file.data.events ?? []).map((event) => `${event.kind} ${event.name} ${event.startDate ?? event.date ?? ''}/${event.endDate ?? ''} @${event.location?.name ?? ''}: ${[...event.attendees].sort().join('、')}`)
  return {dates, entities, events}
}

/** What one side has that the other lacks, per kind of fact (as multisets). */
export interface FactsDiff {
  kind: keyof RecordFacts
  onlyLeft: string[]
  onlyRight: string[]
}

function minus(a: string[], b: string[]): string[] {
  const rest = [...b]
  return a.filter((item) => {
    const index = rest.indexOf(item)
    if (index < 0) return true
    rest.splice(index, 1)
    return false
  })
}

export function diffFacts(left: RecordFacts, right: RecordFacts): FactsDiff[] {
  return (['dates', 'entities', 'events'] as const).map((kind) => ({kind, onlyLeft: minus(left[kind], right[kind]), onlyRight: minus(right[kind], left[kind])})).filter((diff) => diff.onlyLeft.length > 0 || diff.onlyRight.length > 0)
}
