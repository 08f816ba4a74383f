import { hostname, networkInterfaces } from 'node:os'

/**
 * The host names this machine answers to in development: the loopback names, its own name and
 * the address of every network interface, IPv6 in brackets as in a URL. `next dev` serves the
 * admin on all of them, and both Next's dev-resource guard (`allowedDevOrigins`) and Payload's
 * CORS and CSRF lists must accept each one, or the admin opened on `127.0.0.1`, `[::1]` or the LAN
 * address is a blank page or cannot log in. Link-local IPv6 is left out: a browser URL cannot
 * carry its zone.
 * @returns {string[]}
 */
export const devHostnames = () => {
  const addresses = Object.values(networkInterfaces())
    .flat()
    .flatMap((info) => (info ? [info] : []))
    .filter((info) => !info.address.toLowerCase().startsWith('fe80:'))
    .map((info) => (info.family === 'IPv6' ? `[${info.address}]` : info.address))
  return [...new Set(['localhost', '127.0.0.1', '[::1]', hostname().toLowerCase(), ...addresses])]
}
