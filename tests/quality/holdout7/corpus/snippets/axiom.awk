#!/usr/bin/awk -f
# run: awk -v axiom_token="xaat-fd09e37c-7f9c-4321-abca-9b3f18af266c" -f this.awk events.log
BEGIN { axiom_personal_token = "xapt-2c564d56-726c-4c95-b8dc-a309b5b39023" }
BEGIN { axiom_org_id = "acme-oi03" }
BEGIN { axiom_token = "xaat-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" }
BEGIN { axiom_token = ENVIRON["AXIOM_TOKEN"] }
