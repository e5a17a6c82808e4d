"""Many WebSockets in one asyncio loop: each logged in by its session cookie,
noting when each message arrives.

A small RFC 6455 client on asyncio streams (text frames in, masked pongs and
close out): the benchmark process runs Django with daphne installed, which already
chose twisted for autobahn, and no asyncio WebSocket library is installed.

It answers daphne's keep-alive pings as a browser does: daphne pings a socket
idle for 20 s and closes it when no pong comes within 30 s. A client that did
not answer lost every socket about 50 s after opening it, first ones first
(``notify_latency`` counted 1,474 notifications "lost" that way, never sent to
a closed socket: the server was not losing them).
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import struct
import time
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlparse

SESSION_COOKIE = "sessionid"
TEXT, CLOSE, PING, PONG = 0x1, 0x8, 0x9, 0xA


@dataclass
class Socket:
    """One browser tab: what it received, and when."""

    url: str
    session: str
    failed: str = ""
    open: bool = False
    #: (notification id, seconds from its creation to its arrival)
    notifications: list[tuple[int, float]] = field(default_factory=list)
    #: notification id → the referral it is about
    referral_of: dict[int, int] = field(default_factory=dict)
    #: notification id → when it arrived (``time.time()``)
    arrived_at: dict[int, float] = field(default_factory=dict)
    rows: int = 0
    #: Whether the server closed it (a close frame or the connection dropped).
    closed_by_server: bool = False
    writer: asyncio.StreamWriter | None = None
    reader_task: asyncio.Task | None = None


async def handshake(tab: Socket) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    where = urlparse(tab.url)
    reader, writer = await asyncio.open_connection(where.hostname, where.port)
    key = base64.b64encode(os.urandom(16)).decode()
    writer.write(
        (
            f"GET {where.path}?{where.query} HTTP/1.1\r\n"
            f"Host: {where.hostname}:{where.port}\r\n"
            "Upgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
            f"Origin: http://{where.hostname}:{where.port}\r\n"
            f"Cookie: {SESSION_COOKIE}={tab.session}\r\n\r\n"
        ).encode()
    )
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    if b" 101 " not in head.split(b"\r\n", 1)[0]:
        writer.close()
        raise ConnectionError(head.split(b"\r\n", 1)[0].decode())
    return reader, writer


async def frame(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    first, second = await reader.readexactly(2)
    length = second & 0x7F
    if length == 126:
        (length,) = struct.unpack("!H", await reader.readexactly(2))
    elif length == 127:
        (length,) = struct.unpack("!Q", await reader.readexactly(8))
    return first & 0x0F, await reader.readexactly(length)


def receive(tab: Socket, text: bytes) -> str:
    arrived = time.time()
    data = json.loads(text)
    if data["type"] == "notification":
        created = datetime.fromisoformat(data["created_at"]).timestamp()
        tab.notifications.append((data["id"], arrived - created))
        tab.referral_of[data["id"]] = data["referral"]
        tab.arrived_at.setdefault(data["id"], arrived)
    elif data["type"] == "row":
        tab.rows += 1
    return data["type"]


def masked(opcode: int, payload: bytes) -> bytes:
    """One client frame (a client masks everything it sends); payload < 126."""
    mask = os.urandom(4)
    body = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    return bytes([0x80 | opcode, 0x80 | len(payload)]) + mask + body


async def listen(tab: Socket, reader: asyncio.StreamReader) -> None:
    try:
        while True:
            opcode, payload = await frame(reader)
            if opcode == CLOSE:
                tab.closed_by_server = True
                break
            if opcode == PING and tab.writer is not None:
                tab.writer.write(masked(PONG, payload))
                await tab.writer.drain()
            elif opcode == TEXT:
                receive(tab, payload)
    except (asyncio.IncompleteReadError, ConnectionError):
        tab.closed_by_server = True
    tab.open = False


async def open_socket(tab: Socket, timeout: float = 30.0) -> bool:
    """Connect ``tab`` and wait for its replay (the consumer accepted it and
    joined its groups); False with ``tab.failed`` set otherwise."""
    try:
        reader, writer = await asyncio.wait_for(handshake(tab), timeout)
        opcode, payload = await asyncio.wait_for(frame(reader), timeout)
        if opcode != TEXT or receive(tab, payload) != "replay":
            raise ConnectionError(f"first frame {opcode}: {payload[:80]!r}")
    except (OSError, TimeoutError, asyncio.IncompleteReadError) as error:
        tab.failed = f"{type(error).__name__}: {error}"
        return False
    tab.writer, tab.open = writer, True
    tab.reader_task = asyncio.create_task(listen(tab, reader))
    return True


async def close(tab: Socket) -> None:
    """A masked close frame, then the connection."""
    if tab.writer is None:
        return
    try:
        tab.writer.write(masked(CLOSE, struct.pack("!H", 1000)))
        await tab.writer.drain()
        tab.writer.close()
    except (OSError, RuntimeError):
        pass
    if tab.reader_task is not None:
        tab.reader_task.cancel()
    tab.writer, tab.open = None, False
