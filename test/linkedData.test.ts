import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {context} from '../src/jsonld/context.js'
import {recordQuads, validateQuads} from '../src/validate/validateRecords.js'
import {root, runCompiled} from './helpers/runScript.js'

// The compiled commands, as `npm run validate` / `npm run query` run them.
const run = (script: string, args: string[]) => runCompiled(script.includes('validate') ? 'validate' : 'query', args)

/** A committed record of `output/` (CI fails when regenerating it changes a byte). */
const golden = (stem: string) => JSON.parse(readFileSync(path.join(root, 'output', `${stem}.jsonld`), 'utf8'))
const talks = '001_93568b05bcb00704'
// The smallest golden record with dated events that have attendees (the talks, ten times its size, is the only one with roles).
const summits = '000_cfe1157ed7f64661'
/** An event of the summits with attendees and a startDate (and no other date the shapes accept instead). */
const datedEvents = (record: any) => record['@graph'].filter((node: any) => node['kpd:eventKind'] && node.startDate && !node['kpd:date'] && !node['kpd:plannedDate'])
const attendedEvent = (record: any) => datedEvents(record).find((node: any) => [node.attendee ?? []].flat().length > 0)

async function violationsOf(record: object) {
  return validateQuads(await recordQuads(record))
}

/** The quads of an unchanged golden record, converted once for the tests that only read them. */
const goldenQuads = new Map<string, ReturnType<typeof recordQuads>>()
const quadsOf = (stem: string) => {
  if (!goldenQuads.has(stem)) goldenQuads.set(stem, recordQuads(golden(stem)))
  return goldenQuads.get(stem)!
}

