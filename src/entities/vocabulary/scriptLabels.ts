/**
 * Labels before a name's form in another script, inside the brackets after
 * the name (`某某（朝鲜语：…）`, `某某（谚文：…）`): what follows is the same
 * name written otherwise (`rules/hangulNames.ts`). Written as the folded
 * (simplified) text has them.
 */
export const scriptLabels = {
  korean: ['朝鲜语', '朝鲜文', '朝鲜字', '韩语', '韩文', '韩国语', '韩字', '谚文', '韩文字', '朝鲜谚文'],
  source: 'zhwiki lead sentences of Korean biographies and bodies (某某（朝鲜语：…）, （朝鲜文：…）, （谚文：…）, （韩语：…）): the language labels of zhwiki Template:Lang-ko and Template:Korean'
}
