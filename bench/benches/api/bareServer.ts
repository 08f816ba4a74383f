/**
 * P5's baseline: a bare `node:http` server answering every request with one JSON body it holds
 * in memory (the production server's answer to P1's list). Run as its own process, as the
 * production server is: `node --import tsx bareServer.ts BODY_FILE PORT`; it prints "ready".
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const [file, port] = process.argv.slice(2)
const body = readFileSync(file)
const headers = { 'content-length': body.length, 'content-type': 'application/json' }

createServer((_req, res) => {
  res.writeHead(200, headers)
  res.end(body)
}).listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'))
