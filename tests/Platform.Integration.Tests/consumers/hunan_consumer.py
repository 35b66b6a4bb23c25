#!/usr/bin/python3
"""A downstream consumer written without .NET: binds a queue to the public exchange and reports each event.

Run with Debian's python3-pika and python3-jsonschema (tests/setup/python-consumers.sh installs them):
  /usr/bin/python3 hunan_consumer.py --vhost V --exchange E --binding 'article.published.43.#' --schema article.schema.json

Prints JSON lines on stdout: {"event": "ready"} once the queue is bound, one {"event": "message", ...} per delivery
(CloudEvents attributes, routing key, and the problems found: missing/invalid attributes, schema violations), and
{"event": "done"} when a message of type "test.end" arrives (the test's end marker) or --timeout passes.
"""
import argparse
import datetime
import json
import re
import sys

import jsonschema
import pika

REQUIRED = ["specversion", "id", "source", "type", "subject", "time", "datacontenttype", "sequence"]


def emit(obj):
    print(json.dumps(obj, ensure_ascii=False), flush=True)


def text(value):
    return value.decode("utf-8") if isinstance(value, bytes) else value


def check(headers, routing_key, body, validator):
    problems = []
    attrs = {name: text(headers.get("cloudEvents:" + name)) for name in REQUIRED}
    for name, value in attrs.items():
        if not value:
            problems.append("missing cloudEvents:" + name)
    if attrs["specversion"] != "1.0":
        problems.append("specversion is %r" % attrs["specversion"])
    if attrs["datacontenttype"] != "application/json":
        problems.append("datacontenttype is %r" % attrs["datacontenttype"])
    if attrs["sequence"] and not re.fullmatch(r"[0-9]+", attrs["sequence"]):
        problems.append("sequence is not a number: %r" % attrs["sequence"])
    if attrs["time"]:
        try:
            datetime.datetime.fromisoformat(attrs["time"][:26].rstrip("Z"))
        except ValueError:
            problems.append("time is not RFC 3339: %r" % attrs["time"])
    if attrs["type"] and not routing_key.startswith(attrs["type"] + "."):
        problems.append("routing key %s does not start with the type" % routing_key)
    try:
        data = json.loads(body.decode("utf-8"))
    except ValueError as e:
        return attrs, None, problems + ["body is not JSON: %s" % e]
    for error in validator.iter_errors(data):
        problems.append("schema: %s at /%s" % (error.message, "/".join(str(p) for p in error.absolute_path)))
    if isinstance(data, dict) and data.get("id") != attrs["subject"]:
        problems.append("subject %r is not the body's id %r" % (attrs["subject"], data.get("id")))
    return attrs, data, problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--vhost", required=True)
    parser.add_argument("--exchange", required=True)
    parser.add_argument("--binding", required=True)
    parser.add_argument("--schema", required=True)
    parser.add_argument("--timeout", type=float, default=300)
    args = parser.parse_args()

    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)

    params = pika.ConnectionParameters(host=args.host, virtual_host=args.vhost,
                                       credentials=pika.PlainCredentials("guest", "guest"))
    channel = pika.BlockingConnection(params).channel()
    channel.exchange_declare(args.exchange, exchange_type="topic", durable=True)
    queue = channel.queue_declare("", exclusive=True).method.queue
    channel.queue_bind(queue, args.exchange, args.binding)
    emit({"event": "ready", "queue": queue, "validator": validator_class.__name__})

    deadline = datetime.datetime.now() + datetime.timedelta(seconds=args.timeout)
    for method, props, body in channel.consume(queue, auto_ack=True, inactivity_timeout=1):
        if datetime.datetime.now() > deadline:
            emit({"event": "done", "reason": "timeout"})
            return 1
        if method is None:
            continue
        headers = props.headers or {}
        if text(headers.get("cloudEvents:type")) == "test.end":
            emit({"event": "done", "reason": "end marker"})
            return 0
        attrs, data, problems = check(headers, method.routing_key, body, validator)
        emit({"event": "message", "routingKey": method.routing_key, "attributes": attrs,
              "region": ((((data or {}).get("enrichment") or {}).get("regions") or {}).get("primary") or {}).get("code"),
              "problems": problems})
    return 1


if __name__ == "__main__":
    sys.exit(main())
