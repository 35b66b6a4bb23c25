"""A scripted mongod for the wire tests, driven over stdin/stdout with one JSON object per line.

Prints {"port": N} once listening on 127.0.0.1. Handshakes (isMaster/hello) are answered
automatically as a replica-set primary that supports sessions, so the driver enables retryable
writes and transactions (with --standalone: as a standalone server); they are recorded, and
endSessions is acknowledged. Every other request waits for the test's instructions:
  {"op": "receive"}                      -> {"name": ..., "doc": <request, canonical Extended JSON>}
  {"op": "reply", "doc": {...}}          -> answers the last request (ok: 1 added when missing)
  {"op": "command_err", "code": N, "errmsg": "...", "labels": [...]}
  {"op": "hangup"}                       -> closes the connection of the last request
  {"op": "handshakes"}                   -> {"docs": [every handshake received so far]}
  {"op": "stop"}
"""
import json
import sys

from bson import json_util
from bson.json_util import CANONICAL_JSON_OPTIONS
from mockupdb import Matcher, MockupDB


class CommandNamed(Matcher):
    """Matches a command by name whatever its value (mockupdb's name matcher also compares the value)."""

    def __init__(self, name):
        super().__init__()
        self._name = name.lower()

    def matches(self, *args, **kwargs):
        request = args[0]
        doc = getattr(request, "doc", None) or {}
        return bool(doc) and next(iter(doc)).lower() == self._name


def hello_reply(port, standalone):
    reply = {
        "helloOk": True,
        "ismaster": True,
        "isWritablePrimary": True,
        "secondary": False,
        "setName": "rs0",
        "hosts": ["127.0.0.1:%d" % port],
        "me": "127.0.0.1:%d" % port,
        "minWireVersion": 0,
        "maxWireVersion": 13,
        "maxBsonObjectSize": 16777216,
        "maxMessageSizeBytes": 48000000,
        "maxWriteBatchSize": 100000,
        "logicalSessionTimeoutMinutes": 30,
        # Without it the .NET driver asks each new connection for getLastError to learn its id.
        "connectionId": 1,
        "ok": 1,
    }
    if standalone:
        for field in ("setName", "hosts", "me", "secondary"):
            del reply[field]
    return reply


def canonical(doc):
    return json.loads(json_util.dumps(doc, json_options=CANONICAL_JSON_OPTIONS))


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def main():
    server = MockupDB(port=0, request_timeout=60)
    server._address = ("127.0.0.1", 0)
    port = server.run()
    reply = hello_reply(port, "--standalone" in sys.argv)
    handshakes = []

    def handshake(request):
        handshakes.append(canonical(request.doc))
        request.replies(reply)
        return True

    server.autoresponds(CommandNamed("ismaster"), handshake)
    server.autoresponds(CommandNamed("hello"), handshake)
    server.autoresponds(CommandNamed("endSessions"), {"ok": 1})
    emit({"port": port})
    last = None
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        command = json.loads(line)
        op = command["op"]
        try:
            if op == "receive":
                last = server.receives(timeout=command.get("timeout", 20))
                doc = dict(last.doc)
                name = next(iter(doc)) if doc else ""
                emit({"name": name, "doc": canonical(doc)})
            elif op == "reply":
                doc = json_util.loads(json.dumps(command.get("doc", {})))
                doc.setdefault("ok", 1)
                last.replies(doc)
                emit({"done": op})
            elif op == "command_err":
                extra = {}
                if command.get("labels"):
                    extra["errorLabels"] = command["labels"]
                last.command_err(code=command["code"], errmsg=command.get("errmsg", "mock error"), **extra)
                emit({"done": op})
            elif op == "hangup":
                last.hangup()
                emit({"done": op})
            elif op == "handshakes":
                emit({"docs": list(handshakes)})
            elif op == "stop":
                break
        except Exception as error:  # report to the test instead of dying silently
            emit({"error": "%s: %s" % (type(error).__name__, error)})
    server.stop()


if __name__ == "__main__":
    main()
