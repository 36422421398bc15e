/** Longest message printed whole; a longer one (a 10 MB value quoted in it) is cut. */
export const MAX_MESSAGE_LENGTH = 300;

/**
 * A message short enough to print: what the seeds hold can be any size, and an error about a huge
 * value must not print the value. Keeps the start (where the field and the problem are named)
 * and says how long the whole was.
 */
export function cutForMessage(message: string, max: number = MAX_MESSAGE_LENGTH): string {
  if (message.length <= max) return message;
  return `${message.slice(0, max)}… (cut; ${message.length.toLocaleString('en')} characters in all)`;
}
