/**
 * Words after a name that make the whole something named after it: a
 * language after a state (`朝鲜语`), a family, a medal or a song after a
 * person (`某某家族`, `某某勋章`, `某某将军歌`). The name is then no mention
 * of the state or the person (`rules/namedAfter.ts`); the gold guidelines
 * have no type for languages, families, medals or songs.
 */
export const namedAfter = {
  language: ['语'],
  person: ['家族', '勋章', '奖章', '将军歌', '之歌'],
  source: '现代汉语词典 朝鲜语, 西班牙语, 家族, 勋章, 奖章; zhwiki titles named after people (金日成勋章, 金日成将军之歌)'
}

/**
 * Bodies named after a person (`某某治丧委员会`, a state's `第一次某某内阁`):
 * the longest span is the body, not a mention of the person.
 */
export const bodiesAfterPerson = {
  heads: [
    {head: '治丧委员会', type: 'Organization' as const},
    {head: '国家治丧委员会', type: 'Organization' as const},
    {head: '国家葬仪委员会', type: 'Organization' as const},
    {head: '高级党校', type: 'Organization' as const},
    {head: '社会主义青年同盟', type: 'Organization' as const},
    {head: '内阁', type: 'GovernmentOrganization' as const}
  ],
  source: 'zhwiki 金日成治丧委员会 (a funeral committee named after the dead; 国家治丧委员会 / 国家葬仪委员会 as KCNA names the state funeral committees), 朝鲜民主主义人民共和国内阁 (its cabinets by their premier and count: 第一次某某内阁), zhwiki 金日成高级党校 and 金日成社会主义青年同盟 (a party school and a youth league named after a leader)'
}
