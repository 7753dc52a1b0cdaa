import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Lexicon} from './buildLexicon.js'
import {englishCandidates} from './englishEntities.js'
import type {EntityMention, EntityType, MentionSource} from './entityTypes.js'
import {
  acronymsAfter,
  acronymsAlone,
  bodyChains,
  bracketedWorks,
  type Candidate,
  cutsWord,
  dictionaryCandidates,
  foldedCharacters,
  headOfficeCandidates,
  latinNameCandidates,
  malformedEnd,
  namedBodyCandidates,
  numberedCandidates,
  patternCandidates,
  personCandidates,
  placeCandidates,
  qualifyBareBodies,
  subBodiesAfter,
  titledBodiesAfter
} from './findCandidates.js'
import {canonicalName, normalizeName} from './identity.js'
import {resolveShortBodies, resolveShortEvents} from './eventNames.js'
import {aliasCandidates, personShaped} from './rules/aliases.js'
import {pageRenderings} from './rules/pageRenderings.js'
import {leadOtherNames} from './rules/leadOtherNames.js'
import {datedNamesInBrackets, namesOfTitle, titleKindCandidates, titleNameCandidates} from './rules/definedNames.js'
import {leaderNicknameCandidates} from './rules/leaderNicknames.js'
import {namesInLead} from './rules/leadNames.js'
import {namesInLeadBrackets} from './rules/bracketNames.js'
import {surnameSubjectCandidates} from './rules/surnameSubjects.js'
import {aliasPeopleCandidates} from './rules/aliasPeople.js'
import {pairSummitCandidates, titleYear} from './rules/pairSummits.js'
import {datedPairSummitCandidates} from './rules/datedPairSummits.js'
import {delegationBodies, delegationMembers} from './rules/delegationLists.js'
import {ownNamesOfBodies} from './rules/ownNames.js'
import {withoutNamesOfOthers} from './rules/namedAfter.js'
import {addressUnits} from './rules/addresses.js'
import {hangulNameCandidates} from './rules/hangulNames.js'
import {divisionCandidates} from './rules/divisions.js'
import {cityName} from './rules/cityNames.js'
import {armyUnitsAfter} from './rules/armyUnits.js'
import {resolveLinkedBodies} from './rules/linkedBodies.js'
import {qualifyPartyOrgans} from './rules/partyOrgans.js'
import {bodiesAfterPeople} from './rules/personBodies.js'
import {bodiesOfGeneralResolutions} from './rules/generalResolutions.js'
import {partyOrgansAlone} from './rules/organsAlone.js'
import {listedPeople} from './rules/personLists.js'
import {resolveUnitsAlone, shortBodyNames} from './rules/shortBodies.js'
import {kindsAlone} from './rules/kindsAlone.js'
import {regionalCommittees} from './rules/regionalCommittees.js'
import {committeeMeetings} from './rules/committeeMeetings.js'
import {armyShortNames} from './rules/armyShortNames.js'
import {numberedUnitsAlone} from './rules/numberedUnitsAlone.js'
import {countedElectionCandidates} from './rules/countedElections.js'
import {legislatureCommittees} from './rules/legislatureCommittees.js'
import {partySuccessions} from './rules/partySuccessions.js'
import {partyMergers} from './rules/partyMergers.js'
import {partyShortNames} from './rules/partyShortNames.js'
import {dateNamedEvents} from './rules/dateNamedEvents.js'
import {pairBodies} from './rules/pairBodies.js'
import {quotedGroups} from './rules/quotedGroups.js'
import {bareUnits} from './rules/bareUnits.js'
import {groupEntities} from './groupEntities.js'
import {resolveShortNames, surnameWithTitle} from './personNames.js'
import {createSegmenter, type Segmenter, tagPlain} from './jieba.js'
import {sameOriginalName} from './rules/latinNames.js'
import {staticNames} from './staticNames.js'
import {cleanTitle, typeOfName} from './typeOfName.js'
import {leadDefinesPerson, leadTyping} from './typing/lead.js'
import {leadNamesOfficeHolder} from './typing/officeLeads.js'
import {isGivenName} from './vocabulary/nameCharacters.js'
import {surnameOf} from './vocabulary/surnames.js'
import {foldScript} from '../script/foldScript.js'
import {pushAll} from '../core/collect.js'
import {tokenLookup} from './tokenLookup.js'

