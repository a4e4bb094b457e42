#!/usr/bin/env bash
# End-to-end tests of wave 39's windows39: a generic rule's keyword line
# is searched only when a `=` or `:` of it has as many bytes after it,
# before the line's end, as the rule's value can be short (value_least,
# read from the regex's `secret` group: generic-password 8,
# generic-secret 12, generic-app-secret 16). A speed change: every value
# here was found before it too. The edges it depends on: a value of the
# least length that ends the file (no line feed), one before CRLF, a
# quoted one, a line whose first window has no value and whose last does
# (one line, keywords more than 1 KiB apart); and values one byte short,
# which stay silent as before. Every value is generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- values of the least length, the line's last bytes --------------------
mk conf/mail.env 'smtp_password=Kq8vTm3x'
found conf/mail.env 1 generic-password Kq8vTm3x

mk app/settings.py 'db_password = "Wr7#kQ2z"'
found app/settings.py 1 generic-password 'Wr7#kQ2z'

mk conf/api.env 'api_token=Xk29fLq0Zp7M'
found conf/api.env 1 generic-secret Xk29fLq0Zp7M

mk conf/cluster.conf $'# nodes share it\r\ncluster_key=Hq4Tz8Lw2Vn6Rb9K\r\n'
found conf/cluster.conf 2 generic-app-secret Hq4Tz8Lw2Vn6Rb9K

mk conf/several.ini $'[smtp]\nsmtp_password=Tz6pWq2n\n[api]\napi_token=Lm3Qv8Rx2Kw7\n'
found conf/several.ini 2 generic-password Tz6pWq2n
found conf/several.ini 4 generic-secret Lm3Qv8Rx2Kw7

# ---- one line, two windows: the first has no value, the last has --------
mk web/bundle.min.js "var p=password;$(printf 'f(1);%.0s' $(seq 300))var c={api_token:\"Pz7Hc2Wq9Nd4\"};"
found web/bundle.min.js 1 generic-secret Pz7Hc2Wq9Nd4

# ---- hard negatives: a value one byte short, operators at a line's end ----
mk conf/short.env $'smtp_password=Kq8vTm3\napi_token=Xk29fLq0Zp7\ncluster_key=Hq4Tz8Lw2Vn6Rb9\n'
silent conf/short.env

mk src/auth.c $'\tret = get_token(dev);\n\tif (!password) {\n\t\tsecret = NULL;\n\t}\n\ttoken_len = sizeof(tok);\n'
silent src/auth.c

mk web/short.min.js "var p=password;$(printf 'f(1);%.0s' $(seq 300))var c={api_token:\"Pz7Hc2Wq9Nd\"};"
silent web/short.min.js

flush_scans
finish "e2e_windows39"
