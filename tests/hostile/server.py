"""A misbehaving HTTP/1.1 server on 127.0.0.1 (asyncio streams, stdlib and brotli only).

Run as ``python tests/hostile/server.py --root DIR``: it prints one JSON line
``{"base": ..., "robots503": ...}`` and serves until ``--lifetime`` seconds
have passed. ``base`` serves ``DIR`` as static files (honouring the
``_headers.json`` rules of ``crawler.sample_site.server``) and the cases of
``hostile/cases.py``, linked from ``/hostile/index.html`` together with the
paths ``_links.json`` names (``variants``: articles to copy as mobile, print
and ``utm_`` URLs; ``extra``: further pages); ``robots503`` answers 503 to robots.txt and must never
see another request.

Everything is bounded: one request head is at most 64 KiB read within 10 s,
a stall lasts at most ``--stall`` seconds, bombs are generated once in memory
(a few hundred KiB encoded) and the 200 MB page is streamed from one zero
chunk, stopping as soon as the client goes away.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hostile.cases import BOMB_SIZE, CALENDAR, CASES, HUGE_SIZE, PRIVATE_NAME, hostile_index

HEAD_LIMIT = 64 * 1024
IO_TIMEOUT = 10.0
CHUNK = 1 << 20
TYPES = {
    ".htm": "text/html",
    ".html": "text/html",
    ".xml": "application/xml",
    ".txt": "text/plain",
    ".pdf": "application/pdf",
    ".gz": "application/gzip",
}
PAGE = (
    '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>\n'
    "<body><h1>{title}</h1>"
    + "<p>这是一段用于测试的正文，内容足够长，可以被当作文章。</p>" * 40
    + "</body></html>\n"
)


@dataclass
class Request:
    """The parts of a request head the handlers look at."""

    method: str
    path: str
    query: str
    headers: dict[str, str]


Handler = Callable[[Request, asyncio.StreamWriter], Awaitable[None]]


def _head(status: int, headers: dict[str, str]) -> bytes:
    reason = {
        200: "OK",
        302: "Found",
        404: "Not Found",
        429: "Too Many Requests",
        500: "Internal Server Error",
        503: "Service Unavailable",
    }.get(status, "Status")
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{k}: {v}" for k, v in headers.items()), "Connection: close"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


async def _send(writer: asyncio.StreamWriter, data: bytes) -> None:
    writer.write(data)
    await asyncio.wait_for(writer.drain(), IO_TIMEOUT)


async def respond(writer: asyncio.StreamWriter, status: int, body: bytes = b"", **headers: str) -> None:
    """Send a whole, honest response."""
    fields = {"Content-Type": "text/html", "Content-Length": str(len(body))}
    fields.update({k.replace("_", "-"): v for k, v in headers.items()})
    await _send(writer, _head(status, fields) + body)


class HostileServer:
    """Serve a static root plus the hostile cases; ``robots503`` is the second port's handler."""

    def __init__(self, root: Path, stall: float) -> None:
        self.root = root.resolve()
        self.stall = stall
        rules = self.root / "_headers.json"
        self.rules: dict[str, dict[str, object]] = (
            json.loads(rules.read_text("utf-8")) if rules.is_file() else {}
        )
        links = self.root / "_links.json"
        extra: dict[str, list[str]] = json.loads(links.read_text("utf-8")) if links.is_file() else {}
        self.variants = extra.get("variants", [])
        self.extra = extra.get("extra", [])
        self.robots503_base = ""
        self.port = 0
        self._bombs: dict[str, bytes] = {}
        self.routes: dict[str, Handler] = {
            case.path: getattr(self, "case_" + case.path.rsplit("content_", 1)[1].split(".")[0])
            for case in CASES
            if case.host == "main"
        }
        self.routes["/hostile/content_loop_b.html"] = self.case_loop_b
        self.routes["/hostile/login.html"] = self.login_page

    # -- plumbing -------------------------------------------------------------------------------

    async def handle(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, main: bool = True
    ) -> None:
        """Read one request head, answer it, close the connection; never raise."""
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), IO_TIMEOUT)
            if len(head) > HEAD_LIMIT:
                return
            line, *fields = head.decode("latin-1").split("\r\n")
            method, target, _ = line.split(" ", 2)
            parts = urlsplit(target)
            headers = {k.strip().lower(): v.strip() for k, _, v in (f.partition(":") for f in fields if f)}
            request = Request(method, unquote(parts.path), parts.query, headers)
            if main:
                await self.dispatch(request, writer)
            else:
                await self.robots503(request, writer)
        except (TimeoutError, OSError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    async def dispatch(self, request: Request, writer: asyncio.StreamWriter) -> None:
        """Route a request of the main host."""
        path = request.path
        handler = self.routes.get(path)
        if handler is not None:
            await handler(request, writer)
        elif path == "/hostile/index.html":
            await respond(
                writer, 200, hostile_index(self.robots503_base, self.variants, self.extra).encode("utf-8")
            )
        elif path.startswith("/hostile/chain/"):
            n = int(path.rsplit("/", 1)[1] or 0)
            await respond(writer, 302, Location=f"/hostile/chain/{n + 1}")
        elif path.startswith("/news/cal/d"):
            await self.calendar(path, writer)
        elif path.startswith(("/m/", "/print/")):
            await self.variant(path, writer)
        else:
            await self.static(path, writer)

    async def static(self, path: str, writer: asyncio.StreamWriter) -> None:
        """Serve a file of the root, applying its ``_headers.json`` rule (status, headers, no_length)."""
        file = (self.root / path.lstrip("/")).resolve()
        if path.endswith("/"):
            file = file / "index.html"
        if self.root not in file.parents or file.name.startswith("_") or not file.is_file():
            await respond(writer, 404, b"<html><body>not found</body></html>")
            return
        body = file.read_bytes()
        rule = self.rules.get(path, {})
        headers = {
            "Content-Type": TYPES.get(file.suffix, "application/octet-stream"),
            "Content-Length": str(len(body)),
        }
        if rule.get("no_length"):
            del headers["Content-Length"]
        headers.update({str(k): str(v) for k, v in dict(rule.get("headers", {})).items()})  # type: ignore[call-overload]
        await _send(writer, _head(int(rule.get("status", 200)), headers) + body)  # type: ignore[call-overload]

    async def variant(self, path: str, writer: asyncio.StreamWriter) -> None:
        """Serve a mobile or print copy of an article, declaring the original as canonical."""
        original = "/" + path.split("/", 2)[2]
        file = (self.root / original.lstrip("/")).resolve()
        if self.root not in file.parents or not file.is_file():
            await respond(writer, 404)
            return
        canonical = f'<link rel="canonical" href="http://127.0.0.1:{self.port}{original}">'.encode("ascii")
        body = file.read_bytes().replace(b"<head>", b"<head>" + canonical, 1)
        await respond(writer, 200, body)

    async def calendar(self, path: str, writer: asyncio.StreamWriter) -> None:
        """An endless calendar: every day links the day before and after, and a month on."""
        n = int(path.removeprefix("/news/cal/d").removesuffix(".html") or 0)
        links = "".join(f'<a href="{CALENDAR.format(n=m)}">{m}</a> ' for m in (n - 1, n + 1, n + 30))
        await respond(
            writer, 200, f"<html><head><title>往期 {n}</title></head><body>{links}</body></html>".encode()
        )

    async def robots503(self, request: Request, writer: asyncio.StreamWriter) -> None:
        """The second host: robots.txt is down (503), every page would look fine."""
        if request.path == "/robots.txt":
            await respond(writer, 503, b"busy", Content_Type="text/plain")
        else:
            await respond(writer, 200, PAGE.format(title="不应抓取").encode("utf-8"))

    def bomb(self, kind: str) -> bytes:
        """Return ``BOMB_SIZE`` zero bytes encoded with ``kind`` (made once, a few hundred KiB)."""
        if kind not in self._bombs:
            zero = bytes(CHUNK)
            if kind == "br":
                import brotli

                compressor = brotli.Compressor(quality=5)
                data = (
                    b"".join(compressor.process(zero) for _ in range(BOMB_SIZE // CHUNK))
                    + compressor.finish()
                )
            else:
                packer = zlib.compressobj(9, zlib.DEFLATED, 31 if kind == "gzip" else 15)
                data = b"".join(packer.compress(zero) for _ in range(BOMB_SIZE // CHUNK)) + packer.flush()
            self._bombs[kind] = data
        return self._bombs[kind]

    # -- the cases ------------------------------------------------------------------------------

    async def case_short_length(self, request: Request, writer: asyncio.StreamWriter) -> None:
        body = PAGE.format(title="短了的正文").encode("utf-8")
        await _send(
            writer, _head(200, {"Content-Type": "text/html", "Content-Length": str(len(body) + 4096)})
        )
        await _send(writer, body)

    async def case_dropped_chunked(self, request: Request, writer: asyncio.StreamWriter) -> None:
        body = PAGE.format(title="断了的分块").encode("utf-8")
        await _send(writer, _head(200, {"Content-Type": "text/html", "Transfer-Encoding": "chunked"}))
        half = body[: len(body) // 2]
        await _send(writer, b"%x\r\n%s\r\n" % (len(half), half))
        await _send(writer, b"%x\r\n%s" % (len(body), body[:100]))  # a chunk announced, never finished

    async def case_dropped_nolength(self, request: Request, writer: asyncio.StreamWriter) -> None:
        body = PAGE.format(title="没有长度").encode("utf-8")
        await _send(writer, _head(200, {"Content-Type": "text/html"}) + body[: len(body) // 2])

    async def case_half_gzip(self, request: Request, writer: asyncio.StreamWriter) -> None:
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)
        packed = packer.compress(PAGE.format(title="半个压缩包").encode("utf-8")) + packer.flush()
        await respond(writer, 200, packed[: len(packed) // 2], Content_Encoding="gzip")

    async def case_stall(self, request: Request, writer: asyncio.StreamWriter) -> None:
        body = PAGE.format(title="卡住").encode("utf-8")
        await _send(
            writer, _head(200, {"Content-Type": "text/html", "Content-Length": str(len(body))}) + body[:100]
        )
        await asyncio.sleep(self.stall)

    async def case_undecodable(self, request: Request, writer: asyncio.StreamWriter) -> None:
        noise = random.Random(8).randbytes(32 * 1024)
        await respond(writer, 200, noise)

    async def case_deep_nesting(self, request: Request, writer: asyncio.StreamWriter) -> None:
        body = (
            b"<html><head><title></title></head><body>" + b"<div><span><p><b>" * 12500 + b"</i></table></td>"
        )
        await respond(writer, 200, body)

    async def case_reset(self, request: Request, writer: asyncio.StreamWriter) -> None:
        pass  # the connection is closed with nothing said

    async def case_empty(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 200, b"")

    async def case_soft404(self, request: Request, writer: asyncio.StreamWriter) -> None:
        page = (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>城市晚报数字报</title></head><body>'
            '<div class="nav"><a href="/">首页</a> <a href="/news/">要闻</a></div>'
            '<table><tr><td class="title"><h1>洮北区抓实脱贫攻坚各项工作</h1></td></tr>'
            '<tr><td class="content"><p>对不起，您访问的页面不存在或已被删除！</p>'
            "<p>请检查网址是否正确，或返回首页继续浏览。</p></td></tr></table>"
            '<div class="footer">版权所有 城市晚报社 地址：白城市中兴西大路</div></body></html>'
        )
        await respond(writer, 200, page.encode("utf-8"), Content_Type="text/html; charset=utf-8")

    async def case_http500(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 500, b"<html><body>error</body></html>")

    async def case_http500_retry_after(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 500, b"<html><body>error</body></html>", Retry_After="1")

    async def case_http503(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 503, b"<html><body>busy</body></html>")

    async def case_http503_retry_after(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 503, b"<html><body>busy</body></html>", Retry_After="1")

    async def case_http503_retry_later(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 503, b"<html><body>busy</body></html>", Retry_After="86400")

    async def case_http429(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 429, b"<html><body>slow down</body></html>", Retry_After="1")

    async def case_loop_a(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 302, Location="/hostile/content_loop_b.html")

    async def case_loop_b(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 302, Location="/hostile/content_loop_a.html")

    async def case_chain(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 302, Location="/hostile/chain/1")

    async def case_to_login(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 302, Location="/hostile/login.html?from=/hostile/content_to_login.html")

    async def login_page(self, request: Request, writer: asyncio.StreamWriter) -> None:
        page = (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>用户登录</title></head><body>'
            "<h1>用户登录</h1><p>尊敬的读者，本报数字报实行会员制，请登录后阅读全文。如果您还没有账号，"
            "请先注册成为会员，注册免费，注册后即可阅读本报全部内容。</p>"
            '<form action="/login" method="post"><input name="u"><input name="p" type="password"></form>'
            "<p>忘记密码？请联系客服电话，工作时间为周一至周五上午八点至下午五点，节假日除外。</p></body></html>"
        )
        await respond(writer, 200, page.encode("utf-8"), Content_Type="text/html; charset=utf-8")

    async def case_to_private(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 302, Location="http://10.20.30.40/content_1.html")

    async def case_to_private_name(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 302, Location=f"http://{PRIVATE_NAME}/content_1.html")

    async def case_to_loopback_alias(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 302, Location=f"http://127.0.0.2:{self.port}/hostile/content_1.html")

    async def case_gzip_bomb(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 200, self.bomb("gzip"), Content_Encoding="gzip")

    async def case_deflate_bomb(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 200, self.bomb("deflate"), Content_Encoding="deflate")

    async def case_br_bomb(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await respond(writer, 200, self.bomb("br"), Content_Encoding="br")

    async def case_huge_chunked(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await _send(writer, _head(200, {"Content-Type": "text/html", "Transfer-Encoding": "chunked"}))
        chunk = b"%x\r\n%s\r\n" % (CHUNK, b"<p>" + b"x" * (CHUNK - 7) + b"</p>\n")
        for _ in range(HUGE_SIZE // CHUNK):  # stops early: the client hangs up at its size cap
            await _send(writer, chunk)
        await _send(writer, b"0\r\n\r\n")

    async def case_huge_declared(self, request: Request, writer: asyncio.StreamWriter) -> None:
        await _send(writer, _head(200, {"Content-Type": "text/html", "Content-Length": str(HUGE_SIZE)}))
        for _ in range(HUGE_SIZE // CHUNK):
            await _send(writer, bytes(CHUNK))


async def serve(root: Path, stall: float, lifetime: float) -> None:
    """Serve both hosts on free loopback ports until ``lifetime`` seconds have passed."""
    site = HostileServer(root, stall)
    main = await asyncio.start_server(site.handle, "127.0.0.1", 0)
    side = await asyncio.start_server(lambda r, w: site.handle(r, w, main=False), "127.0.0.1", 0)
    site.port = main.sockets[0].getsockname()[1]
    site.robots503_base = f"http://127.0.0.1:{side.sockets[0].getsockname()[1]}"
    print(json.dumps({"base": f"http://127.0.0.1:{site.port}", "robots503": site.robots503_base}), flush=True)
    async with main, side:
        await asyncio.sleep(lifetime)


def main(argv: list[str] | None = None) -> int:
    """Parse arguments and serve."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--stall", type=float, default=20.0, help="seconds a stalled response stays open")
    parser.add_argument("--lifetime", type=float, default=300.0, help="seconds before the server exits")
    args = parser.parse_args(argv)
    try:
        asyncio.run(serve(args.root, args.stall, args.lifetime))
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
