import { isIP } from 'node:net'
import { parseArgs } from 'node:util'
import { tunnelSubdomainSchema } from '../../shared/domain'
import { defaultDataDir } from '../core/default-data-dir'

export const SERVE_USAGE = `Usage: npm run serve -- [options]
  --data-dir DIR        where leads and settings are kept (default: ${defaultDataDir()})
  --receiver-port N     port of the webhook receiver (default 7420; 0 = any free port)
  --receiver-host IP    address the receiver listens on (default 127.0.0.1; 0.0.0.0 to take
                        requests from other machines, e.g. with a direct URL and no proxy here)
  --control-port N      port of the UI and API on 127.0.0.1 (default 7421; 0 = any free port)
  --tunnel-host URL     localtunnel server (default: the stored setting, https://localtunnel.me)
  --tunnel-subdomain S  the subdomain to ask for (default: the stored one, made at the first start)
  --no-tunnel           do not open a public tunnel (receive on this machine only)
  --help                show this help`

export interface ServeArgs {
  dataDir: string
  receiverPort: number
  receiverHost: string
  controlPort: number
  tunnelHost?: string
  tunnelSubdomain?: string
  tunnelEnabled?: boolean
  help: boolean
}

export function parseServeArgs(argv: string[]): ServeArgs {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      'data-dir': { type: 'string' },
      'receiver-port': { type: 'string' },
      'receiver-host': { type: 'string' },
      'control-port': { type: 'string' },
      'tunnel-host': { type: 'string' },
      'tunnel-subdomain': { type: 'string' },
      'no-tunnel': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  })
  const tunnelHost = values['tunnel-host']
  if (tunnelHost !== undefined && !/^https?:\/\/[^\s/]+/.test(tunnelHost)) {
    throw new Error(`--tunnel-host must be a URL like https://localtunnel.me (got ${tunnelHost})`)
  }
  const tunnelSubdomain = values['tunnel-subdomain']
  if (tunnelSubdomain !== undefined && !tunnelSubdomainSchema.safeParse(tunnelSubdomain).success) {
    throw new Error(`--tunnel-subdomain must be 4 to 63 lowercase letters, digits or hyphens, like acme-leads (got ${tunnelSubdomain})`)
  }
  const receiverHost = values['receiver-host'] ?? '127.0.0.1'
  if (!isIP(receiverHost)) throw new Error(`--receiver-host must be an IP address such as 127.0.0.1 or 0.0.0.0 (got ${receiverHost})`)
  return {
    dataDir: values['data-dir'] ?? defaultDataDir(),
    receiverHost,
    receiverPort: port(values['receiver-port'], 7420, '--receiver-port'),
    controlPort: port(values['control-port'], 7421, '--control-port'),
    tunnelHost: tunnelHost?.replace(/\/+$/, ''),
    tunnelSubdomain,
    tunnelEnabled: values['no-tunnel'] ? false : tunnelHost ? true : undefined,
    help: values.help ?? false,
  }
}

function port(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${flag} must be a port number from 0 to 65535 (got ${value})`)
  return n
}
