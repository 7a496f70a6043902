// How a download names itself: an ASCII file name for old clients and the Chinese one (RFC 5987) for the rest.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content-disposition of a download called `name`, with `asciiName` for clients that cannot read it. */
export function attachment(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
