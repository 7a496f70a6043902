#!/usr/bin/env node
// The `yigai` command: runs the TypeScript CLI through tsx, so it works in a checkout right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
