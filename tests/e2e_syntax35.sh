#!/usr/bin/env bash
# End-to-end tests of wave 35's glues (syntax35): a credential's name and
# its literal joined by a syntax's own glue that no reader took before,
# read by the reader that knows no glue (any_glue_value() and
# own_glue_value() in scanner/shape_code.c): APL's, BQN's and Uiua's
# arrow (`name ← "…"`), Vyper's typed constant (`NAME:
# constant(String[256]) = "…"`), an rST substitution (`.. |name|
# replace:: …`), PostScript's `/name (…) def`, Forth's `: name s" …" ;`,
# Fortran's `data name / "…" /`; a name on one line and its literal alone
# on the next: COBOL's `VALUE` clause, a Go struct literal's field and a
# dict's quoted key over lines. An Elixir or Ruby atom heading a tuple
# (`{:shortcut, "…"}`) names its provider as a bare Erlang atom does.
# Hard decoys in the same syntaxes: placeholders, masks, references,
# fonts, counts, a path join, a COBOL figurative constant, an environment
# read, a template, a token's type, a digest under a *_sha256 name,
# tuples of names that say no credential. Every value is generated for
# this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- a glue of the syntax's own on one line -------------------------------
mk feed/kaggle.ua '# lift ops feed
kaggle_key ← "4AQK6Bw5uamV10eJCY8jxJoFTzlWeFH8"
'
generic feed/kaggle.ua 2 4AQK6Bw5uamV10eJCY8jxJoFTzlWeFH8

mk contracts/settings.vy '# @version ^0.3.10
SERVICE_SECRET_KEY: constant(String[256]) = "U3vYIqPsanhgXCPqsS9hu0fZftLSTHQG"
'
generic contracts/settings.vy 2 U3vYIqPsanhgXCPqsS9hu0fZftLSTHQG

mk docs/deploy.rst 'Deployment
==========

.. |service_api_key| replace:: yY7KjhLo2QRRffir8pldl2rTczuU39b9
'
generic docs/deploy.rst 4 yY7KjhLo2QRRffir8pldl2rTczuU39b9

mk print/ticket.ps '%!PS-Adobe-3.0
/relayClientSecret (nWVOofRotfhhEBTFVcUV2wBbB5N6i2vh) def
'
generic print/ticket.ps 2 nWVOofRotfhhEBTFVcUV2wBbB5N6i2vh

mk fw/keys.fs '\ loaded by the kiosk firmware
: relay-client-secret s" s2x7MIM7TnNN2229Dm9RR71KbMQBCgeW" ;
'
generic fw/keys.fs 2 s2x7MIM7TnNN2229Dm9RR71KbMQBCgeW

mk src/settings.f90 'module settings
  character(len=64) :: api_secret
  data api_secret / "iibl16lNiV8KxmXIeykdStu5f4EMWv9U" /
end module settings
'
generic src/settings.f90 3 iibl16lNiV8KxmXIeykdStu5f4EMWv9U

# ---- the name on one line, its literal alone on the next ------------------
mk src/CFGLOAD.cbl '       WORKING-STORAGE SECTION.
       01 WS-RELAY-API-SECRET PIC X(64) VALUE
           "eQuxndzBCJYB8rcIFvRi3t6v8EqS5YDJ".
'
generic src/CFGLOAD.cbl 3 eQuxndzBCJYB8rcIFvRi3t6v8EqS5YDJ

mk cmd/relay/main.go 'package main

var cfg = Config{
	APISecret:
		"CVCsBwLb91VRYJ8x9JBPLAWMwwP7nWF7",
}
'
generic cmd/relay/main.go 5 CVCsBwLb91VRYJ8x9JBPLAWMwwP7nWF7

mk app/relay.py 'SETTINGS = {"relay_api_secret":
    "SXTWn9ToRzb734GnmJER7MPXlPrxujUd",
}
'
generic app/relay.py 2 SXTWn9ToRzb734GnmJER7MPXlPrxujUd

# ---- an atom heading a tuple names its provider ---------------------------
mk config/shortcut.exs 'import Config
config :larch, :providers, [{:shortcut, "97252df8-96bb-4fc8-b1d0-76157a10ff3e"}]
'
found config/shortcut.exs 2 shortcut-api-token 97252df8-96bb-4fc8-b1d0-76157a10ff3e

# ---- decoys in the same syntaxes ------------------------------------------
mk feed/decoys.ua 'api_secret ← "$(API_SECRET)"
token_count ← 42
token_name ← "primary"
'
silent feed/decoys.ua

mk contracts/decoys.vy 'SERVICE_SECRET_KEY: constant(String[64]) = "<SERVICE_SECRET_KEY>"
TOKEN_DECIMALS: constant(uint256) = 18
'
silent contracts/decoys.vy

mk docs/decoys.rst '.. |api_secret| replace:: ``$API_SECRET``
.. |api_token| replace:: your-api-token-here
.. |token_doc| replace:: See the token guide in docs/tokens.rst
'
silent docs/decoys.rst

mk print/decoys.ps '/apiSecret (********) def
/apiSecret ($API_SECRET) def
/tokenFont (Helvetica-Bold) def
'
silent print/decoys.ps

mk fw/decoys.fs ': api-secret s" changeme" ;
: api-secret s" <your-secret-here>" ;
'
silent fw/decoys.fs

mk src/decoys.f90 '  data api_secret / "xxxxxxxxxxxxxxxxxxxxxxxx" /
  data token_count / 16 /
'
silent src/decoys.f90

mk app/paths.py 'path = token_dir / "BQWs6K5CoSStQkQUmKo7YFzKQjwei9FE.json"
'
silent app/paths.py

mk src/DECOYS.cbl '       01 WS-API-SECRET PIC X(64) VALUE
           SPACES.
       01 WS-API-TOKEN PIC X(64) VALUE
           "REPLACE-WITH-TOKEN".
'
silent src/DECOYS.cbl

mk cmd/decoys/main.go 'var cfg = Config{
	APISecret:
		os.Getenv("API_SECRET"),
	SecretName:
		"prod/billing/api-secret-v2",
	Token:
		"00000000-0000-0000-0000-000000000000",
}
'
silent cmd/decoys/main.go

mk app/decoys.py 'x = {"api_secret":
    "{{ api_secret }}",
}
y = {"token_type":
    "Bearer",
}
z = {"token_sha256":
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
}
m = {"password":
    "Your password must be at least 12 characters",
}
'
silent app/decoys.py

mk config/decoys.exs 'config :larch, :limits, [{:timeout, "30"}, {:pool_size, "10"}]
config :larch, :ids, [{:region, "bfe0ac15-e0a4-4037-8124-11690d94cc5d"}]
'
silent config/decoys.exs
flush_scans

finish "e2e_syntax35"
