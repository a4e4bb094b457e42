#!/usr/bin/env bash
# End-to-end tests of what the lead judged after wave 21's blind corpus
# (holdout22) was scored: password styles the judge refused under a
# password's own name (three spoken words and a number joined by '_' or
# '-', a generator's groups of letters of either case and digits, a name
# before a season and its year), and where a device keeps its stored form
# (ASA's `password X encrypted`) a note's sentence is not read. Decoys:
# hosts' names, kebab names of code's words, hex words, the alphabet's
# run, a name and a season without a year, names of code with a number.
. "$(dirname "$0")/lib.sh"
batch_scans

i=0
for v in tundra_5_nectar_bramble willow-4-harbor-mango otter-walnut-quartz-34 \
	bxfm-0360-DGQX QWTR-7781-zpkd-MNBV Fabrikam-Winter2026 Northwind-Summer2021 \
	HEMLOCK_3308_ivo; do
	i=$((i + 1))
	mk "pos/$i/.env" "POSTGRES_PASSWORD=$v
"
	generic "pos/$i/.env" 1 "$v"
	mk "pos/$i/config.yml" "database:
  user: app
  password: $v
"
	generic "pos/$i/config.yml" 3 "$v"
done

for v in anvil-larch-07.internal user-auth-role-sync dead-beef-cafe ABCD-1234-EFGH \
	Company-Summer db_primary_01 users_2_table_rows Summer-Winter2024 abcd-0360-efgh; do
	i=$((i + 1))
	mk "dec/$i/.env" "POSTGRES_PASSWORD=$v
"
	silent "dec/$i/.env"
done
# an identifier in code is a reference, not a literal
mk dec/code.py "def connect():
    password = tundra_5_nectar_bramble
    return db(password=tundra_5_nectar_bramble)
"
silent dec/code.py
mk dec/asa.txt "notes from the firewall:
enable password Qm8rTx2LpwZ9 encrypted
"
silent dec/asa.txt

finish e2e_judge21