describe('SHACL shapes', () => {
  it.each(['000_cfe1157ed7f64661', talks, '002_81916d54a5620362', '003_79253318ac80a605', '004_8b28bf2e2f96db07'])('accept the golden record %s', async (stem) => {
    expect(await validateQuads(await quadsOf(stem))).toEqual([])
  })

  it('reject an event with attendees but no startDate, naming startDate', async () => {
    const record = golden(summits)
    const event = attendedEvent(record)
    delete event.startDate
    const violations = await violationsOf(record)
    expect(violations).toHaveLength(1)
    expect(violations[0]!.focusNode).toBe(event['@id'])
    expect(violations[0]!.message).toContain('startDate')
  })

  // One validation of the talks (the only golden record with roles, ten times the size of the others) for the two damaged
  // roles: each damage on a role of its own (a Role's shapes read that node only); each test checks its role's violations
  // and that the other role's are the only other ones.
  let damagedRoles: Promise<{missingCountry: string; twoTitles: string; violations: Awaited<ReturnType<typeof violationsOf>>}> | undefined
  const validateRoles = () =>
    (damagedRoles ??= (async () => {
      const record = golden(talks)
      const roles = record['@graph'].find((node: any) => node['kpd:eventKind'] === 'session').attendee
      const missingCountry = roles[0]
      delete missingCountry.represents
      const twoTitles = roles.find((node: any) => node !== missingCountry && node.description)
      twoTitles.description = [twoTitles.description, '另一个头衔']
      return {missingCountry: missingCountry['@id'], twoTitles: twoTitles['@id'], violations: await violationsOf(record)}
    })())
  const pairs = (violations: Awaited<ReturnType<typeof violationsOf>>) => violations.map((violation) => [violation.focusNode, violation.path])

  it('reject a role that represents no country', async () => {
    const {missingCountry, twoTitles, violations} = await validateRoles()
    expect(missingCountry).not.toBe(twoTitles)
    expect(pairs(violations.filter((violation) => violation.focusNode !== twoTitles))).toEqual([[missingCountry, 'http://www.wikidata.org/prop/direct/P1268']])
  })

  it('reject an annotation whose offsets do not select its quote', async () => {
    const record = golden('002_81916d54a5620362')
    const annotation = record['@graph'].find((node: any) => node['@type'] === 'oa:Annotation')
    annotation['oa:hasTarget']['oa:hasSelector'][0]['oa:start'] += 1
    const violations = await violationsOf(record)
    expect(violations.map((violation) => violation.focusNode)).toEqual([annotation['@id']])
    expect(violations[0]!.message).toContain('offsets')
  })

  it('reject an annotation without its quote selector', async () => {
    const record = golden('002_81916d54a5620362')
    const annotation = record['@graph'].find((node: any) => node['@type'] === 'oa:Annotation')
    annotation['oa:hasTarget']['oa:hasSelector'].pop()
    expect((await violationsOf(record)).length).toBeGreaterThan(0)
  })

  it('reject an impossible day, typed xsd:date (2018-02-30)', async () => {
    const record = golden(summits)
    const event = attendedEvent(record)
    event.startDate = '2018-02-30'
    event.endDate = '2018-03-01'
    const violations = await violationsOf(record)
    expect(violations.map((violation) => [violation.focusNode, violation.path])).toContainEqual([event['@id'], 'https://schema.org/startDate'])
  })

  const days = [
    ['2019-02-29', false, 'not a leap year'],
    ['1900-02-29', false, 'a century not divisible by 400'],
    ['2020-02-29', true, 'divisible by 4'],
    ['2000-02-29', true, 'a century divisible by 400']
  ] as const
  // One validation for the four days: each on an event of its own of the summits (an event's date shapes read that event only).
  let eventsWithDays: Promise<{ids: string[]; violations: Awaited<ReturnType<typeof violationsOf>>}> | undefined
  const validateDays = () =>
    (eventsWithDays ??= (async () => {
      const record = golden(summits)
      const events = datedEvents(record).slice(0, days.length)
      events.forEach((event: any, index: number) => {
        event.startDate = days[index]![0]
        event.endDate = '2021-01-01'
      })
      return {ids: events.map((event: any) => event['@id']), violations: await violationsOf(record)}
    })())

  it.each(days.map(([day, real, why], index) => [day, real, why, index] as const))('take %s as a real day: %s (%s)', async (_day, real, _why, index) => {
    const {ids, violations} = await validateDays()
    expect(ids).toHaveLength(days.length)
    const paths = violations.filter((violation) => violation.focusNode === ids[index]).map((violation) => violation.path)
    expect(paths.includes('https://schema.org/startDate')).toBe(!real)
  })

  it('reject an endDate before the startDate', async () => {
    const record = golden(summits)
    const event = attendedEvent(record)
    event.startDate = '2000-06-13'
    event.endDate = '2000-06-12'
    const violations = await violationsOf(record)
    expect(violations).toHaveLength(1)
    expect(violations[0]!.message).toContain('endDate is before')
  })

  it('reject two titles on one Role', async () => {
    // The same validation as 'reject a role that represents no country' above: the other damaged role is that one.
    const {missingCountry, twoTitles, violations} = await validateRoles()
    expect(pairs(violations.filter((violation) => violation.focusNode !== missingCountry))).toEqual([[twoTitles, 'https://schema.org/description']])
  })

  it('reject a link whose body is not an http(s) IRI', async () => {
    const record = golden('000_cfe1157ed7f64661')
    const link = record['@graph'].find((node: any) => node['oa:motivatedBy'] === 'oa:linking')
    link['oa:hasBody'] = 'ftp://example.org/page'
    const violations = await violationsOf(record)
    // Two shapes say it (the link-body pattern and the annotation's http(s) body): both name this link.
    expect(new Set(violations.map((violation) => violation.focusNode))).toEqual(new Set([link['@id']]))
    expect(violations[0]!.message).toContain('http(s)')
  })

  it('type dates, tag languages, and derive every event, role, date, place and attendee from annotations', async () => {
    const quads = await quadsOf(talks)
    const objects = (predicate: string) => quads.filter((quad) => quad.predicate.value === predicate).map((quad) => quad.object)
    expect(new Set(objects('https://schema.org/startDate').map((term: any) => term.datatype.value))).toEqual(new Set(['http://www.w3.org/2001/XMLSchema#date']))
    const languages = new Set(objects('https://schema.org/name').map((term: any) => term.language.toLowerCase()))
    expect([...languages].sort()).toEqual(['zh-hans'])
    const annotations = new Set(quads.filter((quad) => quad.object.value === 'http://www.w3.org/ns/oa#Annotation').map((quad) => quad.subject.value))
    for (const predicate of ['http://www.w3.org/ns/prov#wasDerivedFrom', 'https://w3id.org/kpdd/ns#dateFrom', 'https://w3id.org/kpdd/ns#placeFrom', 'https://w3id.org/kpdd/ns#attendeeFrom']) {
      expect(objects(predicate).length, predicate).toBeGreaterThan(0)
      for (const object of objects(predicate)) expect(annotations.has(object.value), object.value).toBe(true)
    }
    const roles = quads.filter((quad) => quad.object.value === 'https://schema.org/Role').map((quad) => quad.subject.value)
    expect(roles.length).toBe(63)
    for (const role of roles) expect(role).toMatch(/#role-[^#]+$/)
  })

  it('leave no entity or event a blank node', async () => {
    const quads = await quadsOf(talks)
    const typed = quads.filter((quad) => quad.predicate.value.endsWith('#type') && /schema\.org\/(Person|Country|City|Place|Organization|GovernmentOrganization|Event|Legislation)$/.test(quad.object.value))
    expect(typed.length).toBeGreaterThan(100)
    for (const quad of typed) expect(quad.subject.termType).toBe('NamedNode')
  })
})

describe('the validate and query commands', () => {
  it('validate fails, exit 1, naming startDate, once startDate is removed from the events with attendees of the summits', async () => {
    // Exit 0 on an undamaged output folder is tested in validateHardening.test.ts; every golden record was validated above.
    // The summits, not the talks (ten times their size): what is tested is the command's report and exit status.
    const damaged = mkdtempSync(path.join(tmpdir(), 'kpd-validate-'))
    cpSync(path.join(root, 'output', 'manifest.json'), path.join(damaged, 'manifest.json'))
    writeFileSync(path.join(damaged, 'dataset.nq'), '')
    const record = golden(summits)
    const events = datedEvents(record).filter((node: any) => [node.attendee ?? []].flat().length > 0)
    expect(events.length).toBeGreaterThan(1)
    for (const event of events) delete event.startDate
    writeFileSync(path.join(damaged, `${summits}.jsonld`), JSON.stringify(record))
    const bad = await run('src/cli/validate.ts', ['--data', damaged])
    expect(bad.code).toBe(1)
    // One violation for each event ('reject an event with attendees but no startDate, naming startDate' above).
    expect(bad.stdout).toMatch(new RegExp(`\\b${events.length} violations`))
    const lines = bad.stdout.split('\n')
    for (const event of events)
      expect(
        lines.filter((line) => line.startsWith(`${summits}.jsonld: ${event['@id']}:`) && line.includes('startDate')),
        event['@id']
      ).toHaveLength(1)
  }, 900_000)

  it('query prints the heads of the 2005-09-13 session from the dataset', async () => {
    const result = await run('src/cli/query.ts', ['--data', 'output', '--query', 'queries/heads-of-session-2005-09-13.rq', '--format', 'csv'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('country,head\n中国,武大伟\n俄罗斯,亚历山大·阿列克谢耶夫\n日本,佐佐江贤一郎\n朝鲜,金桂冠\n美国,克里斯托弗·罗伯特·希尔\n韩国,宋旻淳\n')
  }, 60_000)

  it('query answers inline SPARQL as JSON and refuses a bad format', async () => {
    const result = await run('src/cli/query.ts', [
      '--data',
      'output',
      '--query',
      'PREFIX schema: <https://schema.org/> SELECT DISTINCT ?n WHERE { ?p a schema:Person ; schema:name ?x . BIND(STR(?x) AS ?n) FILTER(?n = "金正日") }',
      '--format',
      'json'
    ])
    expect(JSON.parse(result.stdout)).toEqual([{n: '金正日'}])
    expect((await run('src/cli/query.ts', ['--data', 'output', '--query', 'ASK {}', '--format', 'xml'])).code).toBe(2)
  }, 60_000)

  it('ships the context as a file equal to the inline one', () => {
    expect(JSON.parse(readFileSync(path.join(root, 'output/context.jsonld'), 'utf8'))).toEqual({'@context': context})
  })
})
