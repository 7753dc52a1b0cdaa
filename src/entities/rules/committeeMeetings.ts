import type {Candidate} from './candidate.js'

/** A counted meeting of a committee, or of its executive or standing committee: `第二次执委会`, `第十次常委会`, `第三次扩大会议`. */
const countedMeeting = /^第[0-9一二三四五六七八九十百]{1,4}次(?:执委会|常委会|执委扩大会议|扩大会议|全体会议|会议)/u

/**
 * A regional committee's counted meeting (`某某临时省委第二次执委会`): one
 * event, named as the text writes it, since such meetings have no title of
 * their own to write them in another way; the committee is part of its name,
 * not a body of its own beside it.
 */
export function committeeMeetings(committees: Candidate[], folded: string[]): Candidate[] {
  const found: Candidate[] = []
  for (const committee of committees) {
    const match = countedMeeting.exec(folded.slice(committee.end, committee.end + 16).join(''))
    if (!match) continue
    const end = committee.end + [...match[0]].length
    found.push({start: committee.start, end, type: 'Event', name: folded.slice(committee.start, end).join(''), source: 'rule'})
  }
  return found
}
