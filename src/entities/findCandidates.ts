/**
 * The candidate rules, one family per file under `rules/`, each tested with
 * its own cases; overlapping candidates are settled in `extractEntities`.
 */
import type {Token} from './jieba.js'
import {assemblySessionCandidates} from './rules/assemblySessions.js'
import {bareBodyCandidates} from './rules/bareBodies.js'
import {bodyCandidates} from './rules/bodies.js'
import {broadcasterCandidates} from './rules/broadcasters.js'
import {conflictCandidates} from './rules/conflicts.js'
import {type Candidate, emitter} from './rules/candidate.js'
import {countedSummitCandidates} from './rules/countedSummits.js'
import {documentCandidates} from './rules/documents.js'
import {embassyCandidates} from './rules/embassies.js'
import {eventCandidates} from './rules/events.js'
import {exerciseCandidates} from './rules/exercises.js'
import {fieldMinistryCandidates} from './rules/fieldMinistries.js'
import {quotedNameCandidates} from './rules/quotedNames.js'
import {headquartersCandidates} from './rules/headquarters.js'
import {gameCandidates} from './rules/games.js'
import {landmarkCandidates} from './rules/landmarks.js'
import {levelTalkCandidates} from './rules/levelTalks.js'
import {numberedPostCandidates} from './rules/numberedPosts.js'
import {numberedEventCandidates} from './rules/numberedEvents.js'
import {partyMeetingCandidates} from './rules/partyMeetings.js'
import {partyCongressCandidates} from './rules/partyCongresses.js'
import {plenumCandidates} from './rules/plenums.js'
import {postBodyCandidates} from './rules/postBodies.js'
import {stateConstitutionCandidates} from './rules/stateConstitutions.js'
import {schoolCandidates} from './rules/schools.js'
import {siteCandidates} from './rules/sites.js'
import {stateForceCandidates} from './rules/stateForces.js'
import {talkCandidates} from './rules/talks.js'
import {teamCandidates} from './rules/teams.js'
import {transliterationCandidates} from './rules/transliterations.js'
import {vietnameseNameCandidates} from './rules/vietnameseNames.js'

export {acronymsAfter, acronymsAlone} from './rules/acronyms.js'
export {qualifyBareBodies} from './rules/bareBodies.js'
export {headOfficeCandidates} from './rules/headOffices.js'
export {latinNameCandidates} from './rules/latinNames.js'
export {namedBodyCandidates} from './rules/namedBodies.js'
export {bodyChains, subBodiesAfter} from './rules/subBodies.js'
export {titledBodiesAfter} from './rules/titledBodies.js'
export {type Candidate, cutsWord, foldedCharacters, malformedEnd, titles} from './rules/candidate.js'
export {dictionaryCandidates} from './rules/dictionary.js'
export {personCandidates} from './rules/people.js'
export {placeCandidates} from './rules/places.js'
export {transliteratedNames} from './rules/transliterations.js'
export {bracketedWorks} from './rules/works.js'

/** Counted events of a series (`rules/numberedEvents.ts`); a series `known` by name keeps its name; counted summits (`rules/countedSummits.ts`). */
export function numberedCandidates(folded: string[], tokens: Token[], known: (name: string) => boolean): Candidate[] {
  const out = emitter(folded, tokens)
  numberedEventCandidates(out, known)
  countedSummitCandidates(out)
  return out.found
}

/**
 * Names built by rule: transliterated names with `·`, bodies and events named
 * after a state or city, exercises by their quoted names, documents named after a place or date, sites,
 * regions and numbered committees.
 */
export function patternCandidates(folded: string[], tokens: Token[]): Candidate[] {
  const out = emitter(folded, tokens)
  // First: a body's headquarters is a place, not the `某某部` a suffix rule reads there.
  headquartersCandidates(out)
  transliterationCandidates(out)
  vietnameseNameCandidates(out)
  bodyCandidates(out)
  bareBodyCandidates(out)
  embassyCandidates(out)
  eventCandidates(out)
  partyMeetingCandidates(out)
  partyCongressCandidates(out)
  plenumCandidates(out)
  assemblySessionCandidates(out)
  talkCandidates(out)
  levelTalkCandidates(out)
  exerciseCandidates(out)
  quotedNameCandidates(out)
  conflictCandidates(out)
  gameCandidates(out)
  teamCandidates(out)
  documentCandidates(out)
  siteCandidates(out)
  postBodyCandidates(out)
  fieldMinistryCandidates(out)
  broadcasterCandidates(out)
  stateForceCandidates(out)
  stateConstitutionCandidates(out)
  schoolCandidates(out)
  landmarkCandidates(out)
  numberedPostCandidates(out)
  return out.found
}
