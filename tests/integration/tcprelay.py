#!/usr/bin/env python3
"""A plain TCP relay in front of the sandbox, so that a test can make the server die mid-job
(kill -9 the relay: connections drop, new ones are refused) and come back (start it again on
the same port). It passes bytes unchanged, so what the client signs is what the server checks.
usage: tcprelay.py LISTEN_PORT TARGET_HOST TARGET_PORT   (prints "ready" once listening)"""
import asyncio
import sys


async def pipe(reader, writer):
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        writer.close()


async def main(listen_port, host, port):
    async def handle(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection(host, port)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pipe(client_reader, server_writer), pipe(server_reader, client_writer))

    server = await asyncio.start_server(handle, "127.0.0.1", listen_port, reuse_address=True)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), sys.argv[2], int(sys.argv[3])))
