#!/usr/bin/env bash
set -euo pipefail

export BOX_CLIENT_SECRET="fsqRbn1lrqsSiApRics1e7rHV9XBwcDe"
export BOX_CLIENT_ID="7z1o41s4i0msnx1hdg6rurjogcf0cb0u"
export BOX_CLIENT_SECRET="${BOX_CLIENT_SECRET:?missing}"
export BOX_CLIENT_SECRET="your-BOX-api-key"
