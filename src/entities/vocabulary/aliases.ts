/**
 * One real-world entity, many written forms: regional transliterations
 * (mainland, Taiwan, Hong Kong), former and foreign names, English names.
 * Every entry says where the equivalence comes from; forms are compared after
 * script folding, so a traditional form needs no entry of its own.
 */
export interface AliasEntry {
  /** Canonical name: the zh-Hans form of the mainland usage (zhwiki's title). */
  canonical: string
  /** Other written forms of the same entity. */
  forms: string[]
  source: string
}

export const aliases: AliasEntry[] = [
  {
    canonical: '唐纳德·特朗普',
    forms: ['唐纳·川普', '当劳·特朗普', '特朗普', '川普', 'Donald Trump', 'Donald J. Trump', 'Trump'],
    source: 'zhwiki 唐纳德·特朗普 (lead: 英语 Donald John Trump; title variants zh-tw 唐納·川普, zh-hk 當勞·特朗普); corpus zhwiki/2018年9月南北韓首腦會談.md uses 川普, 特朗普 and 當勞·特朗普 for him'
  },
  {
    canonical: '迈克·蓬佩奥',
    forms: ['麦克·蓬佩奥', '米克·蓬佩奥', '彭佩奥', '蓬佩奥', 'Mike Pompeo', 'Pompeo'],
    source: 'corpus zhwiki/邁克·蓬佩奧.md lead (Michael Richard "Mike" Pompeo); zhwiki/2018年9月南北韓首腦會談.md -{zh-tw:麥克;zh-hans:迈克;zh-hant:邁克;zh-hk:米克}-·蓬佩奧; Taiwan press 彭佩奧'
  },
  {
    canonical: '约翰·博尔顿',
    forms: ['约翰·波顿', '波顿', '博尔顿', 'John Bolton', 'Bolton'],
    source: 'zhwiki 约翰·博尔顿 (lead: 英语 John Robert Bolton; zh-tw 約翰·波頓); corpus zhwiki/2018年朝美首脑会晤.md uses 波頓'
  },
  {
    canonical: '克里斯托弗·罗伯特·希尔',
    forms: ['克里斯托弗·希尔', 'Christopher Hill', 'Christopher Robert Hill'],
    source: 'zhwiki 克里斯托弗·罗伯特·希尔, titled so (corpus zhwiki/克里斯托弗·罗伯特·希尔.md lead: **克里斯托弗·罗伯特·希尔**（**Christopher Robert Hill**）); seed 001 and corpus pages write 克里斯托弗·希尔 for him'
  },
  {
    canonical: '符拉迪沃斯托克',
    forms: ['海参崴', 'Vladivostok'],
    source: 'zhwiki 符拉迪沃斯托克 (lead: 俄语 Владивосток, 中国旧称海参崴)'
  },
  {
    canonical: '首尔',
    forms: ['汉城', 'Seoul'],
    source: 'zhwiki 首尔 (lead: 旧称汉城; 2005年中文名称改为首尔)'
  },
  {
    canonical: '金英哲',
    forms: ['金英彻', 'Kim Yong-chol', 'Kim Yong Chol'],
    source: 'zhwiki 金英哲 (朝鲜语 김영철; zh-hant pages write 金英徹); corpus zhwiki/2018年4月南北韓高峰會.md'
  },
  {
    canonical: '李勇浩',
    forms: ['李容浩', 'Ri Yong-ho', 'Ri Yong Ho'],
    source: 'zhwiki 李勇浩 (朝鲜语 리용호; 韩国媒体作李容浩); corpus zhwiki/2018年4月南北韓高峰會.md links both forms for the DPRK foreign minister'
  },
  {canonical: '弗拉基米尔·普京', forms: ['普京', '普丁', 'Vladimir Putin', 'Putin'], source: 'zhwiki 弗拉基米尔·弗拉基米罗维奇·普京 (俄语 Владимир Путин; zh-tw 普丁)'},
  {canonical: '比尔·克林顿', forms: ['比尔·柯林顿', '柯林顿', 'Bill Clinton'], source: 'zhwiki 比尔·克林顿 (英语 William Jefferson Clinton; zh-tw 比爾·柯林頓)'},
  {canonical: '迈克·彭斯', forms: ['麦克·彭斯', 'Mike Pence'], source: 'zhwiki 迈克·彭斯 (英语 Michael Richard Pence; zh-tw 麥克·彭斯)'},
  {canonical: '朝鲜半岛非军事区', forms: ['非军事区', '非军事化区', '南北韩非军事区', '朝韩非军事区', 'DMZ', 'Demilitarized Zone', 'Korean Demilitarized Zone'], source: 'zhwiki 朝鲜半岛非军事区, titled so (lead: 简称非军事区, 英语 Korean Demilitarized Zone, DMZ; zh-hant title 南北韓非軍事區)'},
  {canonical: '北纬38度线', forms: ['三八线', '38度线', 'North 38th parallel', '38th parallel'], source: 'zhwiki 北纬38度线 (lead: 通称三八线)'},
  {canonical: '长白山', forms: ['白头山', 'Paektu Mountain', 'Mount Paektu'], source: 'zhwiki 长白山 (lead: 朝鲜和韩国称白头山)'},
  {canonical: '不扩散核武器条约', forms: ['核不扩散条约', '不扩散条约', '防止核扩散条约', 'NPT', 'Treaty on the Non-Proliferation of Nuclear Weapons'], source: 'zhwiki 不扩散核武器条约 (lead: 又称核不扩散条约, 防止核扩散条约, 简称 NPT)'},
  {canonical: '金桂冠', forms: ['Kim Kye-gwan', 'Kim Kye Gwan'], source: 'zhwiki 金桂冠 (朝鲜语 김계관, 英语 Kim Kye-gwan); corpus en/six-party-talks-round-four.md'},
  {canonical: '金正恩', forms: ['Kim Jong-un', 'Kim Jong Un'], source: 'zhwiki 金正恩 (朝鲜语 김정은, 英语 Kim Jong-un)'},
  {canonical: '金与正', forms: ['Kim Yo-jong', 'Kim Yo Jong'], source: 'zhwiki 金与正 (朝鲜语 김여정, 英语 Kim Yo-jong)'},
  {canonical: '李洙墉', forms: ['Ri Su-yong', 'Ri Su Yong'], source: 'corpus zhwiki/李洙墉.md (朝鲜语 리수용); English press Ri Su-yong'},
  {canonical: '文在寅', forms: ['Moon Jae-in', 'Moon Jae In'], source: 'zhwiki 文在寅 (韩语 문재인, 英语 Moon Jae-in)'},
  {canonical: '武大伟', forms: ['Wu Dawei'], source: 'corpus zhwiki/武大偉.md; pinyin Wǔ Dàwěi'},
  {canonical: '朝鲜', forms: ['North Korea', 'DPRK'], source: 'zhwiki 朝鲜民主主义人民共和国 (英语 Democratic People\'s Republic of Korea, North Korea)'},
  {canonical: '韩国', forms: ['South Korea', 'Republic of Korea'], source: 'zhwiki 大韩民国 (英语 Republic of Korea, South Korea)'},
  {canonical: '美国', forms: ['United States', 'United States of America', 'USA'], source: 'zhwiki 美国 (英语 United States of America)'},
  {canonical: '中国', forms: ['China'], source: 'zhwiki 中华人民共和国 (英语 People\'s Republic of China)'},
  {canonical: '日本', forms: ['Japan'], source: 'zhwiki 日本'},
  {canonical: '俄罗斯', forms: ['Russia'], source: 'zhwiki 俄罗斯'},
  {canonical: '新加坡', forms: ['Singapore'], source: 'zhwiki 新加坡'},
  {canonical: '越南', forms: ['Vietnam', 'Viet Nam'], source: 'zhwiki 越南'},
  {canonical: '河内', forms: ['Hanoi'], source: 'zhwiki 河内 (越南语 Hà Nội)'},
  {canonical: '北京', forms: ['Beijing'], source: 'zhwiki 北京'},
  {canonical: '平壤', forms: ['Pyongyang'], source: 'zhwiki 平壤'},
  {canonical: '板门店', forms: ['Panmunjom'], source: 'corpus zhwiki/板門店.md; zhwiki 板门店 (英语 Panmunjom)'},
  {canonical: '圣淘沙', forms: ['Sentosa'], source: 'zhwiki 圣淘沙 (英语 Sentosa)'},
  {canonical: '钓鱼台国宾馆', forms: ['Diaoyutai State Guesthouse'], source: 'zhwiki 钓鱼台国宾馆 (英语 Diaoyutai State Guesthouse)'},
  {canonical: '朝鲜半岛', forms: ['韩半岛', '韩国半岛', 'Korean Peninsula'], source: 'zhwiki 朝鲜半岛 (lead: 韩国称韩半岛; 英语 Korean Peninsula)'},
  {canonical: '延边朝鲜族自治州', forms: ['延边', '延边州'], source: 'zhwiki 延边朝鲜族自治州 (简称 延边, 延边州)'},
  {canonical: '最高人民会议', forms: ['朝鲜最高人民会议', 'Supreme People\'s Assembly'], source: 'zhwiki 最高人民会议 (the DPRK legislature; titled without its state)'},
  {canonical: '推特', forms: ['Twitter'], source: 'zhwiki 推特 (英语 Twitter)'},
  {canonical: '脸书', forms: ['Facebook'], source: 'zhwiki Facebook (中国大陆称脸书)'},
  {canonical: '诺罗敦·西哈努克', forms: ['西哈努克', 'Norodom Sihanouk'], source: 'zhwiki 诺罗敦·西哈努克 (the Cambodian king; usually called 西哈努克)'},
  {canonical: '汉斯·布利克斯', forms: ['布利克斯', 'Hans Blix'], source: 'zhwiki 汉斯·布利克斯 (IAEA director general 1981–1997)'},
  {canonical: '布特罗斯·布特罗斯-加利', forms: ['加利', 'Boutros Boutros-Ghali'], source: 'zhwiki 布特罗斯·布特罗斯-加利 (UN secretary-general 1992–1996; Chinese press: 加利)'},
  {canonical: '六方会谈', forms: ['朝核六方会谈', '朝鲜问题六方会谈', 'Six-Party Talks'], source: 'corpus zhwiki/六方会谈.md; zhwiki 六方会谈 (英语 Six-Party Talks; redirect 朝核六方会谈; lead: 朝鲜问题六方会谈)'},
  {canonical: '贝拉克·奥巴马', forms: ['巴拉克·奥巴马', '奥巴马', '欧巴马', 'Barack Obama', 'Obama'], source: 'zhwiki 贝拉克·奥巴马, titled so (英语 Barack Hussein Obama; zh-tw 歐巴馬; mainland press 奥巴马, also 巴拉克·奥巴马)'},
  {canonical: '乔治·沃克·布什', forms: ['小布什', '小布希', 'George W. Bush'], source: 'zhwiki 乔治·沃克·布什 (lead: 通称小布什; zh-tw 小布希)'},
  {canonical: '穆阿迈尔·卡扎菲', forms: ['卡扎菲', '格达费', '格达费上校', 'Muammar Gaddafi', 'Gaddafi'], source: 'zhwiki 穆阿迈尔·卡扎菲 (zh-tw 格達費; mainland press 卡扎菲)'},
  {canonical: '安格拉·默克尔', forms: ['默克尔', '梅克尔', 'Angela Merkel', 'Merkel'], source: 'zhwiki 安格拉·默克尔 (zh-tw 梅克爾)'},
  {canonical: '黄海', forms: ['西海', 'Yellow Sea'], source: 'zhwiki 黄海 (lead: 朝鲜半岛称西海, 朝鲜语 서해)'},
  {canonical: '天安舰事件', forms: ['天安号事件', '天安号沉没事件', '天安舰沉没事件', 'Cheonan sinking'], source: 'zhwiki 天安舰事件, titled so (lead: 又称天安号沉没事件; ROKS Cheonan)'},
  {canonical: '朝美核框架协议', forms: ['朝美框架协议', '美朝框架协议', '美朝核框架协议', '朝核问题框架协定', '核框架协议', '关于解决朝鲜核问题的框架协议', 'Agreed Framework'], source: 'zhwiki 朝美核框架协议, titled so (英语 Agreed Framework between the United States of America and the Democratic People\'s Republic of Korea; press: 美朝框架协议, 朝核问题框架协定)'},
  {canonical: '南北共同宣言', forms: ['6·15共同宣言', '6·15南北共同宣言', '六一五共同宣言'], source: 'zhwiki 南北共同宣言, titled so (lead: 又称6·15南北共同宣言)'}
]
