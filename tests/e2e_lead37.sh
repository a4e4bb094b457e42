#!/usr/bin/env bash
# End-to-end tests of wave 37's lead fixes: a chat's answer under a
# question for a password ("it's X — rotate it after", X alone), whose
# question may say more after its '?' ("the build is stuck");
# "password, it is X" / "password, it's X" in prose; an Atlassian API
# token whose 8-character tail is not hex; a Fly.io macaroon written in
# base64url. Hard negatives: answers that are words, places, tickets,
# versions; questions about no credential; prose whose pronoun gives no
# value. Every value is generated for this suite.
. "$(dirname "$0")/lib.sh"
batch_scans

# ---- a chat's answer ---------------------------------------------------------
mk export/slack/ops.json '[
  {"user": "U01", "ts": "1.1", "text": "anyone have the registry push password? the build is stuck"},
  {"user": "U02", "ts": "1.2", "text": "it'"'"'s Tq8vWm3x^Lr6Kp+Zd2Nf — rotate it after, please"},
  {"user": "U01", "ts": "1.3", "text": "and the staging db password?"},
  {"user": "U02", "ts": "1.4", "text": "its plov3r882"}
]
'
scan_check "export/slack/ops.json: both answers" export/slack/ops.json \
	'[.[] | [.line, .secret]] == [[3, "Tq8vWm3x^Lr6Kp+Zd2Nf"], [5, "plov3r882"]]'

mk export/teams.txt '[09:12] Ana Reyes: can someone send me the SFTP password for the seed supplier?
[09:14] Tom Hale: Larkspur1987!
'
found export/teams.txt 2 generic-password 'Larkspur1987!'

mk export/slack/decoys.json '[
  {"user": "U01", "ts": "1.1", "text": "what'"'"'s the wifi password?"},
  {"user": "U02", "ts": "1.2", "text": "it'"'"'s on the whiteboard"},
  {"user": "U01", "ts": "1.3", "text": "which ticket has the password reset?"},
  {"user": "U02", "ts": "1.4", "text": "it'"'"'s ticket4471"},
  {"user": "U01", "ts": "1.5", "text": "which version has the password fix?"},
  {"user": "U02", "ts": "1.6", "text": "it'"'"'s v2.13.4-rc1"},
  {"user": "U01", "ts": "1.7", "text": "password for the build box?"},
  {"user": "U02", "ts": "1.8", "text": "it is in 1Password (search build)"},
  {"user": "U01", "ts": "1.9", "text": "did the deploy finish?"},
  {"user": "U02", "ts": "2.0", "text": "it'"'"'s Qm7xTr2wLp9v — done"}
]
'
silent export/slack/decoys.json

mk export/teams-decoys.txt '[09:15] Ana Reyes: what'"'"'s the password policy again?
[09:16] Tom Hale: Twelve+
[09:17] Ana Reyes: who changed the password?
[09:18] Tom Hale: Kubernetes
'
silent export/teams-decoys.txt

# ---- "password, it is X" ------------------------------------------------------
mk docs/RUNBOOK.md '## Restarting the pump controller
If the controller asks for the maintenance password, it is Heron2011@ since May.
The backup password, it'"'"'s tansy-orbit-72 now.
The admin password, it is stored in the vault.
The password, it is said, was never changed.
The password, it'"'"'s in 1Password.
'
scan_check "docs/RUNBOOK.md: the two values a pronoun gives" docs/RUNBOOK.md \
	'[.[] | [.line, .secret]] == [[2, "Heron2011@"], [3, "tansy-orbit-72"]]'

# ---- token alphabets ----------------------------------------------------------
mk config/initializers/jira.rb 'ENV["JIRA_API_TOKEN"] ||= "ATATT3xFfGF0GOljUXScUBGIebae1ix8Xi-De4RWc_rO7YE2vR_64diUoeqf7gzFFIJ0MAuj4N4lx8kDPDTb7LRREHuD7qtb6fuUK6PYD4HOqpAvMRL8mZF5sKX8_i1PBdMYXQXmxuQVhzIIGCuHz4-0qRWUvSNwtgud8QkGs80Z_j0JGTUCPSPFCfVWDBWh=VPF64Z7R"
ENV["CONFLUENCE_TOKEN"] ||= "ATATT3xFfGF0XRhYyNuVdTZtyrC34wlEJ6IEtJnTeXBkQF7dA3By2GepyOf0OX6eTV4QSe8vcVkwFdsSFAJcYMG8DA8aH-SXhD0fbwvn8OUaS_gMYZVtsnSJ5s6vb7GiUdVv2nldFoPWI_edQM9Vo0DZOHu9XaPf7FuF9a3h-ZR0MuzNE0KymBZFFzLGJokc=769FE7A2"
'
scan_check "config/initializers/jira.rb: both Atlassian tokens" config/initializers/jira.rb \
	'[.[] | select(.rule_id == "atlassian-api-token") | .line] == [1, 2]'

mk config/fly.php "<?php
return [
    'fly_api_token' => 'FlyV1 fm2_ytGin3ocuaz6lUYDJzIDKn7H3dNeWCtv_rDUSeWXMAfosACaBLXc4SG9hi_c4_wq81iwOhcCHD9_EAfjpcHU5IH8shY1AlgxsuMa7PeBT37RaCE_JE11TexJZ09Mc-u5vf81uPsp6ZuQEH5uJXd3sQAte-o8xYRs5RvJv9MA1e',
];
"
found config/fly.php 3 flyio-macaroon-token 'FlyV1 fm2_ytGin3ocuaz6lUYDJzIDKn7H3dNeWCtv_rDUSeWXMAfosACaBLXc4SG9hi_c4_wq81iwOhcCHD9_EAfjpcHU5IH8shY1AlgxsuMa7PeBT37RaCE_JE11TexJZ09Mc-u5vf81uPsp6ZuQEH5uJXd3sQAte-o8xYRs5RvJv9MA1e'

mk config/fly-decoy.yml 'access_token: FlyV1 fm2_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
note: fm2_ is the prefix of a Fly macaroon (see fly_token_loader_and_the_rest_of_the_module_name_is_long_enough_to_be_silly_here_ok)
'
silent config/fly-decoy.yml

flush_scans

finish "e2e_lead37"
