/** "2024-05-01 12:00:00 UTC": unambiguous in every locale, and what the tests pin. */
export function formatInstant(seconds: number): string {
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) return `${seconds} (out of range)`;
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
