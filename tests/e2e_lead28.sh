#!/usr/bin/env bash
# End-to-end tests of what the lead added in wave 28, each found on real
# files no one here wrote (the guard trees: Linux, node_modules, Python's
# site-packages): a value right after a digest's algorithm and its mark
# (a wheel RECORD's sha256=, SRI's sha512-) is a checksum whatever
# provider prefix its base64 happens to start with; a password flag (-w,
# -p, -P) is read beside its own program's user or bind flag, not one of
# the next command's after && or | (sysctl -w a=b && prog -p gave sysctl's
# setting as a password in a kernel selftest); a description's first word
# under a credential's name (kernel-doc's `@X_PSK: authenticator for
# WPA2-PSK`) and a keyword argument a sentence passes (`pass
# strict=False`) are no passwords.
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

mk ops/net.sh "#!/bin/sh
sh -c 'sysctl -q -w net.ipv6.flowlabel_reflect=4 && ./flowlabel_probe -l 1 -p -s'
sysctl -w net.ipv4.ip_forward=1 | logger -p daemon.info
sysctl -w vm.swappiness=10; mysqladmin -u root -p status
"
silent ops/net.sh
mk ops/bmc.sh "#!/bin/sh
cd /opt/bmc && ipmitool -I lanplus -H 10.4.0.12 -U admin -P Qz8vLm2Rt4 chassis status
ldapsearch -x -D 'cn=reader,dc=harbour,dc=example' -w Tw4kVq9mZr -b 'dc=harbour,dc=example' | grep uid
"
found ops/bmc.sh 2 cli-bmc-password Qz8vLm2Rt4
found ops/bmc.sh 3 cli-ldap-password Tw4kVq9mZr

mk drivers/wifi/profile.h '/**
 * enum wl_profile_auth - firmware authenticator offload
 *
 * @WL_PROFILE_FWAUTH_NONE: no firmware authenticator
 * @WL_PROFILE_FWAUTH_PSK: authenticator for WPA/WPA2-PSK
 * @WL_PROFILE_FWAUTH_SAE: supplicant used when SAE is on
 */
'
silent drivers/wifi/profile.h
mk notes/wifi.txt 'guest wifi psk: Hv4kQm8Zt for the lobby screens
'
generic notes/wifi.txt 1 Hv4kQm8Zt
mk lib/permute.py '"""Rearranges items.

To keep as many items as possible in their places--pass `strict=False`; a
caller that wants every item moved passes strict=True, and
the pass `retries=3` gives up after three tries.
"""
'
silent lib/permute.py

finish e2e_lead28
