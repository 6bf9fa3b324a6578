import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.spec.ts'],
    rules: {
      // Pure text matching: no framework, no database, no I/O. The API reads the Kemendagri
      // tables and hands them to PlaceFinder.load.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@angular/*',
            '@nestjs/*',
            'typeorm',
            'pg',
            'rxjs',
            'class-validator',
            'class-transformer',
            'node:*',
          ],
        },
      ],
    },
  },
];
