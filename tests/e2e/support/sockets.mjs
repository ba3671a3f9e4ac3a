// What a process tree has open on the network, read from Linux's /proc: so tests can prove
// that nothing they start listens on, or talks to, an address beyond this machine's loopback.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** `pid` and every process started under it (the app's WebKit processes, say). */
export function processTree(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone while we looked
    }
    // The command name sits in parentheses and may hold spaces: the parent comes after it.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const tree = [];
  for (let queue = [pid]; queue.length > 0; ) {
    const next = queue.shift();
    tree.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return tree;
}

/** What the process `pid` holds open: file paths, and `socket:[inode]` for its sockets. */
export function openFiles(pid) {
  let fds = [];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return []; // gone, or not ours to read
  }
  const targets = [];
  for (const fd of fds) {
    try {
      targets.push(readlinkSync(`/proc/${pid}/fd/${fd}`));
    } catch {
      // closed while we looked
    }
  }
  return targets;
}

/**
 * Every TCP and UDP socket the processes `pids` hold:
 * `{ protocol, local: { ip, port }, remote: { ip, port }, listening }`.
 */
export function socketsOf(pids) {
  const sockets = [];
  for (const pid of pids) {
    const inodes = new Set(
      openFiles(pid)
        .filter((target) => target.startsWith('socket:['))
        .map((target) => target.slice(8, -1)),
    );
    for (const protocol of ['tcp', 'tcp6', 'udp', 'udp6']) {
      let table = '';
      try {
        table = readFileSync(`/proc/${pid}/net/${protocol}`, 'utf8');
      } catch {
        continue;
      }
      for (const row of table.trim().split('\n').slice(1)) {
        const [, local, remote, state, , , , , , inode] = row.trim().split(/\s+/);
        if (!inodes.has(inode)) continue;
        // State 0A is TCP's LISTEN.
        sockets.push({ protocol, local: endpoint(local), remote: endpoint(remote), listening: protocol.startsWith('tcp') && state === '0A' });
      }
    }
  }
  return sockets;
}

/** `0100007F:B92A` (or its 32-digit IPv6 form) as `{ ip, port }`; /proc writes each 32-bit word in the machine's byte order. */
function endpoint(hex) {
  const [address, port] = hex.split(':');
  const bytes = [];
  for (let word = 0; word < address.length; word += 8) {
    const wordBytes = address.slice(word, word + 8).match(/../g).map((pair) => parseInt(pair, 16));
    bytes.push(...wordBytes.reverse());
  }
  return { ip: formatIp(bytes), port: parseInt(port, 16) };
}

function formatIp(bytes) {
  if (bytes.length === 4) return bytes.join('.');
  const mappedV4 = bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  if (mappedV4) return `::ffff:${bytes.slice(12).join('.')}`;
  const groups = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16));
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}

/** Whether `ip` is this machine's own: 127.0.0.0/8, `::1`, or IPv4 loopback mapped into IPv6. */
export function isLoopback(ip) {
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  return /^127\.\d+\.\d+\.\d+$/.test(v4) || ip === '::1';
}

/** Whether `ip` is "no address": a socket not bound to, or not connected to, anything yet. */
function isUnspecified(ip) {
  return ip === '0.0.0.0' || ip === '::';
}

/**
 * The sockets among `sockets` that reach beyond loopback: listening on (or bound to) another
 * address, or connected to one.
 */
export function beyondLoopback(sockets) {
  return sockets.filter(
    ({ local, remote }) => !isLoopback(local.ip) || !(isLoopback(remote.ip) || isUnspecified(remote.ip)),
  );
}
