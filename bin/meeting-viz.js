#!/usr/bin/env node
// The command-line tools: `meeting-viz <command> …` (see `meeting-viz help`).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
