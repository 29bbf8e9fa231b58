import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

const FEATURES = ['calculator', 'incident', 'postmortem'];

/**
 * One-way imports: app → features → components/lib. A feature never imports another feature's UI or store;
 * it may call another feature's pure `domain/` functions (the incident's cost ticker uses the calculator's model).
 */
const boundaryPatterns = (feature) => [
  {
    regex: `features/(?!${feature}/|[a-z-]+/domain/)`,
    message: "A feature may only import another feature's pure domain/ modules.",
  },
  { regex: '(^|/)app/', message: 'Features must not import from the app layer.' },
  { regex: '(^|/)embed/', message: 'Features must not import from the embed entries.' },
];

const purityPatterns = [
  { regex: '/(components|store)/', message: 'domain/ modules are pure: no UI or store.' },
];

const zodMini = { name: 'zod', message: "Import from 'zod/mini' to keep the start-up bundle small." };

/**
 * One-way imports: app → features → components/lib. A feature never imports another feature's UI or store;
 * it may call another feature's pure `domain/` functions (the incident's cost ticker uses the calculator's model).
 * domain/ modules are pure: no React, no UI, no store.
 */
const featureBoundaries = FEATURES.flatMap((feature) => [
  {
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { paths: [zodMini], patterns: boundaryPatterns(feature) }],
    },
  },
  {
    files: [`src/features/${feature}/domain/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [zodMini, { name: 'react', message: 'domain/ modules are pure: no React.' }],
          patterns: [...boundaryPatterns(feature), ...purityPatterns],
        },
      ],
    },
  },
]);

/**
 * The embeds run inside other people's pages: they compose the calculator feature but never the app (its
 * persisted store, its shell) and never storage, so an embed can never read or write a user's saved state.
 */
const embedLayer = {
  files: ['src/embed/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [zodMini],
        patterns: [
          { regex: '(^|/)app/', message: 'Embeds must not import the app: it persists state.' },
          { regex: '(^|/)lib/(safe-storage|storage-keys|storage-status)', message: 'Embeds never touch storage.' },
          { regex: 'features/(?!calculator/)', message: 'The embed is the calculator only.' },
          { regex: 'share-link-arrival', message: 'The embed reads its own parameters (embed-params.ts).' },
        ],
      },
    ],
  },
};

const sharedLayer = {
  files: ['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [zodMini],
        patterns: [
          { regex: '(^|/)(features|app|embed)/', message: 'Shared code never imports features or the app.' },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      '.lighthouse',
      // The docs-site tests' generated sites, their builds and Docusaurus' own dependencies.
      'e2e/docs-sites/docusaurus',
      'e2e/docs-sites/mkdocs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'react/no-danger': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render HTML strings: user text is text.',
        },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never assign innerHTML.' },
      ],
    },
  },
  {
    files: ['e2e/**/*.{ts,js,mjs}', 'scripts/**/*.{ts,js,mjs}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  ...featureBoundaries,
  sharedLayer,
  embedLayer,
);
