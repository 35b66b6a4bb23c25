#!/bin/bash
# Liveness probe for the image's HEALTHCHECK and compose: GET /health/live over bash's /dev/tcp, because
# the runtime image has no curl or wget and adding one only for this widens the attack surface.
# Port: HEALTHCHECK_PORT, else the port of the host's "Urls" in appsettings.json (5081-5084).
set -u
port="${HEALTHCHECK_PORT:-}"
if [ -z "$port" ]; then
  port=$(sed -n 's/.*"Urls"[^"]*"[^"]*:\([0-9][0-9]*\)".*/\1/p' /app/appsettings.json | head -n 1)
fi
exec 3<>"/dev/tcp/127.0.0.1/${port:-8080}" || exit 1
printf 'GET /health/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 5 status <&3 || exit 1
case "$status" in
  "HTTP/1."?" 200"*) exit 0 ;;
  *) exit 1 ;;
esac
