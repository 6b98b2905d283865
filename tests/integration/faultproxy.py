#!/usr/bin/env python3
"""A FAKE fault injector: an HTTP/1.1 proxy in front of the sandbox that misbehaves like a busy
S3 front end. It reads each request whole (keep-alive, one request at a time per connection)
and rolls a die:
  - with probability --slowdown (default 0.05) it answers 503 SlowDown itself (an S3 <Error>
    document, the request never reaches the server);
  - with probability --reset (default 0.01) it resets the client's connection (TCP RST): half of
    those before the request reaches the server, half after the server has answered (the
    request took effect, its answer is lost: an abort done but not heard of);
  - otherwise it passes the request and the server's answer through unchanged, so what the
    client signed is what the server checks (the Host header included).
When the server cannot be reached (a gateway restart) the client's connection is reset too.
It counts what it did and writes the counts as JSON to --stats every second and at exit.
usage: faultproxy.py --listen PORT --target HOST:PORT [--slowdown P] [--reset P] [--seed N]
                     [--stats FILE]            (prints "ready" once listening)"""
import argparse
import asyncio
import json
import os
import random
import signal
import socket
import struct

MAX_HEAD = 64 * 1024


class Stats:
    def __init__(self, path):
        self.path = path
        self.counts = {"connections": 0, "requests": 0, "passed": 0, "slowdown": 0,
                       "reset_before": 0, "reset_after": 0, "server_unreachable": 0}

    def add(self, name):
        self.counts[name] += 1

    def write(self):
        if not self.path:
            return
        tmp = self.path + ".tmp"
        with open(tmp, "w") as f:
            json.dump(self.counts, f)
        os.replace(tmp, self.path)


class Dropped(Exception):
    """The peer went away (or sent something this proxy does not relay)."""


async def read_head(reader):
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as e:
        if not e.partial:
            return None  # a clean end between requests
        raise Dropped() from e
    except (asyncio.LimitOverrunError, ConnectionError) as e:
        raise Dropped() from e
    return head


def header(head, name):
    for line in head.split(b"\r\n")[1:]:
        key, _, value = line.partition(b":")
        if key.strip().lower() == name:
            return value.strip()
    return None


async def read_body(reader, head, until_close):
    """The body that follows head, raw (chunked bodies are passed through as they are)."""
    try:
        if (header(head, b"transfer-encoding") or b"").lower() == b"chunked":
            out = bytearray()
            while True:
                size_line = await reader.readuntil(b"\r\n")
                out += size_line
                size = int(size_line.split(b";")[0], 16)
                if size == 0:
                    while True:  # trailers, then the empty line
                        line = await reader.readuntil(b"\r\n")
                        out += line
                        if line == b"\r\n":
                            return bytes(out)
                out += await reader.readexactly(size + 2)
        length = header(head, b"content-length")
        if length is not None:
            return await reader.readexactly(int(length))
        return await reader.read() if until_close else b""
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError, ValueError) as e:
        raise Dropped() from e


def reset(writer):
    """Close with a TCP RST (SO_LINGER 0), not a FIN: what a crashing load balancer does."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
    writer.transport.abort()


def slowdown_answer(count):
    request_id = "FAULTPROXY%010d" % count
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SlowDown</Code>'
            "<Message>Please reduce your request rate.</Message>"
            f"<RequestId>{request_id}</RequestId></Error>").encode()
    return (b"HTTP/1.1 503 Slow Down\r\nContent-Type: application/xml\r\n"
            + f"x-amz-request-id: {request_id}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)


async def main(args):
    host, _, port = args.target.rpartition(":")
    rng = random.Random(args.seed)
    stats = Stats(args.stats)

    async def handle(client_reader, client_writer):
        stats.add("connections")
        server_reader = server_writer = None
        try:
            while True:
                head = await read_head(client_reader)
                if head is None:
                    break
                body = await read_body(client_reader, head, until_close=False)
                stats.add("requests")
                roll = rng.random()
                if roll < args.slowdown:
                    stats.add("slowdown")
                    client_writer.write(slowdown_answer(stats.counts["requests"]))
                    await client_writer.drain()
                    continue
                reset_roll = roll - args.slowdown
                if reset_roll < args.reset / 2:
                    stats.add("reset_before")
                    reset(client_writer)
                    return
                if server_writer is None:
                    try:
                        server_reader, server_writer = await asyncio.open_connection(host, int(port))
                    except OSError:
                        stats.add("server_unreachable")
                        reset(client_writer)
                        return
                method = head.split(b" ", 1)[0]
                try:
                    server_writer.write(head + body)
                    await server_writer.drain()
                    while True:  # 1xx answers come before the real one
                        answer = await read_head(server_reader)
                        if answer is None:
                            raise Dropped()
                        status = int(answer.split(b" ", 2)[1])
                        if status >= 200:
                            break
                        client_writer.write(answer)
                    no_body = method == b"HEAD" or status in (204, 304)
                    answer_body = b"" if no_body else await read_body(server_reader, answer, until_close=True)
                except (Dropped, ConnectionError, ValueError, IndexError):
                    stats.add("server_unreachable")
                    reset(client_writer)
                    return
                if reset_roll < args.reset:
                    stats.add("reset_after")
                    reset(client_writer)
                    return
                stats.add("passed")
                client_writer.write(answer + answer_body)
                await client_writer.drain()
        except (Dropped, ConnectionError):
            pass
        finally:
            if server_writer is not None:
                server_writer.transport.abort()
            if not client_writer.transport.is_closing():
                client_writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", args.listen, reuse_address=True,
                                        limit=MAX_HEAD)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)

    async def write_stats():
        while True:
            stats.write()
            await asyncio.sleep(1)

    writer_task = asyncio.create_task(write_stats())
    print("ready", flush=True)
    async with server:
        await stop.wait()
    writer_task.cancel()
    stats.write()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--listen", type=int, required=True)
    parser.add_argument("--target", required=True)
    parser.add_argument("--slowdown", type=float, default=0.05)
    parser.add_argument("--reset", type=float, default=0.01)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--stats", default=None)
    asyncio.run(main(parser.parse_args()))
