import type {TextBlock} from '../core/types.js'
import {countryName, countryNames, typeOfName} from '../entities/typeOfName.js'
import {foldScript} from '../script/foldScript.js'
import type {DelegationRole, MeetingEvent, StatedPosition} from './eventTypes.js'
import {eventIri} from './eventIri.js'
import {datesOf, type DocumentView} from './textTools.js'

/** Headings of sessions: `第一轮`, `第二阶段`, `三方会谈`, each maybe with its dates in brackets. */
const sessionHeading = /^(第[一二三四五六七八九十\d]+(?:轮|阶段|次会议|次会谈)|[\p{Script=Han}]{1,6}会谈)\s*(?:[（(].*[)）])?$/u
const labels: Array<{kind: 'venue' | 'heads' | 'positions' | 'outcomes'; pattern: RegExp}> = [
  {kind: 'venue', pattern: /(地点|地址|会场|场所)$/},
  {kind: 'heads', pattern: /(团长|代表团|代表)$/},
  {kind: 'positions', pattern: /立场$/},
  {kind: 'outcomes', pattern: /(成果|结果|成就)$/}
]

interface Labelled {
  kind: 'venue' | 'heads' | 'positions' | 'outcomes'
  label: string
  items: TextBlock[]
}

/** The lists of a section, by the label line before them (`会谈地点`, `各国代表团团长`, …). */
function labelledLists(view: DocumentView, blocks: TextBlock[]): Labelled[] {
  const lists: Labelled[] = []
  let current: Labelled | undefined
  for (const block of blocks) {
    if (block.kind !== 'listItem') {
      current = undefined
      continue
    }
    const text = foldScript(view.textOf(block)).trim()
    const label = [...text].length <= 12 && !/[。，：；！？]/.test(text) ? labels.find((candidate) => candidate.pattern.test(text)) : undefined
    if (label) {
      current = {kind: label.kind, label: text, items: []}
      lists.push(current)
    } else if (current) {
      current.items.push(block)
    }
  }
  return lists
}

/** The first state named in a text, by its canonical short name (`俄罗斯联邦驻中华人民共和国大使` → 俄罗斯). */
export function firstCountryIn(text: string): string | undefined {
  const folded = foldScript(text)
  let best: {at: number; name: string} | undefined
  for (const name of countryNames()) {
    if ([...name].length < 2 || /方$/.test(name)) continue
    const at = folded.indexOf(name)
    if (at !== -1 && (!best || at < best.at || (at === best.at && name.length > best.name.length))) best = {at, name}
  }
  return best ? countryName(best.name) : undefined
}

/** A delegation line: `金桂冠，朝鲜外务省副相。`, `詹姆斯·凯利`, or only a title when the name was lost. */
function readRole(view: DocumentView, block: TextBlock, roleName: string): DelegationRole {
  const line = view.textOf(block).replace(/[。.\s]+$/, '')
  const comma = line.search(/[，,]/)
  const namePart = comma === -1 ? line : line.slice(0, comma)
  const titlePart = comma === -1 ? '' : line.slice(comma + 1).trim()
  const nameEnd = block.start + [...namePart].length
  const person = view.mentionsIn({start: block.start, end: nameEnd}).find((mention) => mention.type === 'Person')
  const role: DelegationRole = {roleName, start: block.start, end: block.end}
  let title = titlePart
  if (person) {
    role.person = person.name
    role.personSpan = {start: person.start, end: person.end}
  }
  else if (comma !== -1 && typeOfName(namePart)?.type === 'Person') role.person = foldScript(namePart)
  else if (comma === -1 && typeOfName(namePart)?.type !== 'Person') title = namePart
  else if (comma === -1) role.person = foldScript(namePart)
  if (title) {
    role.description = title
    const country = firstCountryIn(title)
    if (country) {
      role.country = country
      role.countryFrom = 'title'
    }
  }
  return role
}

/**
 * The order a page lists the states in, learned from the lines whose titles
 * name their state: position → the state most lines at that position name.
 */
function learnOrder(lists: DelegationRole[][]): string[] {
  const votes: Array<Map<string, number>> = []
  for (const roles of lists) {
    for (const [index, role] of roles.entries()) {
      if (role.countryFrom !== 'title') continue
      votes[index] ??= new Map()
      votes[index]!.set(role.country!, (votes[index]!.get(role.country!) ?? 0) + 1)
    }
  }
  return votes.map((counts) => [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '')
}

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
  const isMeeting = (node: SessionNode): boolean =>
    view.timesIn(node.heading).length > 0 || labelledLists(view, node.own).length > 0 || node.children.some(isMeeting)
  for (const [index, heading] of headings.entries()) {
    if (!isSession(heading)) continue
    const parent = headings.slice(0, index).reverse().find((other) => (other.depth ?? 0) < (heading.depth ?? 0))
    if (parent && isSession(parent)) continue // built with its parent
    const node = build(index)
    if (isMeeting(node)) nodes.push(node)
  }
  if (nodes.length === 0) return []

  const events: MeetingEvent[] = []
  const headLists: Array<{event: MeetingEvent; roles: DelegationRole[]; items: TextBlock[]; positions?: Labelled}> = []
  const series = seriesName ?? ''

  const visit = (node: SessionNode, parent: MeetingEvent | undefined, inheritedVenue: MeetingEvent['location']): MeetingEvent => {
    const base = node.title.replace(/\s*[（(].*[)）]\s*$/, '').trim()
    const name = parent ? `${parent.name}${base}` : /^第.+轮$/.test(base) ? `${base}${series}` : base
    const time = view.timesIn(node.heading)[0]
    const lists = labelledLists(view, node.own)
    const venueList = lists.find((list) => list.kind === 'venue')
    const venueBlock = venueList?.items[0]
    const location = venueBlock
      ? {name: view.textOf(venueBlock).replace(/[。\s]+$/, ''), within: view.mentionsIn(venueBlock).filter((mention) => /Country|City|Place/.test(mention.type)).map((mention) => mention.name), span: {start: venueBlock.start, end: venueBlock.end}}
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

  const order = learnOrder(headLists.map((list) => list.roles))
  for (const {event, roles, items, positions} of headLists) {
    for (const [index, role] of roles.entries()) {
      const expected = order[index]
      if (role.country && expected && role.country !== expected) {
        view.warn(`The title of a delegation head of ${event.name} names ${role.country}, but this page lists ${expected} at position ${index + 1}; kept ${role.country}`, items[index], 'delegation-country-conflict')
      } else if (!role.country && expected) {
        role.country = expected
        role.countryFrom = 'order'
      } else if (!role.country) {
        view.warn(`No state for the delegation head of ${event.name} at position ${index + 1}: the line names none and the page keeps no order`, items[index], 'delegation-country-unknown')
      }
      if (!role.person) {
        view.warn(`The line gives no name for the head of the ${role.country ?? 'unknown'} delegation to ${event.name}; the role has no attendee`, items[index], 'delegation-name-missing')
      }
    }
    if (positions) {
      event.positions = positions.items.map((item, index): StatedPosition => {
        const country = roles[index]?.country ?? order[index]
        return {...(country ? {country} : {}), text: view.textOf(item)}
      })
    }
  }
  return events
}
