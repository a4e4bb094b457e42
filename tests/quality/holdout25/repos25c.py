"""Tallowmere people's notes, tickets, chat, mail, captures and terminal records."""
from tmpl25 import files

S = [
    ("repos/ops-notes/logseq/journals/2026_10_14.md", "logseq-journal", """- [[on-call]] handover from [[Diego]]
	- reefer gateway in Rotterdam lost its MQTT creds again
		- reset via portal, new one: `«P mqtt broker-password {pwn}»` (user `gw-rtm-02`)
	- TODO rotate the Sentry auth token Diego pasted in #ops
		- «P sentry auth-token sntrys_eyJpYXQiOjE3{url70}_{url43}»
- DONE order: label printer ribbon
	- id:: «D logseq block_uuid {uuid}»
"""),
    ("repos/ops-notes/notion-export/Engineering/Vendor accounts 4b1d{hex28}.md", "notion-export-markdown", """# Vendor accounts

Owner: Greta Lindqvist
Last edited: October 2, 2026

| Vendor | Login | Secret | Where used |
| --- | --- | --- | --- |
| project44 | api@tallowmere.example | «P project44 client-secret {an40}» | visibility sync |
| Samsara | fleet-api | «P samsara api-token samsara_api_{an30}» | telematics |
| Descartes | TLWMEDI | «P descartes edi-password {pw}» | customs EDI |

Notion page id: «D notion page_id {hex32}»
"""),
    ("repos/ops-notes/linear/FRT-2417.json", "linear-issue-export", """{
  "identifier": "FRT-2417",
  "title": "Customs broker SFTP rejects our uploads since Friday",
  "description": "Tried again with the creds from the broker's email:\\n\\n```\\nsftp TLWM0041@sftp.customs-broker.example\\npassword: «P customs sftp-password {pwn}»\\n```\\n\\nstill `Permission denied (publickey,password)`.",
  "assignee": {"name": "Yusuf"},
  "comments": [
    {"body": "Broker says the new password is «P customs sftp-password {pw}» (they reset it).", "user": "Ines"},
    {"body": "works now, closing. ticket id «D linear issue_id {uuid}»", "user": "Yusuf"}
  ]
}
"""),
    ("repos/tallowmere-api/.github/ISSUE-export/1183.md", "github-issue-markdown", """### 500 on /v2/quotes when carrier = maersk

**Steps**

```
curl -X POST https://staging-api.tallowmere.example/v2/quotes \\
  -H 'X-Api-Key: «P tallowmere internal-api-key tlwm_stg_{an32}»' \\
  -d '{"carrier":"maersk","lane":"GBFXT-NLRTM"}'
```

> **diego** commented: the Maersk consumer key in staging is expired; I put a fresh one in
> `MAERSK_CONSUMER_KEY=«P maersk consumer-key {an32}»` on the staging box.

Request id: «D request request_id req_{hex24}»
"""),
    ("repos/ops-notes/mail/ops-inbox.mbox", "mbox", """From broker@customs-broker.example Mon Nov  3 09:14:22 2026
From: Broker IT <broker@customs-broker.example>
To: ops@tallowmere.example
Subject: Your new portal credentials
Message-ID: <«D email message_id {hex32}»@customs-broker.example>

Dear Tallowmere team,

your new login for the declarations portal:
  user: TLWM-OPS
  password: «P customs portal-password {pw}»

Please change it after first login.

From noreply@github.com Tue Nov  4 11:02:10 2026
From: GitHub <noreply@github.com>
Subject: [GitHub] A personal access token was added

The token ending in «D github token_suffix {an4}» was added to your account.
"""),
    ("repos/tallowmere-api/patches/0003-temp-bypass-for-demo.patch", "git-format-patch", """From «D git commit_sha {hex40}» Mon Sep 17 00:00:00 2001
From: Tomasz <tomasz@tallowmere.example>
Date: Thu, 23 Oct 2026 17:41:09 +0100
Subject: [PATCH 3/4] temp: hardcode demo creds for the Hamburg demo

---
 config/demo.env | 3 ++-
 1 file changed, 2 insertions(+), 1 deletion(-)

diff --git a/config/demo.env b/config/demo.env
index 3b18e51..a1c09f2 100644
--- a/config/demo.env
+++ b/config/demo.env
@@ -1,2 +1,3 @@
-DEMO_PASSWORD=
+DEMO_PASSWORD=«P tallowmere demo-password {pwn}»
+RESEND_API_KEY=«P resend api-key re_{an8}_{an24}»
 DEMO_TENANT=hamburg
--
2.47.0
"""),
    ("repos/ops-notes/debug/strace-uploader.txt", "strace-output", """execve("/usr/local/bin/uploader", ["uploader", "--bucket", "manifests"], 0x7ffd6c1 /* 31 vars */) = 0
openat(AT_FDCWD, "/etc/uploader.conf", O_RDONLY) = 3
read(3, "endpoint=https://s3.eu-west-1.amazonaws.com\\naccess_key=«P aws access-key-id AKIA{up16}»\\nsecret_key=«P aws secret-access-key {aws}»\\n", 4096) = 151
connect(4, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("52.218.0.1")}, 16) = 0
write(4, "\\26\\3\\1\\2\\0\\1\\0\\1\\374\\3\\3", 11) = 11
"""),
    ("repos/ops-notes/debug/tcpdump-legacy-ftp.txt", "tcpdump-ascii", """09:41:07.118233 IP 10.61.0.40.51812 > 10.61.0.9.21: Flags [P.], seq 1:17, ack 21, win 502, length 16: FTP: USER scanner01
E..D..@.@.......
09:41:07.119004 IP 10.61.0.40.51812 > 10.61.0.9.21: Flags [P.], seq 17:40, ack 55, win 502, length 23: FTP: PASS «P ftp ftp-password {pwn}»
E..K..@.@.......
09:41:07.201933 IP 10.61.0.40.51813 > 10.61.0.9.80: Flags [P.], length 212: HTTP: GET /status HTTP/1.1
Authorization: Basic «B http basic-password scanner01:{pwn}»
"""),
    ("repos/ops-notes/debug/failing-webhook.http", "raw-http-request", """POST /hooks/telematics HTTP/1.1
Host: ingest.tallowmere.example
User-Agent: Samsara-Webhooks/1.0
Content-Type: application/json
X-Samsara-Signature: v1=«D samsara hmac_signature {hex64}»
Authorization: Bearer «P samsara api-token samsara_api_{an30}»

{"eventType": "VehicleLocation", "eventId": "«D samsara event_id {uuid}»"}
"""),
    ("repos/ops-notes/debug/mitm-dump-carrier-login.txt", "mitmproxy-dump", """127.0.0.1:52144: POST https://auth.carrier-portal.example/oauth/token
    Content-Type: application/x-www-form-urlencoded
    grant_type:    password
    username:      ops@tallowmere.example
    password:      «P carrierportal user-password {pw}»
    client_id:     «D carrierportal client_id {an24}»
 << 200 OK 1.2k
    {"access_token": "«D carrierportal expired_access_token eyJhbGciOiJub25lIn0.eyJleHAiOjE2MDAwMDAwMDB9.»", "expires_in": 0}
"""),
    ("repos/ops-notes/terminal/tmux-capture-db-migration.txt", "tmux-capture", """ops@fleet-db-01:~$ sudo -u postgres psql
psql (16.4)
postgres=# ALTER ROLE fleet_app WITH PASSWORD '«P postgres db-password {pw}»';
ALTER ROLE
postgres=# CREATE ROLE grafana_ro LOGIN PASSWORD '«P postgres readonly-password {pwn}»';
CREATE ROLE
postgres=# \\q
ops@fleet-db-01:~$ tail -1 /var/log/postgresql/postgresql-16-main.log
2026-11-12 10:02:11 UTC [41220] LOG:  duration: 0.412 ms  statement: ALTER ROLE fleet_app WITH PASSWORD '********'
"""),
    ("repos/ops-notes/terminal/onboarding-demo.cast", "asciinema-cast", """{"version": 2, "width": 120, "height": 32, "timestamp": 1761900000, "env": {"SHELL": "/bin/zsh", "TERM": "xterm-256color"}}
[0.41, "o", "\\u001b[1m~/src/tallowmere-api\\u001b[0m $ "]
[2.10, "i", "export STRIPE_API_KEY=«P stripe restricted-key rk_live_{an99}»\\r"]
[2.11, "o", "export STRIPE_API_KEY=...\\r\\n"]
[5.87, "i", "heroku config:set BUGSNAG_API_KEY=«P bugsnag api-key {hex32}» -a tlwm-quotes\\r"]
[6.40, "o", "Setting BUGSNAG_API_KEY and restarting \\u2b22 tlwm-quotes... done, v212\\r\\n"]
"""),
    ("repos/ops-notes/terminal/typescript-2026-09-30", "script-typescript", """Script started on 2026-09-30 14:02:51+01:00 [TERM="xterm-256color" TTY="/dev/pts/3" COLUMNS="140" LINES="40"]
ops@bastion:~$ mysql -h legacy-db -u wms -p
Enter password: 
ERROR 1045 (28000): Access denied for user 'wms'@'10.0.3.7' (using password: YES)
ops@bastion:~$ mysql -h legacy-db -u wms -p'«P mysql db-password {pwn}»'
Welcome to the MariaDB monitor.
MariaDB [(none)]> exit
ops@bastion:~$ smbclient //nas01/scans -U 'TLWM\\scanner%«P smb user-password {pwn}»' -c ls
Script done on 2026-09-30 14:05:10+01:00 [COMMAND_EXIT_CODE="0"]
"""),
    ("repos/dotfiles-yusuf/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", "psreadline-history", """cd C:\\src\\tallowmere-dispatch
dotnet user-secrets set "Twilio:AuthToken" "«P twilio auth-token {hex32}»"
$cred = New-Object PSCredential('TLWM\\svc-print', (ConvertTo-SecureString '«P windows service-password {pw}»' -AsPlainText -Force))
Connect-ExchangeOnline -UserPrincipalName yusuf@tallowmere.example
az storage blob list --account-name tlwmscans --account-key «P azure storage-account-key {bytes64}» -c inbound
Get-FileHash .\\setup.exe   # «D windows file_hash {HEX64}»
"""),
    ("repos/ops-notes/terminal/doskey-history-printsrv.txt", "cmd-doskey-history", """C:\\>doskey /history
net use P: \\\\printsrv01\\labels /user:TLWM\\labelsvc «P windows share-password {pwn}»
runas /savecred /user:TLWM\\admin-diego cmd
sqlcmd -S wmsdb01 -U sa -P «P mssql sa-password {pwn}» -Q "select @@version"
set ZEBRA_CLOUD_KEY=«P zebra cloud-api-key {an32}»
"""),
    ("repos/ops-notes/latex/dr-runbook.tex", "latex-runbook", """\\documentclass{article}
\\title{Disaster recovery: fleet database}
\\begin{document}
\\maketitle
\\section{Restore}
Fetch the base backup with \\texttt{barman-cloud-restore}. The backup encryption passphrase is
\\texttt{«P barman encryption-passphrase {pw}»} (sealed envelope copy in the Dover safe).
\\begin{verbatim}
export AWS_SECRET_ACCESS_KEY=«P aws secret-access-key {aws}»
export AWS_ACCESS_KEY_ID=«P aws access-key-id AKIA{up16}»
\\end{verbatim}
Example of a key id from AWS's docs: \\texttt{«D aws docs_sample AKIAIOSFODNN7EXAMPLE»}.
\\end{document}
"""),
    ("repos/ops-notes/chat/zulip-ops-2026-11.json", "zulip-export", """{"messages": [
 {"sender_full_name": "Diego", "timestamp": 1762160000, "content": "anyone have the UPS sandbox pw? it's not in the vault"},
 {"sender_full_name": "Priya", "timestamp": 1762160044, "content": "prod not sandbox, careful: `«P ups account-password {pw}»`"},
 {"sender_full_name": "Priya", "timestamp": 1762160050, "content": "and the Xero app secret while you're there «P xero client-secret {url48}»"},
 {"sender_full_name": "Greta", "timestamp": 1762160102, "content": "please stop pasting these here :( rotating both"},
 {"sender_full_name": "Diego", "timestamp": 1762160199, "content": "sry. fwiw the one in the wiki is the old masked one «D ups masked_old ****{an4}»"}
]}
"""),
    ("repos/ops-notes/chat/irc-weechat-ops.log", "weechat-log", """2026-11-18 08:11:02	diego	deploying quotes 3.14 now
2026-11-18 08:11:40	haruto	diego: the Twilio subaccount token for EU is «P twilio auth-token {hex32}»
2026-11-18 08:12:05	diego	ta
2026-11-18 08:13:30	ines	reminder: grafana admin is admin / «P grafana admin-password {pw}» until SSO lands
2026-11-18 08:14:00	haruto	build «D ci build_id {dig7}» green
"""),
    ("repos/ops-notes/tickets/freshservice-INC-5521.eml", "helpdesk-email", """From: helpdesk@tallowmere.example
To: priya@tallowmere.example
Subject: [INC-5521] Warehouse tablet enrolment
Content-Type: text/plain; charset=utf-8

Hi Priya,

The temporary Intune enrolment password for the Felixstowe tablets is: «P intune enrolment-password {pw}»
Wi-Fi for the tablets: SSID TLWM-Scanners / key «P wifi psk-passphrase {pwn}»

Ticket reference «D freshservice ticket_uuid {uuid}».
"""),
]


def build(Doc):
    return files(Doc, "repos", S)
