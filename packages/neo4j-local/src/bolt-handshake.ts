import * as net from 'node:net';

/**
 * Opens a TCP connection, sends the Bolt preamble and version proposals (5.0-5.8, 4.4, 4.3, 3.0), and
 * resolves with the version the server picked, e.g. "5.8". A cheap "is Bolt really up" probe that needs
 * no driver.
 */
export function boltHandshake(port: number, host = '127.0.0.1', timeoutMs = 5000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host });
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () =>
      socket.destroy(new Error(`Bolt handshake with ${host}:${port} timed out`)),
    );
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.write(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 8, 8, 5, 0, 0, 4, 4, 0, 0, 3, 4, 0, 0, 0, 3]));
    });
    socket.on('data', (data: Buffer) => {
      chunks.push(data);
      const reply = Buffer.concat(chunks);
      if (reply.length < 4) return;
      socket.destroy();
      const major = reply[3] ?? 0;
      const minor = reply[2] ?? 0;
      if (major === 0) reject(new Error(`server at ${host}:${port} rejected all proposed Bolt versions`));
      else resolve(`${major}.${minor}`);
    });
    socket.once('close', () =>
      reject(new Error(`connection to ${host}:${port} closed before the Bolt handshake reply`)),
    );
  });
}
