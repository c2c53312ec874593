"""A flood of messages from one sender at a steady rate, for the abuse test and bench.

Raw HTTP/1.1 over asyncio streams (one connection per message, like many clients), so that the
flood itself costs the machine little CPU: what is measured is the server, not the client.

    stop = threading.Event()
    result = Flood(rasa_url, "flooder", {"X-Forwarded-For": "203.0.113.7"}, rate=50)
    thread = threading.Thread(target=result.run, args=(stop,)); thread.start(); ...; stop.set(); thread.join()
    result.codes, result.seconds
"""
from __future__ import annotations

import asyncio
import json
import threading
import time
from urllib.parse import urlsplit


class Flood:
    def __init__(self, rasa_url: str, sender: str, headers: dict, rate: float, message: str = "bonjour") -> None:
        parts = urlsplit(rasa_url)
        self.host, self.port = parts.hostname, parts.port or 80
        body = json.dumps({"sender": sender, "message": message}).encode()
        head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self.request = (f"POST /webhooks/rest/webhook HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n{head}"
                        "Connection: close\r\n\r\n").encode() + body
        self.rate = rate
        self.codes: list[int] = []  # HTTP status of each message (0: no answer)
        self.seconds = 0.0  # how long messages were sent

    async def _one(self) -> None:
        try:
            reader, writer = await asyncio.open_connection(self.host, self.port)
            writer.write(self.request)
            await writer.drain()
            status = await asyncio.wait_for(reader.readline(), 300)
            self.codes.append(int(status.split()[1]))
            writer.close()
        except (OSError, ValueError, IndexError, asyncio.TimeoutError):
            self.codes.append(0)

    async def _run(self, stop: threading.Event) -> None:
        tasks, start, sent = [], time.perf_counter(), 0
        while not stop.is_set():
            tasks.append(asyncio.create_task(self._one()))
            sent += 1
            await asyncio.sleep(max(0.0, start + sent / self.rate - time.perf_counter()))
        self.seconds = time.perf_counter() - start
        await asyncio.gather(*tasks)

    def run(self, stop: threading.Event) -> None:
        asyncio.run(self._run(stop))
