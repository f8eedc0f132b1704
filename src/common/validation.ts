import { Matches, type ValidationOptions } from 'class-validator';

/** A string with at least one non-space character. */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return Matches(/\S/, { message: '$property must not be blank', ...options });
}
