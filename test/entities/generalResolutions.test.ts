import {describe, expect, it} from 'vitest'
import type {Candidate} from '../../src/entities/rules/candidate.js'
import {bodiesOfGeneralResolutions} from '../../src/entities/rules/generalResolutions.js'

// Made-up texts, never the seeds' or the gold's.
const legislation = (text: string, surface: string): Candidate => {
  const start = [...text.slice(0, text.indexOf(surface))].length
  return {start, end: start + [...surface].length, type: 'Legislation', name: surface, source: 'lexicon'}
}
const run = (text: string, surface: string) => {
  const {general, bodies} = bodiesOfGeneralResolutions([legislation(text, surface)], [...text])
  return {dropped: general.size, bodies: bodies.map((body) => [[...text].slice(body.start, body.end).join(''), body.name, body.type])}
}

describe('a body’s resolutions in general name the body, not a document', () => {
  it.each([
    ['该国违反了联合国安理会决议。', '联合国安理会决议', {dropped: 1, bodies: [['联合国安理会', '联合国安理会', 'Organization']]}],
    ['要求执行安理会相关决议', '安理会相关决议', {dropped: 1, bodies: [['安理会', '联合国安理会', 'Organization']]}], // the body's full name
    ['违反安理会第1234号决议', '安理会第1234号决议', {dropped: 0, bodies: []}], // a numbered resolution is a document
    ['通过了草原决议', '草原决议', {dropped: 0, bodies: []}] // no body before it
  ])('%s', (text, surface, expected) => expect(run(text, surface)).toEqual(expected))
})
