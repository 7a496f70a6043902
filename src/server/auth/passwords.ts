// Password hashing with scrypt (Node's built-in, memory-hard); the stored form names its parameters, so hashes made
// with other parameters still verify and can be replaced by a current one at the next login.
import {
  randomBytes,
  randomInt,
  scrypt as scryptCallback,
  timingSafeEqual,
  type ScryptOptions,
} from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  keyLength: number;
}

/** N = 2^17, r = 8, p = 1: about 128 MiB and a few hundred milliseconds per hash. */
export const defaultPasswordParams: ScryptParams = { N: 2 ** 17, r: 8, p: 1, keyLength: 32 };

/** YIGAI_SCRYPT_LOG_N lowers (or raises) the cost, read once at start; tests use it to create many accounts. */
function fromEnvironment(): ScryptParams {
  const logN = Number(process.env.YIGAI_SCRYPT_LOG_N);
  if (!Number.isInteger(logN) || logN < 10 || logN > 20) return defaultPasswordParams;
  return { ...defaultPasswordParams, N: 2 ** logN };
}

let params = fromEnvironment();
let dummyHash: Promise<string> | null = null;

/** The parameters new hashes are made with. */
export function passwordParams(): ScryptParams {
  return params;
}

/** Sets the parameters new hashes are made with (test helpers lower the cost; the default is N = 2^17). */
export function configurePasswordHashing(next: ScryptParams): void {
  params = next;
  dummyHash = null;
}

// scrypt needs 128 · N · r bytes; Node refuses anything above 32 MiB unless maxmem is raised.
const maxmemFor = (options: { N: number; r: number }) => 128 * options.N * options.r + 1024 * 1024;

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions) {
  return new Promise<Buffer>((resolve, reject) =>
    scryptCallback(password, salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(
  password: string,
  using: ScryptParams = params,
): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, using.keyLength, {
    N: using.N,
    r: using.r,
    p: using.p,
    maxmem: maxmemFor(using),
  });
  return [
    'scrypt',
    using.N,
    using.r,
    using.p,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const options = { N: Number(n), r: Number(r), p: Number(p) };
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
    ...options,
    maxmem: maxmemFor(options),
  });
  return timingSafeEqual(actual, expected);
}

/** True when a stored hash was made with other parameters than the current ones (rehash it at login). */
export function needsRehash(stored: string): boolean {
  const [scheme, n, r, p, , key] = stored.split('$');
  return (
    scheme !== 'scrypt' ||
    Number(n) !== params.N ||
    Number(r) !== params.r ||
    Number(p) !== params.p ||
    Buffer.from(key ?? '', 'base64').length !== params.keyLength
  );
}

/**
 * Verifies `password` against a hash of a random password made with the current parameters: a login with an
 * unknown user name costs what a known one costs, so the answer time does not tell which names exist.
 */
export async function verifyAgainstDummy(password: string): Promise<void> {
  await verifyPassword(password, await prepareDummyHash());
}

/** Makes the dummy hash ahead of the first unknown name, so that first answer is not slower than the rest. */
export function prepareDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(18).toString('base64'));
  return dummyHash;
}

/** A password people can read aloud and type: no 0/O, 1/l/I. */
export function generatePassword(length = 12): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
}
