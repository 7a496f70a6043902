// The Asia/Shanghai calendar date of an instant: the day a user in China sees on the wall. The caller passes
// the instant (core reads no clock).
const format = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** YYYY-MM-DD in Asia/Shanghai. */
export function shanghaiDate(instant: Date): string {
  return format.format(instant);
}
