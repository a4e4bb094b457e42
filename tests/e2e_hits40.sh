#!/usr/bin/env bash
# End-to-end tests of wave 40's cheaper answers in the hit loop (hits40):
# keyword_inside() compares a rule's keywords by equal_ci() (strncasecmp's
# answer in the C locale, no call) and kh_shape_name_inside() finds its
# line by line_start()/line_end() and its quotes by memchr(), its last byte
# back from the line's end. The edges those touch: a keyword in another
# case (BEARER, Bearer, PLINK), a line ending in CRLF or in blanks after
# its ';', a file that ends without a line feed, a keyword at the file's
# first or last byte, each kind of quote on the line (which keeps the line
# read). None is new (all pass on kh-w40base: a speed change; the check
# build, doc/performance.md "Wave 40: hits40", is the evidence). And the
# hit loop takes a generic rule's no at a place for a token rule's hit
# there (psk, _pass: wifipsk's kind 0, the generic rules' kind 2): the
# values at such places, and C's pskb_may_pull() and PASSSEC silent.
# Every value is generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- values next to a keyword inside a C name are still found ---------------
mk c/crlf.c $'int db_auth = Zq9fK2mLx7Rt4Vw1Yb3N;\r\nstruct tipc_bearer *b;\r\n'
found c/crlf.c 1 generic-secret Zq9fK2mLx7Rt4Vw1Yb3N
# (no line feed at the end, blanks after the ';')
mk c/noeol.c $'struct tipc_bearer *b; int app_auth = Wd4Hn8Qz2Lx6Tm9Rc3Kv;   \t'
found c/noeol.c 1 generic-secret Wd4Hn8Qz2Lx6Tm9Rc3Kv
mk c/squote.c "struct tipc_BEARER *b; char c = 'x'; int x_auth = Rk7Gz2Nw5Qx9Lm3Tb8Vc;"$'\n'
found c/squote.c 1 generic-secret Rk7Gz2Nw5Qx9Lm3Tb8Vc
mk c/btick.c $'struct tipc_Bearer *b; /* `q` */ int y_auth = Hp5Tx8Wd2Nq6Lz4Rm7Kc;\n'
found c/btick.c 1 generic-secret Hp5Tx8Wd2Nq6Lz4Rm7Kc
mk c/dquote.c $'x = c_bearer + 1; bearer_token = "Mn3Qw8Zt5Lx2Rv9Kp6Hd";\n'
found c/dquote.c 1 generic-secret Mn3Qw8Zt5Lx2Rv9Kp6Hd
# ---- decoys: kernel C in any case, CRLF, blanks at the end, no line feed -----
mk c/decoy.c $'struct tipc_BEARER *b;\nsa->sadb_sa_auth = 0;   \r\nnapi_schedule(&n->napi);\nif (sh->PLINK) return;\n'
silent c/decoy.c
# (a keyword at the text's first byte and at its last, no line feed)
mk c/first.c $'bearer_id++;\nc_bearer'
silent c/first.c
mk c/last.c $'int n;\nc_bearer;'
silent c/last.c

# ---- a place two kinds of rule share (psk, _pass) ---------------------------
mk w/wpa.conf $'wpa_psk=Tq4Zw9Lm2Rx7Kb5Nc8Hv\n'
found w/wpa.conf 1 wifipsk-passphrase Tq4Zw9Lm2Rx7Kb5Nc8Hv
mk w/notes.txt $'PSK: Hn6Wq3Zr8Lt5Kx2Mb9Pv\n'
found w/notes.txt 1 generic-app-secret Hn6Wq3Zr8Lt5Kx2Mb9Pv
mk w/decoy.c $'if (!pskb_may_pull(skb, len))\n\treturn -EINVAL;\nflags &= ~IP_CMSG_PASSSEC;\n'
silent w/decoy.c

finish e2e_hits40
