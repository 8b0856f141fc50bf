// Flat config shared by every package: typescript-eslint's recommended rules, no formatting rules
// (Prettier owns formatting).
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/build/**', '**/node_modules/**', '**/.turbo/**', '**/coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Node scripts, benches and tests; browser globals for code run in pages (page.evaluate).
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
