import os from 'node:os'

export interface Machine {
  cores: number
  cpu: string
  memoryGiB: number
  node: string
  platform: string
}

/** What the figures were measured on: ratios travel between machines, absolute times do not. */
export const describeMachine = (): Machine => ({
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
  memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
  node: process.version,
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
})
