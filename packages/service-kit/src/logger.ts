import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; personal data never reaches a log line. */
export function createLogger(name: string, level = 'info'): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: [
        '*.idNumber',
        '*.phone',
        '*.password',
        'headers.authorization',
        '*.headers.authorization',
        'variables.*.idNumber',
        'variables.*.phone',
        'variables.password',
      ],
      censor: '[已脱敏]',
    },
  });
}
