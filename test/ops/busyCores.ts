import { type ChildProcess, spawn } from 'node:child_process'
import { availableParallelism } from 'node:os'

// Each burner ends by itself after this long, should the test that started it never stop it.
const AT_MOST_MS = 15 * 60_000

/**
 * Keeps every core busy with processes of their own, as another test file or a build would:
 * whatever runs meanwhile gets a share of the CPU, never a core to itself. Returns the function
 * that stops them, and the one that says whether they all still run.
 */
export const keepCoresBusy = (count = availableParallelism()) => {
  const spin = `const end = Date.now() + ${AT_MOST_MS}; while (Date.now() < end) {}`
  const burners: ChildProcess[] = Array.from({ length: count }, () =>
    spawn(process.execPath, ['-e', spin], { stdio: 'ignore' }),
  )
  return {
    running: () =>
      burners.every((burner) => burner.exitCode === null && burner.signalCode === null),
    stop: () => {
      for (const burner of burners) burner.kill('SIGKILL')
    },
  }
}
