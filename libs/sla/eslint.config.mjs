import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.spec.ts'],
    rules: {
      // Pure calculation: no framework, no database, no I/O. The API reads the configuration and
      // the database and hands this library plain values.
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
