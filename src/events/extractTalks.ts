import type {TextBlock} from '../core/types.js'
import {foldScript} from '../script/foldScript.js'
import {readRole} from './delegationLine.js'
import {assignStates, type HeadList} from './delegationOrder.js'
import type {MeetingEvent} from './eventTypes.js'
import {eventIri} from './eventIri.js'
import {labelledLists} from './labelledLists.js'
import {datesOf, type DocumentView} from './textTools.js'

/** Headings of sessions: `第一轮`, `第二阶段`, `三方会谈`, each maybe with its dates in brackets. */
const sessionHeading = /^(第[一二三四五六七八九十\d]+(?:轮|阶段|次会议|次会谈)|[\p{Script=Han}]{1,6}会谈)\s*(?:[（(].*[)）])?$/u
interface SessionNode {
  heading: TextBlock
  title: string
  children: SessionNode[]
  /** Blocks between the heading and the first child heading or the section's end. */
  own: TextBlock[]
  /** All blocks of the section. */
  all: TextBlock[]
}

/**
 * Series, rounds and sessions of talks from the structure of the page:
 * headings named like sessions (with their dates), and under them the
 * labelled lists of venue, heads of delegation, positions and outcomes. A
 * delegation line's state comes from its title, else from the order the page
 * keeps in its lists; a name the line does not give stays out.
 */
export function extractTalks(view: DocumentView, seriesName: string | undefined, seriesId: string | undefined): MeetingEvent[] {
  const headings = view.blocks.filter((block) => block.kind === 'heading')
  const isSession = (block: TextBlock) => sessionHeading.test(foldScript(view.textOf(block)).trim())
  const nodes: SessionNode[] = []
  const build = (index: number): SessionNode => {
    const heading = headings[index]!
    const next = headings.slice(index + 1).find((other) => (other.depth ?? 0) <= (heading.depth ?? 0))
    const end = next ? next.start : view.characters.length
    const children: SessionNode[] = []
    for (let child = index + 1; child < headings.length && headings[child]!.start < end; child++) {
      const candidate = headings[child]!
      if ((candidate.depth ?? 0) === (heading.depth ?? 0) + 1 && isSession(candidate)) children.push(build(child))
    }
    const firstChild = children[0]?.heading.start ?? end
    return {
      heading,
      title: view.textOf(heading),
      children,
      own: view.blocksIn({start: heading.end, end: firstChild}),
      all: view.blocksIn({start: heading.end, end})
    }
  }
  // A heading named like talks is a session only when the page dates it, lists
  // its venue or delegations, or holds sessions under it (`正式會談` is a topic).
  const isMeeting = (node: SessionNode): boolean => view.timesIn(node.heading).length > 0 || labelledLists(view, node.own).length > 0 || node.children.some(isMeeting)
  for (const [index, heading] of headings.entries()) {
    if (!isSession(heading)) continue
    const parent = headings
      .slice(0, index)
      .reverse()
      .find((other) => (other.depth ?? 0) < (heading.depth ?? 0))
    if (parent && isSession(parent)) continue // built with its parent
    const node = build(index)
    if (isMeeting(node)) nodes.push(node)
  }
  if (nodes.length === 0) return []

  const events: MeetingEvent[] = []
  const headLists: HeadList[] = []
  const series = seriesName ?? ''

  const visit = (node: SessionNode, parent: MeetingEvent | undefined, inheritedVenue: MeetingEvent['location']): MeetingEvent => {
    const base = node.title.replace(/\s*[（(].*[)）]\s*$/, '').trim()
    const name = parent ? `${parent.name}${base}` : /^第.+轮$/.test(base) ? `${base}${series}` : base
    const time = view.timesIn(node.heading)[0]
    const lists = labelledLists(view, node.own)
    const venueList = lists.find((list) => list.kind === 'venue')
    const venueBlock = venueList?.items[0]
    const location = venueBlock
      ? {
          name: view.textOf(venueBlock).replace(/[。\s]+$/, ''),
          within: view
            .mentionsIn(venueBlock)
            .filter((mention) => /Country|City|Place/.test(mention.type))
            .map((mention) => mention.name),
          span: {start: venueBlock.start, end: venueBlock.end}
        }
      : inheritedVenue
    const event: MeetingEvent = {
      id: '',
      kind: node.children.length > 0 ? 'round' : 'session',
      name,
      description: node.title,
      ...(time ? datesOf(time.value) : {}),
      ...(location ? {location} : {}),
      ...(parent ? {superEvent: parent.id} : seriesId ? {superEvent: seriesId} : {}),
      attendees: [],
      roles: [],
      positions: [],
      outcomes: [],
      documents: [],
      evidence: [{start: node.heading.start, end: node.heading.end}],
      ...(time ? {dateSpan: {start: time.start, end: time.end}} : {}),
      start: node.heading.start
    }
    event.id = eventIri(event.kind as 'session' | 'round', event.startDate, event.name)
    events.push(event)
    for (const list of lists) {
      if (list.kind === 'heads') {
        const roleName = /团长/.test(list.label) ? '团长' : list.label
        const roles = list.items.filter((item) => (item.depth ?? 1) === (list.items[0]?.depth ?? 1)).map((item) => readRole(view, item, roleName))
        headLists.push({event, roles, items: list.items, positions: lists.find((other) => other.kind === 'positions')})
        event.roles = roles
      } else if (list.kind === 'outcomes') {
        event.outcomes = list.items.map((item) => view.textOf(item))
      }
    }
    if (!lists.some((list) => list.kind === 'heads')) {
      const positions = lists.find((list) => list.kind === 'positions')
      if (positions) headLists.push({event, roles: [], items: [], positions})
    }
    for (const child of node.children) if (isMeeting(child)) visit(child, event, location)
    if (!event.startDate && node.children.length > 0) {
      const children = events.filter((other) => other.superEvent === event.id && other.startDate)
      const starts = children.map((child) => child.startDate!).sort()
      const ends = children.map((child) => child.endDate ?? child.startDate!).sort()
      if (starts.length > 0) {
        event.startDate = starts[0]
        event.endDate = ends[ends.length - 1]
        // The round's IRI is minted from its first day, now known: its phases point to it.
        const id = eventIri('round', event.startDate, event.name)
        for (const child of children) child.superEvent = id
        event.id = id
      }
    }
    return event
  }
  for (const node of nodes) visit(node, undefined, undefined)

  assignStates(view, headLists)
  return events
}