declare module 'unified' {
  interface Data {
    /** The entity step's segmenter (jieba with the lexicon's names), for a caller that loads it ahead. */
    entitySegmenter?: Segmenter
  }
}

export interface ExtractEntitiesOptions {
  /** Names gathered from the links of the whole batch (`buildLexicon`). */
  lexicon?: Lexicon
}

const strength: Record<MentionSource, number> = {link: 0, lexicon: 1, gazetteer: 2, rule: 3, document: 4, nlp: 5}

export {entityIri} from './identity.js'

/** Longest first, then the strongest evidence; a position is taken once. */
function settle(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || strength[a.source] - strength[b.source] || a.start - b.start || (a.name < b.name ? -1 : 1))
  // Which taken candidate (1-based) covers each code point: a candidate's overlap check costs its length,
  // not the number taken so far (that was quadratic: minutes on a 5 MB line).
  const owner = new Int32Array(ordered.reduce((most, candidate) => Math.max(most, candidate.end), 0) + 1)
  const taken: Candidate[] = []
  for (const candidate of ordered) {
    if (overlapsTaken(owner, candidate)) continue
    taken.push(candidate)
    owner.fill(taken.length, candidate.start, candidate.end)
  }
  return taken.sort((a, b) => a.start - b.start)
}

/** Whether `candidate` shares a code point with a taken one; an empty candidate overlaps when it falls strictly inside one. */
function overlapsTaken(owner: Int32Array, candidate: Candidate): boolean {
  if (candidate.start === candidate.end) return candidate.start > 0 && owner[candidate.start]! !== 0 && owner[candidate.start - 1] === owner[candidate.start]
  for (let at = candidate.start; at < candidate.end; at++) if (owner[at] !== 0) return true
  return false
}

/**
 * Finds, types and names the people, places, organizations, events and
 * documents of the text (`file.data.entityMentions`, `file.data.entities`).
 * Evidence, strongest first: the document's own links, the batch lexicon of
 * linked names, general knowledge of states and cities, rules on the shape of
 * names, jieba's segmentation for names next to an office. A person's short
 * name (`凯利`, `金委员长`) takes the full name the document gives it when only
 * one fits; a candidate that cannot be typed is left out.
 */
