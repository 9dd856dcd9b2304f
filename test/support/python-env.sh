#!/usr/bin/env bash
# Makes the Python environment the inventory tests start the FastMCP fixture server with: a venv
# with the `mcp` package, under node_modules/.cache (kept between runs, outside the source tree).
# Prints the venv's python on success; exits 3 when no python3 is on PATH (the tests then skip).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="${MCP_GOLIVE_PY_VENV:-$root/node_modules/.cache/mcp-golive-python}"
py="$venv/bin/python"
if [ -x "$py" ] && "$py" -c 'import mcp.server' 2>/dev/null; then echo "$py"; exit 0; fi
command -v python3 >/dev/null 2>&1 || { echo "python3 not found" >&2; exit 3; }
python3 -m venv "$venv" >&2
"$py" -m pip install --quiet --disable-pip-version-check --retries 0 'mcp>=1.2,<3' >&2
"$py" -c 'import mcp.server' >&2
echo "$py"
