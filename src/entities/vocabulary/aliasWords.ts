/**
 * Words that give another name of a person (`又名`, `原名`), a nickname
 * (`绰号`, `被誉为`), or the name a document carries (`姓名为`): what follows
 * them is a name (`rules/aliases.ts`). Praise (`被誉为`, `称为`) names a
 * person only in a sentence about that person.
 */
export const aliasWords = {
  otherName: ['又作', '又名', '又称', '亦作', '亦称', '原名', '本名', '别名', '旧名', '曾用名', '或译作', '或译', '又译作', '又译', '译作'],
  nickname: ['绰号', '外号', '昵称', '(?<=称[\\p{Script=Han}·]{2,8})为'],
  praise: ['誉为', '称为', '人称', '称作'],
  introduced: ['姓名为', '名字为', '化名为', '化名', '名为'],
  source: 'Chinese usage of biographies and news (现代汉语词典 又名, 原名, 绰号, 誉为; zhwiki lead sentences: 某某，又作某某 / 原名某某)'
}

/**
 * Words of a biography's lead that give the person's other names: a courtesy
 * or art name (`字`, `号`), a pen name, a name used in hiding (`化名`), a
 * birth name (`原名`, `本名`): `某某，某地人，字甲，号乙，原名丙，化名丁`
 * (`rules/leadOtherNames.ts`).
 */
export const leadNameWords = {
  words: ['字', '号', '别号', '雅号', '笔名', '化名', '别名', '异名', '原名', '本名', '又名', '曾用名', '乳名'],
  source: 'Chinese biographical convention (现代汉语词典 字, 号, 笔名, 化名, 原名, 本名); zhwiki lead sentences of Chinese and Korean biographies (某某，字某某，号某某)'
}

/**
 * Words that say the next name is the same name rendered otherwise (`又译为`,
 * `某地译作`), and where a rendering is used: a Korean name's Chinese
 * characters may differ in every syllable between renderings.
 */
export const renderingWords = {
  translated: /译(?:作|为)?$/u,
  /** Where a rendering is used, written before `译作` (`中华人民共和国译作某某`, `大陆译作某某`). */
  regions: ['中华人民共和国', '中国大陆', '大陆', '内地', '台湾', '香港', '港台', '中国', '韩国', '朝鲜'],
  source: 'zhwiki lead sentences of Korean biographies (某某，又译为甲或乙; 某某，中华人民共和国译作甲) and zhwiki 地区词转换 (大陆, 台湾, 香港 as the regions of renderings)'
}

/**
 * Words by which a text gives another name of what it names in `《》`
 * (`《某某条约》，全称《…》`, `《某某宣言》又称《…》`, `《…》，通称《某某宣言》`):
 * the names on both sides are one document's, event's or body's (`rules/definedNames.ts`).
 */
export const definingWords = {
  /** What follows is another name of the first (`《甲》，全称《乙》`): the first is the thing's name. */
  words: ['全称', '全名', '正式名称', '又称', '亦称', '或称', '简称', '常称'],
  /** What follows is the name in common use (`《甲》，通称《乙》`): that one is the thing's name, as zhwiki titles by the common name. */
  common: ['通称', '俗称'],
  source: 'zhwiki lead sentences of documents and events (《某某》，全称为《某某》 / 又称 / 通称 / 简称 / 常称: 现代汉语词典 全称, 简称, 通称)'
}
