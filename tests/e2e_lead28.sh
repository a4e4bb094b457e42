#!/usr/bin/env bash
# End-to-end tests of what the lead added in wave 28, each found on real
# files no one here wrote (the guard trees: Linux, node_modules, Python's
# site-packages): a value right after a digest's algorithm and its mark
# (a wheel RECORD's sha256=, SRI's sha512-) is a checksum whatever
# provider prefix its base64 happens to start with.
. "$(dirname "$0")/lib.sh"

TOKEN=glc_eyJvIjoiNDQwMTk3IiwibiI6InN0YWNrLTQ0MDE5Ny1obS1yZWFkIiwiayI6IlI3dk0ycVg5d0s0cFo4bkwzdEg2IiwibSI6eyJyIjoiZXUifX0=

mk ci/grafana.env "GRAFANA_CLOUD_TOKEN=$TOKEN
"
found ci/grafana.env 1 grafana-cloud-token "$TOKEN"

mk site-packages/pkg-1.0.dist-info/RECORD "pkg/__init__.py,sha256=${TOKEN%=},1208
pkg/core.py,SHA256=${TOKEN%=},4410
"
silent site-packages/pkg-1.0.dist-info/RECORD
mk web/index.html "<script src=\"app.js\" integrity=\"sha512-${TOKEN}\"></script>
<link rel=\"stylesheet\" href=\"a.css\" integrity=\"sha384:${TOKEN}\">
"
silent web/index.html

finish e2e_lead28
