import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // Type-aware rules for the API: a promise nobody awaits loses its rejection (an unhandled
    // rejection ends the process), and a promise handed to a caller that expects void (an event
    // listener, a Nest hook, a timer) is never awaited either.
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        // One program for sources and tests: the spec tsconfig includes both.
        project: ['./tsconfig.spec.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
];
