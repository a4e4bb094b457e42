#!/usr/bin/env bash
# End-to-end tests of wave 39's refusal of a provider's keyword inside a C
# name (prefix39): a kind-1 keyword (bearer, _auth , migrate , proxy) that
# stands inside a longer C name, followed by C's punctuation or '=', on a
# line with no quote whose end is C's (; { ) , (), wakes no line reader.
# The lines that still give a value: the generic rule's own hit on the same
# line (db_auth = <value>;), a name followed by ':' (npm_auth: <value>), a
# quote on the line. None is new (all pass on kh-w39base and kh-w39integ: a
# speed change; the check build, doc/performance.md, is the evidence). Decoys: kernel
# C (struct tipc_bearer *b;, sa->sadb_sa_auth = 0;, napi_schedule(), a
# migrate struct). Every value is generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- a keyword inside a C name: the line's other hits still read it ----------
mk c/assign.c 'int db_auth = Zq9fK2mLx7Rt4Vw1Yb3N;'$'\n'
found c/assign.c 1 generic-secret Zq9fK2mLx7Rt4Vw1Yb3N
mk c/colon.c 'npm_auth: Rk7Gz2Nw5Qx9Lm3Tb8Vc'$'\n'
found c/colon.c 1 generic-secret Rk7Gz2Nw5Qx9Lm3Tb8Vc
mk c/mixed.c $'struct tipc_bearer *b;\nint app_auth = Wd4Hn8Qz2Lx6Tm9Rc3Kv;\n'
found c/mixed.c 2 generic-secret Wd4Hn8Qz2Lx6Tm9Rc3Kv
# ---- decoys: kernel C stays silent --------------------------------------------
mk c/decoy.c $'struct tipc_bearer *b;\nsa->sadb_sa_auth = 0;\nnapi_schedule(&n->napi);\nif (sh->plink) return;\nint encrypt_key_size = 0;\nconst struct xfrm_migrate *mp;\n'
silent c/decoy.c

finish e2e_prefix39
