"""repos/ part C: what people write down: runbooks, chat exports, tickets, e-mails, shell
histories, notebooks and spreadsheets-as-text (three sites each)."""
from tmpl27 import files
from repos27a import SITES

T = [
    ("ops-notes/@SITE@/runbooks/plc-panel-reset.org", "notes:org-mode-table",
     """* PLC panel reset (@Site@ drive station)
  :PROPERTIES:
  :OWNER: @USER@
  :END:
| device          | user  | password              |
|-----------------+-------+-----------------------|
| HMI drive room  | admin | «P plc_hmi password pw» |
| UPS web card    | apc   | «P ups password pw» |
| Brake PLC       | -     | see safe (envelope 7) |
"""),
    ("ops-notes/@SITE@/chat/lifts-it-2026-01.jsonl", "notes:chat-jsonl",
     """{"ts":"2026-01-12T07:41:09Z","user":"@USER@","text":"glacier wifi is down again, who has the controller login?"}
{"ts":"2026-01-12T07:42:30Z","user":"n.imboden","text":"unifi / «P unifi password pw» (don't paste this elsewhere pls)"}
{"ts":"2026-01-12T07:43:02Z","user":"@USER@","text":"thx. also the ticket is «D jira issue_key OPS-|dig:4»"}
{"ts":"2026-01-12T07:50:55Z","user":"n.imboden","text":"new bot token for the lift-alarm channel: «P slack bot_token xoxb-|dig:12|-|dig:13|-|an:24»"}
"""),
    ("ops-notes/@SITE@/tickets/SEC-@N@.eml", "notes:email",
     """From: helpdesk@corrievane.com
To: @USER@@corrievane.com
Subject: [SEC-@N@] Your temporary VPN password
Date: Tue, 03 Feb 2026 08:12:44 +0100
Message-ID: <«D email message_id hex:24»@mail.corrievane.com>
Content-Type: text/plain; charset=utf-8

Hi,

your VPN account was reset. Temporary password: «P vpn temporary_password pw»
Please change it at first login. Your reference is «D helpdesk ticket_uuid uuid».

-- 
IT Helpdesk, Corrie & Vane Ropeways
"""),
    ("ops-notes/@SITE@/history/ops-@SHORT@.zsh_history", "notes:zsh-history",
     """: 1767341011:0;cd /srv/liftboard
: 1767341032:0;mysql -h db-@SHORT@.cv.internal -u root -p'«P mysql root_password pw»' liftboard
: 1767341188:0;git log --oneline | head
: 1767341201:0;curl -u admin:«P grafana admin_password pw» https://grafana-@SHORT@.cv.internal/api/health
: 1767341290:0;export VAULT_TOKEN=«P vault token hvs.CAESI|b64u:86»
: 1767341302:0;vault kv get kv/lifts/@SITE@
"""),
    ("ops-notes/@SITE@/history/.psql_history", "notes:psql-history",
     """\\dt
ALTER ROLE reporting WITH LOGIN PASSWORD '«P postgres role_password pw»';
CREATE USER snowdepth_ro WITH PASSWORD '«P postgres role_password pw»';
SELECT count(*) FROM skier_passages WHERE lift_id = 'G7';
ALTER ROLE legacy PASSWORD 'md5«D postgres md5_hash hex:32»';
"""),
    ("ops-notes/@SITE@/notebooks/passages.ipynb", "notes:jupyter",
     """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import snowflake.connector\\n",
    "conn = snowflake.connector.connect(account='cv-@SHORT@', user='ANALYST', password='«P snowflake password pw»')\\n",
    "cur = conn.cursor()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["query id «D snowflake query_id 01|hex:8|-0000-|hex:4|-0000-|hex:12»\\n"]}],
   "source": ["cur.execute('select 1')"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("ops-notes/@SITE@/inventory/network-devices.tsv", "notes:tsv",
     """hostname\tmodel\tmgmt_ip\tuser\tpassword\tnotes
sw-@SHORT@-core\tCisco C9300\t10.40.@N@.2\tadmin\t«P cisco enable_password pw»\tstack master
sw-@SHORT@-cabin\tMoxa EDS-510\t10.40.@N@.3\tadmin\t«P moxa password pw»\tring
ap-@SHORT@-01\tUniFi U6\t10.40.@N@.20\t-\t(adopted)\t
"""),
    ("ops-notes/@SITE@/issues/412-webcam-upload.md", "notes:github-issue",
     """### Webcam uploads stopped at the @Site@ top station

**What happened**
Since Saturday the Mobotix cam stopped pushing to the website. FTP log says `530 Login incorrect`.

**Config on the camera** (Admin → FTP profiles)
```
server: ftp.corrievane.com
user: cam-@SHORT@
pass: «P ftp password pw»
```
Camera serial: «D mobotix serial 10.|dig:2|.|dig:3|.|dig:3»

_edit_: rotated, new one is in Vault. @n.imboden
"""),
    ("ops-notes/@SITE@/runbooks/radio-gateway.sieve", "notes:sieve",
     """require ["fileinto", "vnd.dovecot.execute"];
# alarms from the radio gateway; the gateway's web login (admin / «P radio_gateway password pw») is
# written on the cabinet door too
if header :contains "subject" "ALARM" {
    execute "page-oncall" ["@SITE@"];
    fileinto "Alarms";
}
"""),
    ("ops-notes/@SITE@/wiki/onboarding.rst", "notes:rst",
     """Onboarding for seasonal lift staff (@Site@)
=============================================

.. note:: The shared kiosk account is for the ticket office only.

* Kiosk login: ``kasse`` / ``«P kiosk password pw»``
* Staff wifi (SSID ``CV-Staff``): ``«P wifi psk pw»``
* Guest wifi has no password; the portal voucher code changes daily (today's: ``«D wifi voucher_code dig:10»``).
"""),
    ("ops-notes/@SITE@/chat/matrix-export-@SHORT@.html", "notes:matrix-export",
     """<div class="mx_EventTile"><span class="mx_Sender">@USER@</span>
<p>anyone know the password for the snowcat tracker portal?</p></div>
<div class="mx_EventTile"><span class="mx_Sender">t.kalbermatten</span>
<p>pistenbully / «P snowcat_portal password pw»</p></div>
<div class="mx_EventTile"><span class="mx_Sender">t.kalbermatten</span>
<p>and the API key for the snow-depth feed is <code>«P snowsat api_key hex:40»</code></p></div>
<div class="mx_EventTile"><span class="mx_Sender">@USER@</span><p>👍 event id «D matrix event_id $|b64u:43»</p></div>
"""),
    ("ops-notes/@SITE@/notebooks/forecast.qmd", "notes:quarto",
     """---
title: "Snowmaking window forecast"
format: html
---

```{python}
import os
os.environ["METEOBLUE_API_KEY"] = "«P meteoblue api_key an:16»"
os.environ["COPERNICUS_KEY"] = "«P copernicus api_key uuid»"
```
"""),
    ("ops-notes/@SITE@/runbooks/door-controller.adoc", "notes:asciidoc",
     """= Door controller (staff entrance, @Site@)
:toc:

== Access
[cols="1,1"]
|===
|Web UI |https://door-@SHORT@.cv.internal
|Installer code |«P door_controller installer_code pw»
|Master card UID |«D door_controller card_uid HEX:14»
|===
"""),
    ("ops-notes/@SITE@/history/.mysql_history", "notes:mysql-history",
     """show databases;
use tickets;
CREATE USER 'pos_@SHORT@'@'10.40.%' IDENTIFIED BY '«P mysql user_password pw»';
GRANT SELECT, INSERT ON tickets.* TO 'pos_@SHORT@'@'10.40.%';
SET PASSWORD FOR 'report'@'%' = '«P mysql user_password pw»';
select password_hash from staff limit 1; -- «D mysql native_hash *|HEX:40»
"""),
    ("ops-notes/@SITE@/tickets/INC-@N@7.txt", "notes:ticket-export",
     """Ticket INC-@N@7  [closed]  Priority: P2
Summary: season-pass scanners at @Site@ gate rejecting all passes
-----------------------------------------------------------------
08:02 @USER@: scanners can't reach the pass API. They use API user gate-@SHORT@.
08:10 @USER@: gate API password on the scanners is «P gate_api password pw», API answers 401 → expired.
08:25 n.imboden: rotated. Cause: password expiry policy (90 days). Request id «D gate_api request_id uuid».
"""),
    ("ops-notes/@SITE@/notebooks/ticket-sales.Rmd", "notes:rmarkdown-chunk",
     """```{r}
con <- DBI::dbConnect(RPostgres::Postgres(), host = "pg-tickets.cv.internal", dbname = "sales",
                      user = "analyst", password = "«P postgres password pw»")
```
"""),
    ("ops-notes/@SITE@/runbooks/scada-vpn.texi", "notes:texinfo",
     """@node SCADA VPN
@section SCADA vendor VPN (@Site@)
The vendor connects with the site-to-site tunnel. Phase 1 pre-shared key:
@example
«P ipsec psk pw:camelwords»
@end example
The peer ID is @code{«D ipsec peer_id scada-@SHORT@.vendor.example»}.
"""),
    ("ops-notes/@SITE@/chat/telegram-export-@SHORT@.json", "notes:telegram-export",
     """{
 "name": "Lifts @Site@ night shift",
 "messages": [
  {"id": 2231, "from": "@USER@", "text": "grooming plan is up"},
  {"id": 2232, "from": "t.kalbermatten", "text": "the fuel-card PIN portal: user corrievane-@SHORT@ pw «P fuelcard_portal password pw»"},
  {"id": 2233, "from": "@USER@", "text": "ok. file id «D telegram file_id AgACAgQAAxkBAAI|b64u:40»"}
 ]
}
"""),
    ("ops-notes/@SITE@/handover/winter-handover.txt", "notes:plain-handover",
     """HANDOVER @Site@ — end of night shift

- Snowmaking: guns 4-11 on, 12 broken (nozzle). SCADA login for the day shift:
    snowops / «P scada password pw»
- Alarm panel arming code: «P alarm_panel arming_code dig:6»
- Cabin 17 door sensor flaky.
- Fuel delivery ref «D supplier delivery_ref DL-|dig:8»
"""),
    ("ops-notes/@SITE@/runbooks/mail-relay.man", "notes:man-page",
     """.TH RELAY 8 "2026-01-05"
.SH DESCRIPTION
The @Site@ relay forwards alarm mail. SASL login:
.nf
relay-@SHORT@@corrievane.com:«P postfix sasl_password pw»
.fi
.SH FILES
/etc/postfix/sasl_passwd.db (hash «D postfix db_sha256 hex:64»)
"""),
    ("ops-notes/@SITE@/history/powershell_history.txt", "notes:powershell-history",
     """Get-ADUser -Filter 'Name -like "*pos*"'
$pw = ConvertTo-SecureString '«P activedirectory password pw»' -AsPlainText -Force
Set-ADAccountPassword -Identity pos-@SHORT@ -NewPassword $pw -Reset
Get-ADUser pos-@SHORT@ -Properties ObjectGUID | select ObjectGUID   # «D activedirectory object_guid uuid»
"""),
    ("ops-notes/@SITE@/vendor/doppelmayr-portal.http", "notes:http-file",
     """### vendor spare-parts portal
POST https://parts.ropeway-vendor.com/api/login
Content-Type: application/json

{"user": "corrievane-@SHORT@", "password": "«P vendor_portal password pw»"}

###
GET https://parts.ropeway-vendor.com/api/orders
Authorization: Bearer «P vendor_portal access_token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.|b64u:60|.|b64u:43»
"""),
]


def build(Doc):
    specs = []
    for n, (site, Site, short, user) in enumerate(SITES):
        for path, shape, text in T:
            sub = lambda s: s.replace("@SITE@", site).replace("@Site@", Site).replace("@SHORT@", short).replace("@USER@", user).replace("@N@", str(n + 40))  # noqa: E731
            specs.append(("repos/" + sub(path), shape, sub(text)))
    return files(Doc, "repos", specs)
