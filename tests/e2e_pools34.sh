#!/usr/bin/env bash
# End-to-end tests of wave 34's one splitter for pools of values (pools34):
# key_pool() reads every pool, the line reader's (ES|QL's `| EVAL NAMES =
# "a,b"`) and every other reader's alike, under one plural-name test
# (plural_secret). So each reader now takes what only one took: blanks
# after a comma (`API_TOKENS=k1, k2` unquoted), `passwds` (a list's too:
# `SMTP_PASSWDS = ["…", "…"]`), up to sixteen values. Hard negatives: a
# sentence under a plural name, a blank before a comma, short words, a
# password with a comma under a singular name.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- blanks after the commas, under any reader ----------------------------
mk spaced/.env 'API_TOKENS=qNWNAqai0EyVvQ8JB9DfeEY301KWuyoj, IP1Ywx4xzbuSTX9zWKoVOBEJTOVGMPA3
'
secrets_exactly spaced/.env qNWNAqai0EyVvQ8JB9DfeEY301KWuyoj IP1Ywx4xzbuSTX9zWKoVOBEJTOVGMPA3
mk spaced/config.yml "relay:
  upstream_secrets: '5kKmpdgKWqBELZz3X47s5B000BgGO3HY,  71f5A7ArsSCF02oiT8QB1g6nwf1iNFEM'
"
secrets_exactly spaced/config.yml 5kKmpdgKWqBELZz3X47s5B000BgGO3HY 71f5A7ArsSCF02oiT8QB1g6nwf1iNFEM

# ---- passwds: a plural password's name for every reader -------------------
mk passwds/relay.py 'SMTP_PASSWDS = ["Otter*318kQwPzLm", "Heron_52VbTnXcRs9"]
'
secrets_exactly passwds/relay.py 'Otter*318kQwPzLm' Heron_52VbTnXcRs9
mk passwds/relay.esql 'FROM logs-relay
| EVAL RELAY_SASL_PASSWDS = "Corgi.76FFit1Gzz, Marmot_51M47hLo"
'
secrets_exactly passwds/relay.esql Corgi.76FFit1Gzz Marmot_51M47hLo

# ---- a pool of ten keys: each ---------------------------------------------
mk ten/.env 'API_KEYS=qNWNAqai0EyVvQ8JB9DfeEY301KWuyoj,IP1Ywx4xzbuSTX9zWKoVOBEJTOVGMPA3,5kKmpdgKWqBELZz3X47s5B000BgGO3HY,71f5A7ArsSCF02oiT8QB1g6nwf1iNFEM,HjMA0fq3uBWKAgGvQbthfy0fY0DZrQVI,Hh4Hdgbgh2UknnzcvId5XU3Lljygs3fG,Eoy7z1TdtoCE4zbfSPKaRgBhzCUMLFbH,Tuh778spS1pn31ZlSevRbGI4pmT4Mxvy,A6DkzsNE0onSJrtcCfSr6vQpUm1b1Aic,TmHfVecjdTWPFJMYIDyzEkPar6CtCgUy
'
secrets_exactly ten/.env qNWNAqai0EyVvQ8JB9DfeEY301KWuyoj IP1Ywx4xzbuSTX9zWKoVOBEJTOVGMPA3 \
	5kKmpdgKWqBELZz3X47s5B000BgGO3HY 71f5A7ArsSCF02oiT8QB1g6nwf1iNFEM \
	HjMA0fq3uBWKAgGvQbthfy0fY0DZrQVI Hh4Hdgbgh2UknnzcvId5XU3Lljygs3fG \
	Eoy7z1TdtoCE4zbfSPKaRgBhzCUMLFbH Tuh778spS1pn31ZlSevRbGI4pmT4Mxvy \
	A6DkzsNE0onSJrtcCfSr6vQpUm1b1Aic TmHfVecjdTWPFJMYIDyzEkPar6CtCgUy

# ---- no pool: a sentence, a blank before a comma, words, a comma'd password
mk not/.env 'NOTE_TOKENS=see the vault, ask ops
ROTATION_SECRETS=kXP6naEExVKB0UVYXljbqxlVgCqXRJHx ,KFXyH6x1Iar6woL21gAyB58eF95AbWga
ALLOWED_TOKENS=read, write, admin
'
scan_check "not/.env: no value of a pool alone" not/.env \
	'[.[].secret | select(IN("kXP6naEExVKB0UVYXljbqxlVgCqXRJHx",
		"KFXyH6x1Iar6woL21gAyB58eF95AbWga", "read", "write", "admin"))] | length == 0'
mk not/relay.esql 'FROM logs-relay
| EVAL NOTE_PASSWORDS = "ask ops, see the vault"
| EVAL PASSWORDS = "hunter2,letmein"
'
silent not/relay.esql
mk comma/.env 'DB_PASSWORD="du4kVSIqcDc,RXVnM2NT7Emax58"
'
secrets_exactly comma/.env 'du4kVSIqcDc,RXVnM2NT7Emax58'
flush_scans

finish "e2e_pools34"
