import { registerDecorator, type ValidationOptions } from 'class-validator';

/** Indonesia's working zone for dates people type (the product shows every time in WIB). */
const WIB = 'Asia/Jakarta';

/** Today's calendar date in WIB as `YYYY-MM-DD`. */
export function todayInWib(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: WIB }).format(now);
}

/**
 * A `YYYY-MM-DD` date no later than today in WIB: an incident cannot have happened tomorrow.
 * Its wording lives with the other constraints (`isNotFutureDate` in validation-messages.ts).
 */
export function IsNotFutureDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isNotFutureDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || value <= todayInWib(),
      },
    });
  };
}
