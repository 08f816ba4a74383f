import path from 'node:path'

/**
 * An absolute path chosen at run time, resolved from the working directory (never from a module's
 * own file: the package lives in node_modules). The comment keeps Next's bundler from tracing it,
 * which would make a build ship the whole project; callers need no comment of their own.
 */
export const runtimePath = (...segments: string[]): string =>
  path.resolve(/*turbopackIgnore: true*/ process.cwd(), ...segments)
