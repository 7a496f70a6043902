// Worker-thread entry of the bulk DRG grouper: teaches the thread to load TypeScript, then runs drg-worker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./drg-worker.ts');
