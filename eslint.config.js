import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { TOOL_DATA } from './src/app/tool-data.mjs';

// One feature folder per tool (src/app/tool-data.mjs): a new tool gets its zones without an edit here.
const FEATURES = [...new Set(TOOL_DATA.map((tool) => tool.feature))];
// The embeds are the calculator and nothing else.
const EMBEDDED_FEATURE = 'calculator';

const zodMini = { name: 'zod', message: "Import from 'zod/mini' to keep the start-up bundle small." };

/**
 * One-way imports, checked on resolved paths (so `../../incident/store/x` is caught as surely as
 * `features/incident/store/x`): app → features → components/lib. A feature never imports another feature's UI
 * or store; it may call another feature's pure `domain/` functions (the incident's cost ticker uses the
 * calculator's model). domain/ modules are pure: no UI, no store. src/boot/ (the pre-hydration input replay) is
 * for the app and the embed entries only. `eslint-boundaries.test.ts` proves each zone.
 */
const boundaryZones = [
  ...FEATURES.flatMap((feature) =>
    FEATURES.filter((other) => other !== feature).map((other) => ({
      target: `./src/features/${feature}`,
      from: `./src/features/${other}`,
      except: ['./domain'],
      message: "A feature may only import another feature's pure domain/ modules.",
    })),
  ),
  ...FEATURES.flatMap((feature) => [
    {
      target: `./src/features/${feature}/domain`,
      from: [`./src/features/${feature}/components`, `./src/features/${feature}/store`],
      message: 'domain/ modules are pure: no UI or store.',
    },
    {
      // export/ holds the renderers (Markdown, PDF, JSON, CSV, Slack text: the postmortem's and the incident's share-out)
      // and the code that runs them: no UI or store either.
      target: `./src/features/${feature}/export`,
      from: [`./src/features/${feature}/components`, `./src/features/${feature}/store`],
      message: 'export/ modules render plain data: no UI or store.',
    },
    {
      // handover/ seals and opens incidents for a handover (crypto, compression, links): pure, like domain/.
      target: `./src/features/${feature}/handover`,
      from: [`./src/features/${feature}/components`, `./src/features/${feature}/store`],
      message: 'handover/ modules are pure: no UI or store.',
    },
  ]),
  { target: './src/features', from: './src/app', message: 'Features must not import from the app layer.' },
  { target: './src/features', from: './src/embed', message: 'Features must not import from the embed entries.' },
  {
    target: ['./src/lib', './src/components'],
    from: ['./src/features', './src/app', './src/embed'],
    message: 'Shared code never imports features or the app.',
  },
  { target: './src/embed', from: './src/app', message: 'Embeds must not import the app: it persists state.' },
  {
    target: ['./src/features', './src/lib', './src/components'],
    from: './src/boot',
    message: 'Only the app and the embed entries use the boot (src/boot/): a form gets it through FormMountedContext.',
  },
  {
    target: './src/embed',
    from: FEATURES.filter((feature) => feature !== EMBEDDED_FEATURE).map((feature) => `./src/features/${feature}`),
    message: 'The embed is the calculator only.',
  },
];

const boundaries = {
  files: ['src/**/*.{ts,tsx}'],
  plugins: { 'import-x': importX },
  settings: {
    'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    // no-cycle reads the files an import leads to: parse them as TypeScript.
    'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
  },
  rules: {
    'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
    'import-x/no-cycle': ['error', { ignoreExternal: true }],
  },
};

/** domain/ and export/ modules have no React (the zones above keep out the feature's own UI and store). */
const featureBoundaries = FEATURES.flatMap((feature) => [
  {
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { paths: [zodMini] }],
    },
  },
  {
    files: [`src/features/${feature}/domain/**/*.ts`, `src/features/${feature}/export/**/*.ts`, `src/features/${feature}/handover/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [zodMini, { name: 'react', message: 'domain/ modules are pure: no React.' }] },
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
          { regex: '(^|/)lib/(storage/|storage-keys|storage-status)', message: 'Embeds never touch storage.' },
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
    files: ['e2e/**/*.{ts,js,mjs}', 'scripts/**/*.{ts,js,mjs}', 'build/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  boundaries,
  ...featureBoundaries,
  sharedLayer,
  embedLayer,
);
