"""repos/ part c: Marrowgate Stages' notes, chats, tickets, runbooks, histories and diagrams."""
from tmpl26 import files

R = "repos/ops-notes/"
SPECS = [
    (R + "chat/whatsapp-production-managers.txt", "whatsapp:export", """12/11/2026, 18:02 - Ffion Pryce: doors at 19:15 tonight, get-in ran late
12/11/2026, 18:04 - Tomasz Wilk: ok. who has the lyric wifi for the visiting band?
12/11/2026, 18:05 - Ffion Pryce: SSID MGS-Crew, password «P wifi psk {pw:phrase}»
12/11/2026, 18:05 - Ffion Pryce: NOT the guest one
12/11/2026, 18:07 - Tomasz Wilk: 👍 and the qlab mac login?
12/11/2026, 18:09 - Ffion Pryce: sound / «P macos password {pw:human}»
12/11/2026, 18:10 - Tomasz Wilk: <Media omitted>
12/11/2026, 18:31 - Ffion Pryce: booking ref for the band's hotel is «D hotel booking_ref {u:10}» if anyone asks
"""),
    (R + "boards/trello-season-launch.json", "trello:export", """{"id":"«D trello board_id {h:24}»","name":"Season launch 2027","desc":"",
"actions":[{"type":"commentCard","date":"2026-10-14T09:12:44.000Z","data":{"text":"mailchimp key for the launch list is «P mailchimp api_key {h:32}-us21» (marketing account, rotate after launch)","card":{"name":"Newsletter"}}},
{"type":"commentCard","date":"2026-10-14T09:40:03.000Z","data":{"text":"eventbrite api works with the old key «D eventbrite revoked_token REVOKED-{u:12}» - no, that one is revoked","card":{"name":"Workshops"}}}],
"cards":[{"name":"Press night photos","desc":"dropbox link: https://www.dropbox.com/scl/fo/«D dropbox share_id {l:21}»/h?rlkey=«D dropbox rlkey {l:25}»&dl=0"}]}
"""),
    (R + "boards/basecamp-todo-export.html", "basecamp:html", """<html><body>
<h1>To-do: Move box office to the new payment gateway</h1>
<div class="comment"><strong>Gethin M.</strong> Nov 3<br>
Test merchant creds are in the vault. For the go-live call we'll use the live account:
merchant <code>marrowgate_live</code>, API password <code>«P gateway password {pw:gen}»</code>.
</div>
<div class="comment"><strong>Sioned R.</strong> Nov 4<br>
Reminder the docs' sample key <code>«D gateway documented_example sk_test_4eC39HqLyjWDarjtT1zdp7dc»</code> won't work for us.</div>
</body></html>
"""),
    (R + "boards/monday-it-requests.csv", "monday:csv", """Name,Status,Owner,Notes
New starter - box office (Aled),Done,Rhian,"AD account aled.h temp password «P ad password {pw:season}» - must change at first login"
Printer jam Lyric,Done,Dafydd,
Zoom room for board meeting,Working on it,Rhian,"host key «D zoom host_key {d:6}» (not a secret, changes monthly)"
VPN for freelancer,Stuck,Dafydd,"wireguard peer added, psk «P wireguard preshared_key {B64:32}»"
"""),
    (R + "boards/asana-export.csv", "asana:csv", """Task ID,Created At,Name,Assignee,Notes
«D asana task_gid {d:16}»,2026-09-01,Renew SSL wildcard,Rhian Ops,"CSR passphrase: «P openssl passphrase {pw:phrase}»"
«D asana task_gid {d:16}»,2026-09-03,Set up SFTP for Spektrix exports,Dafydd Lewis,"user marrowgate, pw «P sftp password {pw:gen}»"
"""),
    (R + "personal/rhian/omnifocus-export.taskpaper", "taskpaper", """Ops:
	- rotate box office DB password @due(2026-12-01)
		old: «D postgres revoked_password {pw:human}» (rotated 2026-11-02, kept for the audit trail)
		new one lives in 1Password only
	- ask Spektrix about API user @flagged
	- renew Vimeo OTT token «P vimeo access_token {h:32}» before the winter season @due(2026-12-10)
"""),
    (R + "personal/rhian/apple-notes/Wi-Fi.txt", "applenotes:txt", """Wi-Fi

Corn Exchange
MGS-Staff  «P wifi psk {pw:human}»
MGS-Guest  (captive portal, voucher printed at box office)

Lyric
MGS-Staff  «P wifi psk {pw:leet}»
MGS-Stage  «P wifi psk {pw:gen}»   (hidden, lighting + sound only)
"""),
    (R + "personal/dafydd/evernote/Suppliers.enex", "evernote:enex", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20261120T101010Z" application="Evernote" version="10.60">
<note><title>Suppliers</title><content><![CDATA[<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd"><en-note>
<div>Hire company portal: dafydd@mgs.corp / «P supplier password {pw:human}»</div>
<div>Scenery workshop CNC PC: anydesk «D anydesk address {d:9}», unattended password «P anydesk password {pw:policy}»</div>
<div>Ticket stock printer SNMP community «P snmp community {a:12}»</div>
</en-note>]]></content><created>20260311T093000Z</created></note>
</en-export>
"""),
    (R + "personal/dafydd/simplenote-export.json", "simplenote:json", """{"activeNotes":[
{"id":"«D simplenote note_id {h:32}»","content":"teamviewer for the rigging winch controller\\nID 1 482 339 201\\npassword «P teamviewer password {pw:pin}»","creationDate":"2026-05-04T10:11:12.000Z","tags":["rigging"]},
{"id":"«D simplenote note_id {h:32}»","content":"grandMA3 session password (Lyric) «P grandma password {pw:pin}»\\nonPC login: operator / none","creationDate":"2026-06-01T19:00:00.000Z","tags":["lx"]}
],"trashedNotes":[]}
"""),
    (R + "wiki/zettlr/202611051030 VPN rebuild.md", "zettlr:md", """---
title: VPN rebuild
keywords: [network, vpn]
---

# VPN rebuild #network

Decided on WireGuard on the edge boxes [[202611040915]]. Hub key pair generated on bastion:

    PrivateKey = «P wireguard private_key {B64:32}»
    ListenPort = 51820

Public key (safe to share): «D wireguard public_key {B64:32}»
"""),
    (R + "wiki/trilium/Box office/Card terminals.html", "trilium:html", """<h2>Card terminals</h2>
<p>Each venue has two Verifone P400s. Admin menu PIN is <strong>160925</strong> (changed quarterly) at the Corn Exchange.</p>
<p>Terminal ids: <code>«D terminal terminal_id P400Plus-{d:9}»</code>, <code>«D terminal terminal_id P400Plus-{d:9}»</code>.</p>
<p>Gateway API key for the POS bridge: <code>«P adyen api_key AQE{s:60}=-{B64:33}-{a:12}»</code></p>
"""),
    (R + "wiki/roam/roam-export.json", "roam:json", """[{"title":"November 6th, 2026","children":[
 {"string":"Stand-up: lyric dimmer rack back online","uid":"«D roam block_uid {s:9}»"},
 {"string":"Fred's temp password for the CMS: «P cms password {pw:human}» (he must change it)","uid":"«D roam block_uid {s:9}»"},
 {"string":"[[Ticketing]] cutover moved to Jan","uid":"«D roam block_uid {s:9}»"}]}]
"""),
    (R + "wiki/appflowy/runbook-box-office-down.md", "appflowy:md", """# Box office down (runbook)

1. Check https://status.marrowgate-stages.co.uk
2. If the ticketing API is 5xx, fail over to the read-only replica:

```bash
export PGPASSWORD='«P postgres password {pw:gen}»'
psql -h pg-tix-ro.mgs.internal -U failover -c "select pg_promote();"
```

3. Put the kiosk into offline mode (admin PIN in 1Password, not here: `«D kiosk placeholder <kiosk-pin>»`).
"""),
    (R + "diagrams/network.drawio", "drawio:xml", """<mxfile host="app.diagrams.net" version="24.7.17">
  <diagram id="«D drawio diagram_id {s:20}»" name="Venues">
    <mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
      <mxCell id="2" value="FortiGate CE&lt;br&gt;admin / «P fortigate password {pw:gen}»" style="rounded=1;" vertex="1" parent="1"><mxGeometry x="40" y="40" width="160" height="60" as="geometry"/></mxCell>
      <mxCell id="3" value="Core switch&lt;br&gt;10.41.0.1" style="rounded=1;" vertex="1" parent="1"><mxGeometry x="40" y="160" width="160" height="60" as="geometry"/></mxCell>
    </root></mxGraphModel>
  </diagram>
</mxfile>
"""),
    (R + "diagrams/ticketing-flow.puml", "plantuml", """@startuml
actor Patron
Patron -> Website : choose seats
Website -> BoxOfficeAPI : POST /basket\\nAuthorization: Bearer «P boxoffice api_token mgs_{s:40}»
BoxOfficeAPI -> Spektrix : reserve
note right of Spektrix : sandbox key «D spektrix documented_example 00000000-0000-0000-0000-000000000000»
@enduml
"""),
    (R + "diagrams/streaming.mmd", "mermaid", """flowchart LR
  cam[PTZ cams] --> atem[ATEM]
  atem --> obs[OBS stalls]
  obs -- "rtmps, key «P youtube stream_key {l:4}-{l:4}-{l:4}-{l:4}-{l:4}»" --> yt[YouTube]
  obs -- "srt passphrase in vault" --> wowza[Wowza]
"""),
    (R + "diagrams/backup.dot", "graphviz", """digraph backup {
  rankdir=LR;
  pgtix [label="pg-tix\\n(barman)"];
  b2 [label="B2 bucket mgs-barman\\nkeyID «D backblaze key_id 005{h:22}»\\nappKey «P backblaze application_key K005{s:27}»"];
  pgtix -> b2;
}
"""),
    (R + "diagrams/foyer-screens.excalidraw", "excalidraw:json", """{"type":"excalidraw","version":2,"source":"https://excalidraw.com","elements":[
 {"type":"text","id":"«D excalidraw element_id {s:21}»","x":120,"y":80,"text":"Signage player login: player / «P signage password {pw:pin}»"},
 {"type":"text","id":"«D excalidraw element_id {s:21}»","x":120,"y":140,"text":"CMS at https://signage.mgs.internal"}
],"appState":{"viewBackgroundColor":"#ffffff"}}
"""),
    (R + "calendar/maintenance.ics", "icalendar", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Marrowgate Stages//Ops//EN
BEGIN:VEVENT
UID:«D ics uid {uuid}»@mgs.corp
DTSTART:20261208T070000Z
SUMMARY:Firewall firmware - Lyric
DESCRIPTION:Console via the OOB modem. Dial-in user oob / «P oob password {pw:gen}»\\nRollback image on the USB stick.
END:VEVENT
END:VCALENDAR
"""),
    (R + "contacts/supplier-it.vcf", "vcard", """BEGIN:VCARD
VERSION:3.0
FN:Lighting hire - support portal
ORG:Brightbeam Hire
EMAIL:support@brightbeam-hire.co.uk
NOTE:portal login marrowgate / «P supplier password {pw:human}»
URL:https://portal.brightbeam-hire.co.uk
END:VCARD
"""),
    (R + "letters/freelancer-onboarding.rtf", "rtf", r"""{\rtf1\ansi\deff0 {\fonttbl {\f0 Calibri;}}
\f0\fs22 Dear Jo,\par
Welcome to the Lyric crew for the panto. Your crew-room locker code is 4471 and your Wi-Fi login is\par
\b jo.freelance\b0  / \b «P wifi password {pw:human}»\b0 .\par
Please do not share it with the cast.\par
}
"""),
    (R + "transcripts/PowerShell_transcript.MGS-OPS02.20261118.txt", "ps:transcript", """**********************
Windows PowerShell transcript start
Start time: 20261118093012
Username: MGS\\rhian.ops
Machine: MGS-OPS02 (Microsoft Windows NT 10.0.22631.0)
**********************
PS C:\\Users\\rhian.ops> $pw = ConvertTo-SecureString '«P ad password {pw:policy}»' -AsPlainText -Force
PS C:\\Users\\rhian.ops> Set-ADAccountPassword -Identity svc-tessitura -NewPassword $pw -Reset
PS C:\\Users\\rhian.ops> Get-ADUser svc-tessitura -Properties PasswordLastSet

DistinguishedName : CN=svc-tessitura,OU=Service,DC=mgs,DC=corp
PasswordLastSet   : 18/11/2026 09:30:41
SID               : «D ad sid S-1-5-21-{d:10}-{d:10}-{d:10}-{d:4}»

PS C:\\Users\\rhian.ops> Stop-Transcript
"""),
    (R + "notebooks/season-sales.observable.js", "observable", """// Observable notebook export: season sales dashboard
salesKey = "«P metabase api_key mb_{S:43}=»"
sales = fetch("https://bi.mgs.internal/api/card/412/query/json", {headers: {"x-api-key": salesKey}}).then(r => r.json())
venueColors = ({cornexchange: "#b5523b", lyric: "#3b6bb5"})
"""),
    (R + "tickets/youtrack-OPS-412.md", "youtrack:issue", """# OPS-412 Ticket scanners fail after firmware update

**Reporter:** Gethin Morgan · **State:** Fixed

Scanners at the Lyric show "auth failed". The scanner app still has the old gate API secret
(`«D gates revoked_secret {h:40}»`, revoked on 2026-11-10). Pushed the new one via MDM:

```
gate_api_secret: «P gates api_secret {h:40}»
```

Comment (Rhian): please stop pasting secrets into tickets.
"""),
    (R + "tickets/otrs-2026111410000042.eml", "otrs:email", """From: "Lyric Stage Door" <stagedoor.lyric@marrowgate-stages.co.uk>
To: it@marrowgate-stages.co.uk
Subject: [Ticket#2026111410000042] door entry system
Date: Fri, 14 Nov 2026 22:41:09 +0000

Hi IT,
The Paxton Net2 server PC rebooted and wants the database password. The sticker says
«P net2 password {pw:human}» but that does not work, is it the other one «P net2 password {pw:gen}»?
Thanks, Bryn
"""),
    (R + "histories/ops02.zsh_history", "zsh:extended", """: 1763459400:0;ssh mgsadmin@ly-stagepc01.mgs.internal
: 1763459455:0;export HCLOUD_TOKEN=«P hetzner cloud_token {a:64}»
: 1763459470:0;hcloud server list
: 1763459630:0;mysql -h ticket-archive.mgs.internal -u archive -p'«P mysql password {pw:gen}»' -e 'show databases'
: 1763459700:0;git log --oneline | head
: 1763459755:0;echo «D git commit_sha {h:40}»
"""),
    (R + "histories/stagepc.fish_history", "fish:history", """- cmd: qlab-remote --host 10.42.4.20 --passcode «P qlab passcode {pw:pin}»
  when: 1763470000
- cmd: curl -u admin:«P dante password {pw:pin}» http://10.42.6.2/api/devices
  when: 1763470120
- cmd: ls ~/Shows
  when: 1763470200
"""),
    (R + "histories/bastion.bash_history", "bash:history", """sudo -i
cd /etc/wireguard
wg show
psql "postgresql://tixadmin:«P postgres password {pw:leet}»@pg-tix.mgs.internal/tickets?sslmode=require"
redis-cli -h redis.mgs.corp -a '«P redis password {pw:gen}»' --no-auth-warning info
history -c
"""),
]


def build(Doc):
    return files(Doc, "repos", SPECS)
