/**
 * English ordinal words, in order (the n-th is at index n − 1).
 *
 * Provenance: the ordinal numerals of English grammars (Quirk et al., *A
 * Comprehensive Grammar of the English Language*, 6.63), first to twelfth:
 * rounds and phases of talks are numbered in that range.
 */
export const englishOrdinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']
