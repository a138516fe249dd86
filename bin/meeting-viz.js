#!/usr/bin/env node
// The command line for desks: `meeting-viz convert` and `meeting-viz validate` (see src/cli/main.ts).
import '../dist/cli/main.js';
