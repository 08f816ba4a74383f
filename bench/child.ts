import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'

/**
 * Runs a bench script (TypeScript, through tsx) in a Node process of its own, with `env` (its own
 * `DATABASE_URI`), and returns what it wrote with `writeChildResult` to `out`: a process of its
 * own so that its memory (P8's peak RSS) and its Payload are its alone.
 */
export const runChild = <T>(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  out: string,
): Promise<T> =>
  new Promise((resolve, reject) => {
    const argv = ['--import', 'tsx', script, ...args, out]
    execFile(
      process.execPath,
      argv,
      { env, maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error)
          return reject(
            new Error(
              `${script} failed (${error.message.split('\n')[0]}):\n${stderr.slice(-3000)}`,
            ),
          )
        resolve(JSON.parse(readFileSync(out, 'utf8')) as T)
      },
    )
  })

/** In the child: its arguments, the last one the file its result goes to. */
export const childArgs = (): { args: string[]; out: string } => {
  const argv = process.argv.slice(2)
  const out = argv.pop()
  if (!out) throw new Error('a bench child script is run by runChild, which names its result file')
  return { args: argv, out }
}

/** In the child: writes its result and exits (drivers and Payload can leave timers behind). */
export const writeChildResult = (out: string, result: unknown): never => {
  writeFileSync(out, JSON.stringify(result))
  process.exit(0)
}
