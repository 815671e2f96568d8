import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startDesktop } from './electron/start-desktop'

/**
 * The Electron entry (out/main/index.js). The setup steps live in startDesktop so tests can run
 * them with a fake `electron`, a temp data folder and no tunnel; this file only supplies the
 * real-world options. The bundle is ESM, so the folder comes from import.meta.url.
 */
const RECEIVER_PORT = 7420

void startDesktop({ mainDir: dirname(fileURLToPath(import.meta.url)), receiverPort: RECEIVER_PORT })
