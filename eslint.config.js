// Lint configuration (ESLint flat config with typescript-eslint's recommended rules).
// Scope: all of src/, scripts/, pipelines/ and test/.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  // Compiled output and coverage reports are not sources.
  {ignores: ['dist/', 'coverage/']},
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'scripts/**/*.mjs', 'pipelines/**/*.ts', 'test/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      // Library code reports through vfile messages; only the CLI writes to the terminal (process.stdout/stderr).
      'no-console': 'error',
      // Tests read JSON-LD records as untyped data.
      '@typescript-eslint/no-explicit-any': 'off',
      // `_name` columns of test tables and `{'@id': _, …}` rest destructuring are deliberate.
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_'}]
    }
  }
)
