// The GitHub Action entry: only calls run(), so tests and local-action import main.ts without side effects.
import { run } from './main.js'
import { handleSignals } from './runtime/resources.js'

// A cancelled workflow run (SIGINT, then SIGTERM): children ended, temp dirs removed, exit 130/143.
handleSignals()
void run()
