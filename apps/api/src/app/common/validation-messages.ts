import type { ValidationError } from 'class-validator';
import type { ApiFieldError } from '@simpul/contracts';
import { bilingual, type Bilingual } from './bilingual';

/** Indonesian and English wording of class-validator constraints, keyed by constraint name. */
const CONSTRAINT_MESSAGES: Record<string, (field: string, args: string) => Bilingual> = {
  isNotEmpty: (f) => bilingual(`${f} wajib diisi`, `${f} is required`),
  isDefined: (f) => bilingual(`${f} wajib diisi`, `${f} is required`),
  isString: (f) => bilingual(`${f} harus berupa teks`, `${f} must be text`),
  isInt: (f) => bilingual(`${f} harus bilangan bulat`, `${f} must be a whole number`),
  isNumber: (f) => bilingual(`${f} harus berupa angka`, `${f} must be a number`),
  isBoolean: (f) => bilingual(`${f} harus true atau false`, `${f} must be true or false`),
  isEmail: (f) =>
    bilingual(`${f} harus alamat email yang benar`, `${f} must be a valid email address`),
  isUUID: (f) => bilingual(`${f} harus UUID yang benar`, `${f} must be a valid UUID`),
  // class-validator's own name of the @IsUUID() constraint.
  isUuid: (f) => bilingual(`${f} harus UUID yang benar`, `${f} must be a valid UUID`),
  isIn: (f, a) => bilingual(`${f} harus salah satu dari: ${a}`, `${f} must be one of: ${a}`),
  isEnum: (f, a) => bilingual(`${f} harus salah satu dari: ${a}`, `${f} must be one of: ${a}`),
  min: (f, a) => bilingual(`${f} minimal ${a}`, `${f} must be at least ${a}`),
  max: (f, a) => bilingual(`${f} maksimal ${a}`, `${f} must be at most ${a}`),
  minLength: (f, a) =>
    bilingual(`${f} minimal ${a} karakter`, `${f} must be at least ${a} characters`),
  maxLength: (f, a) =>
    bilingual(`${f} maksimal ${a} karakter`, `${f} must be at most ${a} characters`),
  matches: (f) => bilingual(`${f} formatnya tidak sesuai`, `${f} has the wrong format`),
  isArray: (f) => bilingual(`${f} harus berupa daftar`, `${f} must be a list`),
  arrayMaxSize: (f, a) =>
    bilingual(`${f} maksimal ${a} butir`, `${f} must have at most ${a} items`),
  isNotFutureDate: (f) =>
    bilingual(`${f} tidak boleh setelah hari ini (WIB)`, `${f} cannot be later than today (WIB)`),
  whitelistValidation: (f) => bilingual(`kolom ${f} tidak dikenal`, `field ${f} is not allowed`),
};

function constraintArgs(error: ValidationError, constraint: string): string {
  const context = error.contexts?.[constraint] as { args?: string } | undefined;
  if (context?.args) return context.args;
  // class-validator puts the limit in its English message, e.g. "must be one of: a, b".
  const english = error.constraints?.[constraint] ?? '';
  const afterColon = english.split(': ')[1];
  if (afterColon) return afterColon;
  const lastNumber = english.match(/(-?\d+(?:\.\d+)?)(?!.*\d)/);
  return lastNumber ? lastNumber[1] : '';
}

/** Flattens nested class-validator errors into one bilingual entry per offending field. */
export function toFieldErrors(errors: ValidationError[], parentPath = ''): ApiFieldError[] {
  const result: ApiFieldError[] = [];
  for (const error of errors) {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const constraints = Object.keys(error.constraints ?? {});
    if (constraints.length > 0) {
      const first = constraints[0];
      const wording = CONSTRAINT_MESSAGES[first];
      result.push({
        field,
        message: wording
          ? wording(field, constraintArgs(error, first))
          : bilingual(`${field} tidak valid`, error.constraints?.[first] ?? `${field} is invalid`),
      });
    }
    if (error.children?.length) result.push(...toFieldErrors(error.children, field));
  }
  return result;
}

/** The top-level message of a validation failure, naming every offending field. */
export function summarizeFieldErrors(fields: ApiFieldError[]): Bilingual {
  return bilingual(
    `Data tidak valid: ${fields.map((f) => f.message.id).join('; ')}`,
    `Invalid input: ${fields.map((f) => f.message.en).join('; ')}`,
  );
}
