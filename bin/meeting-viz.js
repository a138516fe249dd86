#!/usr/bin/env node
// The command line: `meeting-viz convert`, `validate` and `render` (see src/cli/main.ts).
import '../dist/cli/main.js';
