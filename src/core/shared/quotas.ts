// Every limit the platform puts on what a user may send or start: upload sizes and demo sizes per role,
// background jobs per user and in total, and the caps on files read in memory (ZIP, CSV, PDF).
import type { Role } from './roles';

export const MiB = 1024 * 1024;
export const GiB = 1024 * MiB;

/** Bill files (CSV/Parquet) are streamed to disk; the office loads a city's bills, others samples. */
export const BILL_UPLOAD_BYTES: Record<Role, number> = {
  office: 2 * GiB,
  monitor: 512 * MiB,
  department: 256 * MiB,
  hospital: 256 * MiB,
  public: 0,
};

/** Files read in memory (plan documents, DRG case files, weight tables, price schedules). */
export const DOCUMENT_UPLOAD_BYTES: Record<Role, number> = {
  office: 20 * MiB,
  monitor: 20 * MiB,
  department: 10 * MiB,
  hospital: 10 * MiB,
  public: 0,
};

/** Lines of a generated demo bill dataset. */
export const DEMO_LINES_MIN = 1000;
export const DEMO_LINES_MAX: Record<Role, number> = {
  office: 50_000_000,
  monitor: 10_000_000,
  department: 5_000_000,
  hospital: 5_000_000,
  public: 0,
};

/** Disk a demo bill line takes as Parquet (the generator writes about 7 bytes a line), with room to spare. */
export const DEMO_BYTES_PER_LINE = 16;

/** Free disk that must remain after an upload or a generated file: the database and DuckDB spill need room. */
export const DISK_RESERVE_BYTES = 1 * GiB;

/** Background jobs running at once for one user, and in the whole server; beyond them jobs wait in line. */
export const JOBS_RUNNING_PER_USER = 2;
export const JOBS_RUNNING_TOTAL = 3;
/** Jobs one user may have waiting; past it a new one is refused. */
export const JOBS_QUEUED_PER_USER = 10;

/** A ZIP upload (.docx, .xlsx): what its central directory may declare. */
export const ZIP_MAX_UNCOMPRESSED_BYTES = 200 * MiB;
export const ZIP_MAX_ENTRIES = 5000;
/** Uncompressed ÷ compressed size; Office XML compresses 5–20×, a zip bomb hundreds or a thousand times. */
export const ZIP_MAX_RATIO = 100;
/** Entries smaller than this once inflated are not held to the ratio (tiny XML parts compress very well). */
export const ZIP_RATIO_MIN_BYTES = 1 * MiB;

/** Rows and bytes of a CSV read in memory (case files, weight tables, price schedules). */
export const CSV_MAX_ROWS = 200_000;
export const CSV_MAX_BYTES = 20 * MiB;

/** Pages of a PDF plan document. */
export const PDF_MAX_PAGES = 500;

/** A .docx/.xlsx/.pdf is read on a worker thread held to this heap and this time. */
export const READ_WORKER_OLD_GENERATION_MB = 768;
export const READ_WORKER_YOUNG_GENERATION_MB = 64;
export const READ_WORKER_TIME_MS = 60_000;
/** Worker threads reading files at once; more uploads wait for one to finish. */
export const READ_WORKERS_AT_ONCE = 2;

/** Sizes in words for messages: "200 MB", "2 GB". */
export function sizeText(bytes: number): string {
  if (bytes >= GiB && bytes % GiB === 0) return `${bytes / GiB} GB`;
  if (bytes >= GiB) return `${(bytes / GiB).toFixed(1)} GB`;
  if (bytes >= MiB) return `${Math.round(bytes / MiB)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** One evidence file (佐证材料) of a ledger item. */
export const EVIDENCE_FILE_BYTES = 20 * MiB;

/** An .xlsx bill file is converted to CSV as a stream: what its parts may hold uncompressed (Excel's 1,048,576 rows). */
export const BILL_XLSX_MAX_UNCOMPRESSED_BYTES = 4 * GiB;
/** A compressed (.gz) bill file: what it may unpack to, and how many times its own size. */
export const BILL_UNPACKED_MAX_BYTES = 40 * GiB;
export const BILL_UNPACK_MAX_RATIO = 100;
