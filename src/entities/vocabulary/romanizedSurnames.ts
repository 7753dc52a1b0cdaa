/**
 * Korean family names as they are romanized (McCune–Reischauer in the North,
 * Revised Romanization and common spellings in the South): a run of Latin
 * words in Chinese text that starts with one and is followed by one or two
 * syllables (`Kim Chol-su`, `Ri Su Il`) is a person's name.
 */
export const romanizedKoreanSurnames = {
  words: [
    'Kim', 'Gim', 'Lee', 'Yi', 'Ri', 'Rhee', 'Park', 'Pak', 'Bak', 'Choi', 'Choe', 'Jung', 'Jeong', 'Chung', 'Jong', 'Kang', 'Gang', 'Cho', 'Jo', 'Yoon', 'Yun',
    'Jang', 'Chang', 'Lim', 'Im', 'Rim', 'Han', 'Oh', 'O', 'Seo', 'So', 'Shin', 'Sin', 'Kwon', 'Gwon', 'Hwang', 'Ahn', 'An', 'Song', 'Jeon', 'Jon', 'Chon', 'Hong',
    'Ko', 'Go', 'Moon', 'Mun', 'Yang', 'Ryang', 'Son', 'Bae', 'Pae', 'Baek', 'Paek', 'Heo', 'Ho', 'Yoo', 'Yu', 'Ryu', 'Nam', 'Noh', 'No', 'Ro', 'Ha', 'Ju', 'Joo',
    'Chu', 'To', 'Do', 'Hyon', 'Hyun', 'Hyeon', 'Kye', 'Kil', 'Gil', 'Kwak', 'Min', 'Sim', 'Shim', 'Cha', 'Ra', 'Na', 'Um', 'Eom', 'Won', 'Chae', 'Pyon', 'Byun',
    'Tae', 'Thae', 'Ok', 'Sung', 'Yom', 'Yeom', 'Ji', 'Chi'
  ],
  source: 'Korean family names and their romanizations (zhwiki 朝鲜族姓氏; Wikipedia "List of Korean surnames": McCune–Reischauer, Revised Romanization and usual spellings)'
}

/**
 * One syllable of a romanized Korean given name (`Chol`, `Jae`, `Hyok`,
 * `Ryong`, `Thae`, `Soo`): an initial consonant, a vowel, a final consonant,
 * each optional but the vowel. `Noi`, `Hotel` and `My` are not Korean
 * syllables, so `Ha Noi`, `Park Hotel` and `Oh My` are not names.
 */
export const romanizedKoreanSyllable = {
  pattern: '(?:kk|tt|pp|ss|jj|tch|ch|th|ph|kh|sh|g|k|n|d|t|r|l|m|b|p|s|j|h)?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|yŏ|wŏ|ŏ|ŭ|a|e|o|u|i)(?:ng|k|n|t|l|m|p)?',
  source: 'Revised Romanization of Korean and McCune–Reischauer tables of initials, vowels and finals (Wikipedia "Revised Romanization of Korean", "McCune–Reischauer"), with the usual spellings oo and ee (`Soo`, `Hee`)'
}
