// Worker-thread entry of the file reader: teaches the thread to load TypeScript, then runs read-worker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./read-worker.ts');
