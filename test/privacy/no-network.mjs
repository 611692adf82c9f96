// Preloaded with `node --import` by the privacy tests. Every way a Node
// program can reach the network is wrapped: the attempt is written to the file
// named by PLAINSPEAK_NETWORK_LOG and then refused. Pipes and the language
// server's stdio and IPC channels are not network connections and do not pass
// through these functions.
import {appendFileSync} from 'node:fs'
import dgram from 'node:dgram'
import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import http2 from 'node:http2'
import net from 'node:net'
import tls from 'node:tls'

const log = process.env.PLAINSPEAK_NETWORK_LOG

function refuse(what) {
  return function () {
    if (log) appendFileSync(log, `${what} ${JSON.stringify([...arguments].filter((value) => typeof value !== 'function')).slice(0, 200)}\n`)
    throw new Error(`Network use refused in the privacy test: ${what}`)
  }
}

net.Socket.prototype.connect = refuse('net.Socket.connect')
net.connect = refuse('net.connect')
net.createConnection = refuse('net.createConnection')
net.Server.prototype.listen = refuse('net.Server.listen')
tls.connect = refuse('tls.connect')
dgram.createSocket = refuse('dgram.createSocket')
dns.lookup = refuse('dns.lookup')
dns.resolve = refuse('dns.resolve')
dns.promises.lookup = refuse('dns.promises.lookup')
http.request = refuse('http.request')
http.get = refuse('http.get')
https.request = refuse('https.request')
https.get = refuse('https.get')
http2.connect = refuse('http2.connect')
globalThis.fetch = refuse('fetch')
globalThis.WebSocket = refuse('WebSocket')
