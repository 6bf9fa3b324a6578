import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      // Contracts are plain TypeScript shared by the API and the browser: no framework in here.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@angular/*',
            '@nestjs/*',
            'typeorm',
            'rxjs',
            'class-validator',
            'class-transformer',
          ],
        },
      ],
    },
  },
];