export default function extractEntities(this: Processor, options: ExtractEntitiesOptions = {}) {
  const lexicon = options.lexicon ?? new Map()
  // General knowledge is always in jieba's dictionary: a batch whose links repeat it segments the same.
  const segmenter = createSegmenter([...staticNames.keys(), ...lexicon.keys()])
  this.data('entitySegmenter', segmenter)
  return function (_tree: unknown, file: VFile) {
    const text = file.data.text ?? ''
    const characters = [...text]
    const candidates: Candidate[] = []
    const english = file.data.meta?.language === 'en'
    const titleNamesHere = new Set<string>()

    if (english) {
      pushAll(candidates, englishCandidates(text))
    } else {
      const folded = foldedCharacters(text)
      for (const link of file.data.links ?? []) {
        if (link.alignment === 'unaligned' || !link.pageTitle) continue
        const entry = lexicon.get(folded.slice(link.start, link.end).join(''))
        if (entry) candidates.push({start: link.start, end: link.end, type: entry.type, name: entry.name, source: 'link', ...(entry.sameAs ? {sameAs: entry.sameAs} : {})})
      }
      const tokens = segmenter.tag(folded.join(''))
      // jieba's own reading (without the batch's names) for places: a batch's name must not swallow a county's.
      const plainTokens = tagPlain(folded.join(''))
      const ownTitle = titleNames(file, folded.join(''))
      for (const typing of ownTitle.values()) titleNamesHere.add(typing.name)
      const known = (name: string) => lexicon.has(name) || staticNames.has(name) || ownTitle.has(name)
      pushAll(
        candidates,
        dictionaryCandidates(folded, lexicon, ownTitle),
        numberedCandidates(folded, tokens, known),
        bracketedWorks(folded),
        patternCandidates(folded, tokens),
        personCandidates(tokens),
        placeCandidates(plainTokens),
        divisionCandidates(plainTokens),
        namedBodyCandidates(tokens),
        headOfficeCandidates(tokens)
      )
      pushAll(candidates, countedElectionCandidates(folded), dateNamedEvents(folded))
      const committees = regionalCommittees(folded, tokens)
      pushAll(candidates, committees, committeeMeetings(committees, folded))
      // What the document says once names it everywhere: people by their full and last names.
      // People listed one per line, the rest of a list of people the rules found.
      pushAll(candidates, listedPeople(folded, settle(candidates)))
      // Other names the text gives a person (`又名某某`, `绰号“某某”`) name that person; they replace what a rule read there.
      const pagePerson = [...ownTitle.values()].find((typing) => typing.type === 'Person')?.name
      // …unless a linked page of the batch bears that other name: then it is that page's (the link is stronger evidence).
      // The other names a person's lead gives them (`字甲，号乙，原名丙`): those shaped like a name are spread page-wide below.
      const leadNames = leadOtherNames(folded, pagePerson)
      const allAliases = [...aliasCandidates(folded, settle(candidates), pagePerson), ...leadNames.filter((name) => personShaped(folded.slice(name.start, name.end).join('')))]
      const aliases = allAliases.filter((alias) => {
        const linked = lexicon.get(folded.slice(alias.start, alias.end).join(''))
        return !linked || linked.name === alias.name
      })
      // …but the other renderings a page's lead gives its own person name that person all over the page.
      pushAll(aliases, pageRenderings(folded, allAliases, pagePerson), leadNames)
      const aliasSpans = new Set(aliases.map((alias) => `${alias.start}:${alias.end}`))
      const kept = candidates.filter((candidate) => candidate.type !== 'Person' || !aliasSpans.has(`${candidate.start}:${candidate.end}`))
      // Not `splice(0, n, ...kept)`: a long text's candidates spread as arguments overflow the stack.
      candidates.length = 0
      pushAll(candidates, kept, aliases)
      // Other names a page gives its own subject (`《某某条约》，全称《…》`), and a document's name by date in brackets
      // after another (`《某某声明》（即《9·19共同声明》）`), name it wherever they stand.
      const [titleSurface, titleTyping] = [...ownTitle.entries()][0] ?? []
      const linkedName = (surface: string) => lexicon.get(normalizeName(surface))?.name
      const subject = titleSurface && titleTyping ? {surface: titleSurface, ...titleTyping} : undefined
      const subjectDefined = new Map([...datedNamesInBrackets(folded, linkedName), ...namesOfTitle(folded, subject, linkedName), ...namesInLead(folded, subject, linkedName), ...namesInLeadBrackets(folded, subject, linkedName)])
      const subjectNames = [...titleKindCandidates(folded, titleTyping), ...titleNameCandidates(folded, subjectDefined)]
      if (subjectNames.length > 0) {
        const named = new Set(subjectNames.map((candidate) => `${candidate.start}:${candidate.end}`))
        const others = candidates.filter((candidate) => !named.has(`${candidate.start}:${candidate.end}`))
        candidates.length = 0
        pushAll(candidates, others, subjectNames)
      }
      // A page about a person names them so too, whether or not its lead writes the title as it stands.
      const documentNames = new Map<string, {type: EntityType; name: string}>()
      const people = [
        ...settle(candidates)
          .filter((candidate) => candidate.type === 'Person')
          .map((candidate) => ({surface: folded.slice(candidate.start, candidate.end).join(''), name: candidate.name})),
        ...[...ownTitle.entries()].filter(([, typing]) => typing.type === 'Person').map(([surface, typing]) => ({surface, name: typing.name}))
      ]
      for (const {surface, name} of people) {
        documentNames.set(surface, {type: 'Person', name})
        const parts = name.split('·')
        const last = parts[parts.length - 1]!
        if (parts.length > 1 && [...last].length >= 2) documentNames.set(last, {type: 'Person', name})
      }
      // …where they are words of their own (`最|高领导人` is not `高` + an office).
      const words = tokenLookup(tokens)
      const wordsOf = (found: Candidate[]) => found.filter((candidate) => !cutsWord(words, candidate.start, candidate.end))
      pushAll(candidates, wordsOf(dictionaryCandidates(folded, new Map(), documentNames)))
      pushAll(
        candidates,
        wordsOf(
          surnameWithTitle(
            folded,
            [...documentNames.values()].map((entry) => entry.name)
          )
        )
      )
      // `文又提倡…`: a surname alone as a clause's subject, for the one person of the document with it.
      pushAll(
        candidates,
        surnameSubjectCandidates(
          folded,
          people.map((person) => person.name),
          words
        )
      )
      // People by a written form the alias table gives them (`川普`), as words of their own.
      pushAll(candidates, aliasPeopleCandidates(folded, words))
      // A pair's summit without its date, on the page of an event of a year when the pair met once that year.
      pushAll(candidates, pairSummitCandidates(folded, titleSurface))
      // …elsewhere, when its sentence gives the year.
      pushAll(candidates, datedPairSummitCandidates(folded, titleYear(titleSurface)))
      // Summits named after two leaders the document names (`甲乙会`), as the page's summit of the same two when its lead names one so.
      pushAll(candidates, leaderNicknameCandidates(folded, people, subjectDefined, words))
      // Bodies by the short name of a full name the document gives (`劳动党` of `朝鲜劳动党`).
      pushAll(candidates, wordsOf(dictionaryCandidates(folded, new Map(), shortBodyNames(settle(candidates), folded))))
      // An army by the first characters of its last two words (`抗联` of `东北抗日联军`).
      pushAll(candidates, dictionaryCandidates(folded, new Map(), armyShortNames(settle(candidates))))
      // Parties in a chain of arrows with a party the document names (`甲党→民主党→乙联合`), what parties merge into, and a group's quoted name after its kind (`秘密组织“某某会”`), wherever they stand.
      pushAll(candidates, dictionaryCandidates(folded, new Map(), new Map([...partySuccessions(folded, settle(candidates)), ...partyMergers(folded, settle(candidates)), ...quotedGroups(folded)])))
      // A party by the first characters of its two words (`民自党` of `民主自由党`).
      pushAll(candidates, dictionaryCandidates(folded, new Map(), partyShortNames(settle(candidates))))
      // A kind of body alone (`常任委员会`) for the one body of that kind the document names in full.
      pushAll(candidates, wordsOf(dictionaryCandidates(folded, new Map(), kindsAlone(settle(candidates)))))
      const acronyms = acronymsAfter(settle(candidates), folded)
      pushAll(candidates, acronyms, acronymsAlone(acronyms, folded))
      pushAll(
        candidates,
        latinNameCandidates(
          folded,
          settle(candidates).filter((candidate) => candidate.type === 'Person')
        )
      )
      // A name's Korean-script form in brackets after it (`某某（朝鲜语：…）`) names the same thing.
      pushAll(candidates, hangulNameCandidates(folded, settle(candidates)))
      pushAll(candidates, subBodiesAfter(settle(candidates), folded, tokens))
      pushAll(candidates, bodyChains(settle(candidates)))
      // A pair's body (`韩日议员联盟`) after the chains: one written after a legislature is no unit of it.
      pushAll(candidates, pairBodies(folded))
      // An army's units by number after it (`人民军第2军团`).
      pushAll(candidates, armyUnitsAfter(settle(candidates), folded))
      // …and a unit by its number alone (`第七军`), for the one unit of that number named after its army.
      pushAll(candidates, numberedUnitsAlone(folded, settle(candidates)), bareUnits(folded))
      // The divisions of an address after one found (`某省某县|某镇|某村`).
      pushAll(candidates, addressUnits(settle(candidates), folded))
      // Bodies inside the posts of a delegation list, with the state of the list's other bodies, and its members by name.
      pushAll(candidates, delegationBodies(folded, settle(candidates)), delegationMembers(folded))
      // Bodies named after a person (`某某治丧委员会`): the longest span, not the person.
      pushAll(candidates, bodiesAfterPeople(settle(candidates), folded))
      // A party's organs standing alone (`统一战线部部长`), in a document that names a party.
      pushAll(candidates, partyOrgansAlone(settle(candidates), folded))
      // A body's resolutions in general (`某某理事会决议`) name the body, not a document.
      const resolutions = bodiesOfGeneralResolutions(candidates, folded)
      if (resolutions.bodies.length > 0) {
        const kept = candidates.filter((candidate) => !resolutions.general.has(candidate))
        candidates.length = 0
        pushAll(candidates, kept, resolutions.bodies)
      }
      // A body inside its head's title (`外交部长`) where no rule read another name, on a page about a person.
      if (pagePerson) pushAll(candidates, titledBodiesAfter(settle(candidates), folded, tokens))
    }

    let settled = settle(candidates)
    if (!english) {
      const folded = foldedCharacters(text)
      settled = withoutNamesOfOthers(settled, folded)
      const title = file.data.meta?.title === undefined ? undefined : typeOfName(cleanTitle(file.data.meta.title))
      const unqualified = qualifyBareBodies(settled, folded, title?.type === 'Person' ? title.name : undefined)
      settled = settled.filter((candidate) => !unqualified.has(candidate))
      const noParty = qualifyPartyOrgans(settled, folded)
      settled = settled.filter((candidate) => !noParty.has(candidate))
      // A legislature's committee after it (`国会 某某委员会`), named with the legislature's name: it replaces what it overlaps.
      const committees = legislatureCommittees(settled, folded)
      settled = [...settled.filter((candidate) => !committees.some((committee) => candidate.start < committee.end && committee.start < candidate.end)), ...committees].sort((a, b) => a.start - b.start)
    }
    const mentions: EntityMention[] = []
    // A page's own title, or a linked page's, written as it stands is a name whatever its last character (`康京和`).
    const isTitle = (name: string, exact: string) => foldScript(exact) === name && (titleNamesHere.has(name) || lexicon.get(name)?.name === name)
    for (const candidate of settled) {
      const exact = characters.slice(candidate.start, candidate.end).join('')
      if (candidate.name === '' || (!isTitle(candidate.name, exact) && (malformedEnd.test(candidate.name) || malformedEnd.test(exact)))) continue
      // Spaces left by PDF layout (`2018 年冬奥会`) are not part of a name.
      const name = candidate.name.replace(/(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/gu, '')
      const mention: EntityMention = {start: candidate.start, end: candidate.end, exact, type: candidate.type, name: english ? name : canonicalName(name), source: candidate.source}
      if (candidate.sameAs) mention.sameAs = candidate.sameAs
      mentions.push(mention)
    }
    resolveShortNames(mentions, lexicon)
    resolveLinkedBodies(mentions, lexicon)
    if (!english) {
      const title = file.data.meta?.title === undefined ? undefined : canonicalName(cleanTitle(file.data.meta.title))
      resolveShortEvents(mentions, title)
      if (title && typeOfName(title)?.type === 'Organization') resolveShortBodies(mentions, title)
    }
    if (!english) sameOriginalName(mentions)
    if (!english) ownNamesOfBodies(mentions)
    if (!english) resolveUnitsAlone(mentions)
    // A city goes without its administrative suffix (`某某市` → `某某`).
    // A bare city name the batch links to another page (`吉林` → 吉林省) keeps the city's suffix.
    const namesOther = (bare: string, city: string) => {
      const linked = lexicon.get(bare)?.name
      return linked !== undefined && linked !== bare && linked !== city
    }
    if (!english) for (const mention of mentions) mention.name = cityName(canonicalName(mention.name), mention.type, namesOther)
    file.data.entityMentions = mentions
    file.data.entities = groupEntities(mentions, lexicon)
  }
}

/**
 * The document's own title names what it is about, wherever it recurs
 * (`朝韩首脑会晤`); a title no rule types takes the type its first sentence
 * defines it with (`某某是一项……的活动。`).
 */
function titleNames(file: VFile, folded: string): Map<string, {type: EntityType; name: string}> {
  const names = new Map<string, {type: EntityType; name: string}>()
  const raw = file.data.meta?.title
  if (!raw) return names
  const title = foldScript(raw)
  // A lead's title with a nickname (`迈克尔·理查德·“迈克”·某某`) names the person by the nickname and surname.
  const nickname = /·[“"「]([^”"」·]+)[”"」]·(?:.+·)?([^·]+)$/u.exec(title)
  // A lead naming the office its title holds is a biography's, whatever the name's last character suggests (`某哲海`).
  const holder = leadNamesOfficeHolder(folded, cleanTitle(raw)) ? ({type: 'Person', name: cleanTitle(raw)} as const) : undefined
  const typing = holder ?? typeOfName(raw) ?? (nickname ? typeOfName(`${nickname[1]}·${nickname[2]}`) : undefined)
  if (typing) names.set(title, {...typing, name: canonicalName(typing.name)})
  else {
    const name = cleanTitle(raw)
    // A surname and a given name that jieba reads as a word and a character (`金元|弘`), on a page whose lead defines a person.
    const person = surnameOf(name) !== undefined && isGivenName(name.slice(surnameOf(name)!.length)) && [...name].length <= 4 && leadDefinesPerson(folded, name)
    const type = person ? 'Person' : /^\p{Script=Han}{2,12}$/u.test(name) ? leadTyping(folded, name) : undefined
    if (type) names.set(name, {type, name})
  }
  return names
}
