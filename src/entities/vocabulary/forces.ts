/**
 * A state's armed forces by the state's one-letter name and `军`, as the
 * Chinese press writes them (`韩军`, `朝军`; `美军` is a known name in
 * `organizations.ts`), with the force's full name.
 */
export const stateForces = {
  forces: [
    {short: '韩军', name: '韩国国军'},
    {short: '朝军', name: '朝鲜人民军'}
  ],
  source: 'zhwiki 大韩民国国军, 朝鲜人民军 (the Chinese press names them 韩军 and 朝军, as 美军 the US forces)'
}

/** The one-letter names of states that join another's in a pair (`朝韩`, `中美`): before `韩军` they make `朝韩|军事`. */
export const pairLetters = {
  letters: ['朝', '韩', '美', '中', '日', '俄', '苏', '英', '法', '德', '南', '北'],
  source: 'Chinese one-letter names of states in pairs (朝韩, 韩美, 中朝, 美朝; the gold guidelines leave them unannotated)'
}
