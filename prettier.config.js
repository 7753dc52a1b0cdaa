// Formatter configuration, chosen to match the code as it is written: no semicolons, single
// quotes, `{a}` without spaces, no trailing commas, `(x) =>`, long lines. With these options
// Prettier would change about 10% of the lines of src/, scripts/, pipelines/ and test/
// (printWidth 120: 29%, 200: 12%, 240: 10%, 400: 8%; 99% of the lines are under 180 columns).
// The code base is formatted with it; `.ci/run` fails on any drift (`npm run format:check`).
export default {
  semi: false,
  singleQuote: true,
  bracketSpacing: false,
  trailingComma: 'none',
  arrowParens: 'always',
  quoteProps: 'preserve',
  printWidth: 240,
  // Tagged templates (`html\`…\``) are output, not code: reformatting them changes the pages written.
  embeddedLanguageFormatting: 'off'
}
