"""The benchmarks' WebSocket client keeps its sockets open as a browser does.

daphne pings a socket idle for 20 s and closes it when no pong comes back within
30 s: a client that did not answer had every socket closed about 50 s after its
opening, and ``notify_latency`` counted their notifications as lost (1,474 in one
run) although the server had sent every one it could.
"""

from __future__ import annotations

import asyncio
import json
import struct

from bench.live.sockets import CLOSE, PING, PONG, TEXT, Socket, close, open_socket


def server_frame(opcode: int, payload: bytes) -> bytes:
    return bytes([0x80 | opcode, len(payload)]) + payload


async def client_frame(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    first, second = await reader.readexactly(2)
    mask = await reader.readexactly(4)
    body = await reader.readexactly(second & 0x7F)
    return first & 0x0F, bytes(b ^ mask[i % 4] for i, b in enumerate(body))


async def pinged_then_closed() -> tuple[tuple[int, bytes], Socket]:
    answers: asyncio.Future = asyncio.get_running_loop().create_future()

    async def serve(reader, writer) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 101 Switching Protocols\r\n\r\n")
        replay = {"type": "replay", "notifications": [], "unread": 0}
        writer.write(server_frame(TEXT, json.dumps(replay).encode()))
        writer.write(server_frame(PING, b"keep-alive"))
        await writer.drain()
        answers.set_result(await client_frame(reader))
        writer.write(server_frame(CLOSE, struct.pack("!H", 1000)))
        await writer.drain()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    tab = Socket(f"ws://127.0.0.1:{port}/ws/notifications/?after=0", "session")
    assert await open_socket(tab, timeout=5)
    answer = await asyncio.wait_for(answers, 5)
    await asyncio.wait_for(tab.reader_task, 5)
    await close(tab)
    server.close()
    return answer, tab


def test_the_client_answers_the_servers_ping_and_notes_when_the_server_closes():
    (opcode, payload), tab = asyncio.run(pinged_then_closed())
    assert (opcode, payload) == (PONG, b"keep-alive")
    assert tab.closed_by_server
