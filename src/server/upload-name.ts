// Browsers send a UTF-8 file name that the multipart parser reads as Latin-1; undo that when it is so.

export function decodeUploadName(name: string): string {
  const utf8 = Buffer.from(name, 'latin1').toString('utf8');
  const alreadyDecoded = [...name].some((ch) => ch.charCodeAt(0) > 0xff);
  return alreadyDecoded || utf8.includes('\ufffd') ? name : utf8;
}
