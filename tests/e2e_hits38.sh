#!/usr/bin/env bash
# End-to-end tests of wave 38's shared name walks (hits38): kh_shape_trigger's
# struct kh_hit walks the name around a generic keyword once, for every class
# of name bytes the *_named() readers walk (hit_name_end(), hit_name_start():
# isalnum and '_', code_name_byte, ident_byte, with ':' or quotes, a weak
# name's UTF-8), HIT_RUN_MAX bytes each way, and each reader takes its own
# bound of it. These hold the walks' edges: names at a line's start and end,
# glued to 0-3 and 52-71 bytes of a longer name (where the readers' bounds
# and the walks' caps meet), joined by '_', '-', '.', ':', CRLF lines, quotes,
# the readers that read a name's tail (hidden_name_named), its glue
# (code_glue_named, line_glue_named), its line's end (apart_named,
# record_list_named), a tuple's string (tuple_named), a sibling's pair
# (sibling_named), a call's argument (secret_argument_named). None is new
# (all 30 pass on kh-w38base: a speed change); a build whose walks stop
# 16 bytes on fails 3 (a name that goes on 18 bytes past its keyword). The
# silent ones are a name one byte past a bound its found twin sits at, and
# a name joined by ':'. Every value is generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

name() { printf '%s' "AbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAb" | cut -c1-"$1"; }

# ---- a name that ends its line, its value below (apart_named) ----------------
mk apart/start.yml $'api_token:\n  f2feLAj2585qVv54y4wC\n'
generic apart/start.yml 2 f2feLAj2585qVv54y4wC
mk apart/crlf.yml $'api_token:\r\n  URTGqztasfnMf5bWb2NM\r\n'
generic apart/crlf.yml 2 URTGqztasfnMf5bWb2NM
mk apart/long.yml "$(name 55)api_token:"$'\n  hWVw4mvbNd83iKpvdCvR\n'
generic apart/long.yml 2 hWVw4mvbNd83iKpvdCvR
mk apart/longer.yml "$(name 56)api_token:"$'\n  p7fzMfTy8i9Ehd3WcZ4g\n'
silent apart/longer.yml
mk apart/colon.yml "Ab:api_token:"$'\n  bvCFLauk98L4D2s3cSiX\n'
silent apart/colon.yml

# ---- a name's telling tail, set( and ENV{ before it (hidden_name_named) ------
mk hidden/dbpass.env 'PAPERLESS_DBPASS=UpGQ49nKvgsf7WSj438v'
generic hidden/dbpass.env 1 UpGQ49nKvgsf7WSj438v
mk hidden/dbpass-long.env "$(name 71)PAPERLESS_DBPASS=5BMR5zyTrB3igdLWr3r7"
generic hidden/dbpass-long.env 1 5BMR5zyTrB3igdLWr3r7
mk hidden/set.cmake 'set(API_TOKEN "5zevxmFFUythJatPr98a")'$'\r\n'
generic hidden/set.cmake 1 5zevxmFFUythJatPr98a
mk hidden/set-long.cmake "set($(name 55)API_TOKEN \"Frd9mpkRKVn99jRLEPyY\")"
generic hidden/set-long.cmake 1 Frd9mpkRKVn99jRLEPyY
mk hidden/set-longer.cmake "set($(name 56)API_TOKEN \"pgVWMQGhCUicazLhkNQd\")"
silent hidden/set-longer.cmake
mk hidden/set-dotted.cmake "set($(name 60).API_TOKEN \"vTyK7yt4F7xVVvKZmAPy\")"
generic hidden/set-dotted.cmake 1 vTyK7yt4F7xVVvKZmAPy

