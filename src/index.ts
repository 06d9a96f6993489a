// The GitHub Action entry: only calls run(), so tests and local-action import main.ts without side effects.
import { run } from './main.js'

void run()