# ---- a bare value after its name that starts its line (line_glue_named) ------
mk glue/line.conf 'API_TOKEN 4Uhdym2NpsjTkSFkFwgf'
generic glue/line.conf 1 4Uhdym2NpsjTkSFkFwgf
mk glue/line-crlf.conf $'API_TOKEN 2cRPiJ92NjzD8teBF4E8\r\n'
generic glue/line-crlf.conf 1 2cRPiJ92NjzD8teBF4E8
mk glue/line-long.conf "$(name 54)_API_TOKEN mVER7enkMt2KDc93Fhc8"
generic glue/line-long.conf 1 mVER7enkMt2KDc93Fhc8
mk glue/line-longer.conf "$(name 55)_API_TOKEN CGv8zueYcts2gB2WBaaX"
silent glue/line-longer.conf
mk glue/line-dot.conf "A.API_TOKEN pSMnLdqCmegQNqbTEbiY"
generic glue/line-dot.conf 1 pSMnLdqCmegQNqbTEbiY

# ---- a name's glue, := (code_glue_named) -------------------------------------
mk glue/code.go 'api_token := "zRA97u8djMENn2yipK4h"'
generic glue/code.go 1 zRA97u8djMENn2yipK4h
mk glue/code-long.go "$(name 70)_api_token := \"yYTsuYs6bfi7cAzrkDZD\""
generic glue/code-long.go 1 yYTsuYs6bfi7cAzrkDZD

# ---- a list's opener ending its line (record_list_named) ---------------------
mk list/keys.py $'api_keys = [\n  "hPUaXGTNpHruftULekg4",\n]\n'
generic list/keys.py 2 hPUaXGTNpHruftULekg4
mk list/keys-long.py "$(name 56)_api_keys = ["$'\n  "HcA8jDTfhrwixLpVcCNY",\n]\n'
generic list/keys-long.py 2 HcA8jDTfhrwixLpVcCNY
mk list/keys-longer.py "$(name 57)_api_keys = ["$'\n  "mjHWJwiy9nyMsUnDDhw2",\n]\n'
silent list/keys-longer.py

# ---- a tuple's string, a sibling's pair, a call's secret argument ------------
mk code/tuple.py 'creds = ("api_key", "GzNrnULUtvebj7qDyizg")'
generic code/tuple.py 1 GzNrnULUtvebj7qDyizg
mk code/tuple-long.py "creds = (\"$(name 64)_api_key\", \"kXRSfhYMHbbrkX35iA3j\")"
generic code/tuple-long.py 1 kXRSfhYMHbbrkX35iA3j
mk code/sibling.php '$secret = "yCb44zYduhFjTjBKMvDB";'
generic code/sibling.php 1 yCb44zYduhFjTjBKMvDB
mk code/sibling-crlf.php $'<?php\r\n$secret = "3JqjhNutuXpdmfYfQgFf";\r\n'
generic code/sibling-crlf.php 2 3JqjhNutuXpdmfYfQgFf
mk code/hmac.py 'sig = hmac.new(b"C7HukGm4EWqR6zsPRLyP", msg)'
generic code/hmac.py 1 C7HukGm4EWqR6zsPRLyP
mk code/weak.py "$(name 60)-pwd = \"xgATzpKkAi3MBCWZzcpb\""
generic code/weak.py 1 xgATzpKkAi3MBCWZzcpb

# ---- a name that goes on 18 bytes past its keyword (two copy words): the
# walks on pass HIT_RUN_MAX's 16 of a build that caps them there -----------
mk copy/code.go 'api_token_production_backup := "qvnCiivwtr6L7KTbWWcH"'
generic copy/code.go 1 qvnCiivwtr6L7KTbWWcH
mk copy/line.conf $'API_TOKEN_PRODUCTION_BACKUP uaFcN6mTH8bg97tknmga\r\n'
generic copy/line.conf 1 uaFcN6mTH8bg97tknmga
mk copy/apart.yml $'api_token_production_backup:\n  kXw5ax3zcz9HMBnVah5Z\n'
generic copy/apart.yml 2 kXw5ax3zcz9HMBnVah5Z

finish e2e_hits38
