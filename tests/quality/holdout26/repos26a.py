"""repos/ part a: Marrowgate Stages' application code (box office, web, streaming, learning)."""
from tmpl26 import files

R = "repos/"
SPECS = [
    (R + "boxoffice-legacy/global.asa", "asp:global", """<SCRIPT LANGUAGE="VBScript" RUNAT="Server">
Sub Application_OnStart
    ' legacy seat-reservation site, still serving the Corn Exchange until the migration
    Application("ConnStr") = "Provider=SQLOLEDB;Data Source=TIXSQL01;Initial Catalog=Tickets;User ID=webtix;Password=«P mssql password {pw:human}»;"
    Application("SmtpHost") = "relay.mgs.internal"
    Application("SessionSalt") = "«D asp build_hash {h:40}»"
End Sub
</SCRIPT>
"""),
    (R + "boxoffice-legacy/includes/payment.asp", "asp:include", """<%
' card gateway (Sage Pay era, kept for refunds only)
Const VENDOR_NAME = "marrowgatestag"
Const ENCRYPTION_PASSWORD = "«P opayo password {a:16}»"
Const GATEWAY_URL = "https://live.opayo.eu.elavon.com/gateway/service/vspform-register.vsp"
' Const ENCRYPTION_PASSWORD = "«D opayo placeholder xxxxxxxxxxxxxxxx»"
%>
"""),
    (R + "seatmap/src/main/resources/templates/admin/venue.html", "thymeleaf", """<!DOCTYPE html>
<html xmlns:th="http://www.thymeleaf.org">
<body th:with="mapsKey='«P google api_key AIza{s:35}»', venueId=${venue.id}">
  <div id="map" th:data-venue="${venueId}" data-tileset="«D mapbox tileset_id marrowgate.{l:8}»"></div>
  <script th:inline="javascript">
    const reportUser = 'seatmap-ro';
    const reportPass = /*[[${@environment.getProperty('REPORT_PASS', '«P seatmap password {pw:policy}»')}]]*/ '';
  </script>
</body>
</html>
"""),
    (R + "seatmap/src/main/webapp/WEB-INF/jsp/report.jsp", "jsp:sql", """<%@ taglib prefix="sql" uri="http://java.sun.com/jsp/jstl/sql" %>
<sql:setDataSource var="tix" driver="org.postgresql.Driver"
    url="jdbc:postgresql://pg-tix.mgs.internal:5432/tickets"
    user="report" password="«P postgres password {pw:gen}»"/>
<sql:query dataSource="${tix}" var="rows">SELECT performance_id, SUM(price) FROM sales GROUP BY 1</sql:query>
"""),
    (R + "learning-site/resources/views/partials/mailing.blade.php", "blade", """@php
    $mailchimp = new \\MailchimpMarketing\\ApiClient();
    $mailchimp->setConfig(['apiKey' => config('services.mailchimp.key', '«P mailchimp api_key {h:32}-us21»'), 'server' => 'us21']);
    $listId = '«D mailchimp list_id {h:10}»';
@endphp
<form action="{{ route('newsletter.join') }}" method="post">@csrf <input name="email"></form>
"""),
    (R + "learning-site/app/templates/Workshop/default.latte", "latte", """{varType App\\Model\\Workshop $workshop}
{var $eventbriteToken = '«P eventbrite private_token {u:20}»'}
{var $organizer = '«D eventbrite organizer_id {d:11}»'}
<h1>{$workshop->title}</h1>
<a href="https://www.eventbrite.co.uk/e/{$workshop->eventbriteId}">Book</a>
"""),
    (R + "mailer/templates/confirmation.njk", "nunjucks", """{% set smtpUser = "boxoffice@marrowgate-stages.co.uk" %}
{% set smtpPass = env.SMTP_PASS or "«P smtp password {pw:phrase}»" %}
<p>Dear {{ patron.first_name }}, thank you for booking {{ performance.title }}.</p>
<p>Your reference is {{ booking.ref }} ({{ "«D boxoffice booking_ref MGS-{u:8}»" }} is an example).</p>
"""),
    (R + "mailer/templates/reminder.ejs", "ejs", """<% const postmarkToken = process.env.POSTMARK_TOKEN || '«P postmark server_token {uuid}»' %>
<% const messageStream = 'outbound' %>
<p>Doors open at <%= performance.doors %>.</p>
"""),
    (R + "mailer/templates/partials/footer.mustache", "mustache", """{{! rendered by the Go mailer; the view struct also carries the unsubscribe signer }}
<p>Marrowgate Stages, 14 Corn Exchange Yard</p>
{{#debug}}<!-- signer={{signer}} default «P mailer signing_secret {h:64}» -->{{/debug}}
<p><a href="{{unsubscribe_url}}">Unsubscribe</a> · request {{request_id}} («D mailer request_id {uuid}»)</p>
"""),
    (R + "website-sitecore/App_Config/ConnectionStrings.config", "sitecore:connstr", """<?xml version="1.0" encoding="utf-8"?>
<connectionStrings>
  <add name="core" connectionString="Data Source=sql-web.mgs.corp;Initial Catalog=Sitecore.Core;User ID=coreuser;Password=«P mssql password {pw:gen}»" />
  <add name="master" connectionString="Data Source=sql-web.mgs.corp;Initial Catalog=Sitecore.Master;User ID=masteruser;Password=«P mssql password {pw:leet}»" />
  <add name="solr.search" connectionString="https://solr.mgs.corp:8983/solr;solrCloud=true" />
  <add name="redis.sessions" connectionString="redis.mgs.corp:6380,ssl=True,password=«P redis password {B64:32}»,abortConnect=False" />
</connectionStrings>
"""),
    (R + "website-kentico/CMS/web.config", "kentico:webconfig", """<configuration>
  <appSettings>
    <add key="CMSHashStringSalt" value="«P kentico hash_salt {uuid}»" />
    <add key="CMSApplicationGuid" value="«D kentico application_guid {uuid}»" />
    <add key="CMSApplicationName" value="Marrowgate Learning" />
    <add key="CMSAzureAccountName" value="mgslearningmedia" />
    <add key="CMSAzureSharedKey" value="«P azure storage_key {B64:64}»" />
  </appSettings>
</configuration>
"""),
    (R + "friends-scheme/marrowgate/local_settings.py", "mezzanine", """# Mezzanine site for the Friends membership scheme
SECRET_KEY = "«P django secret_key {l:50}»"
NEVERCACHE_KEY = "«P mezzanine nevercache_key {l:40}»"
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "friends",
                         "USER": "friends", "PASSWORD": "«P postgres password {pw:human}»", "HOST": "pg-web.mgs.internal"}}
ALLOWED_HOSTS = ["friends.marrowgate-stages.co.uk"]
STRIPE_PUBLISHABLE = "«D stripe publishable_key pk_live_{a:99}»"
STRIPE_SECRET = "«P stripe secret_key sk_live_{a:99}»"
"""),
    (R + "friends-scheme/cms/settings/production.py", "djangocms", """from .base import *  # noqa

CMS_TEMPLATES = [("home.html", "Home"), ("season.html", "Season")]
AWS_STORAGE_BUCKET_NAME = "mgs-friends-media"
AWS_ACCESS_KEY_ID = "«P aws access_key_id AKIA{b:16}»"
AWS_SECRET_ACCESS_KEY = "«P aws secret_access_key {S:40}»"
AWS_S3_CUSTOM_DOMAIN = "media.marrowgate-stages.co.uk"
SENTRY_DSN = "https://«D sentry dsn_public_key {h:32}»@o{d:6}.ingest.de.sentry.io/{d:7}"
"""),
    (R + "programming-airtable/scripts/sync-season.js", "airtable:script", """// Airtable scripting extension: copies next season's programme into the box-office base
const BOXOFFICE_BASE = 'app«D airtable base_id {a:14}»';
const token = input.config().token || '«P airtable pat pat{a:14}.{h:64}»';
let table = base.getTable('Performances');
let query = await table.selectRecordsAsync({fields: ['Title', 'Date', 'Venue']});
await remoteFetchAsync(`https://api.airtable.com/v0/${BOXOFFICE_BASE}/Performances`, {
  method: 'POST', headers: {Authorization: `Bearer ${token}`, 'Content-Type': 'application/json'},
  body: JSON.stringify({records: query.records.map(r => ({fields: {Title: r.name}}))}),
});
"""),
    (R + "appsscript-rota/Code.gs", "apps-script", """// Front-of-house rota sheet -> Slack reminders (clasp project)
function sendRota() {
  const props = PropertiesService.getScriptProperties();
  const hook = props.getProperty('SLACK_HOOK') || '«D slack placeholder https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX»';
  const bot = props.getProperty('SLACK_BOT') || '«P slack bot_token xoxb-{d:11}-{d:13}-{a:24}»';
  const sheet = SpreadsheetApp.openById('«D google sheet_id 1{s:43}»');
  UrlFetchApp.fetch('https://slack.com/api/chat.postMessage', {method: 'post', headers: {Authorization: 'Bearer ' + bot}, payload: {channel: '#foh', text: sheet.getName()}});
}
"""),
    (R + "appsscript-rota/.clasp.json", "clasp", """{"scriptId":"«D google script_id 1{s:56}»","rootDir":"."}
"""),
    (R + "finance-macros/Basic/Standard/ExportSales.xba", "libreoffice:basic", """<?xml version="1.0" encoding="UTF-8"?>
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="ExportSales" script:language="StarBasic">
Sub ExportSales
    Dim oConn As Object
    Dim sUrl As String
    sUrl = &quot;sdbc:postgresql:host=pg-fin.mgs.internal dbname=finance user=macro password=«P postgres password {pw:pin}»&quot;
    oConn = CreateUnoService(&quot;com.sun.star.sdbc.DriverManager&quot;).getConnection(sUrl)
End Sub
</script:module>
"""),
    (R + "streaming/liquidsoap/radio.liq", "liquidsoap", """#!/usr/bin/liquidsoap
# "Marrowgate Sessions" web radio: interval talks and archive concerts
settings.log.file.path := "/var/log/liquidsoap/radio.log"
archive = playlist("/srv/archive/concerts")
radio = fallback([input.harbor("live", port=8005, password="«P icecast password {pw:phrase}»"), archive])
output.icecast(%mp3(bitrate=192), host="icecast.mgs.internal", port=8000,
  password="«P icecast password {pw:gen}»", mount="sessions.mp3", radio)
"""),
    (R + "streaming/wowza/conf/publish.password", "wowza:publish", """# Publish password file (format [username] [password])
encoder-stalls «P wowza password {pw:pin}»
encoder-circle «P wowza password {a:12}»
"""),
    (R + "streaming/encoders/srt-links.md", "markdown:srt", """# SRT contribution links (OB van -> playout)

| link | url |
|------|-----|
| main | `srt://ingest.marrowgate.live:9000?streamid=#!::r=live/main,m=publish&passphrase=«P srt passphrase {pw:gen}»` |
| backup | `srt://ingest2.marrowgate.live:9000?streamid=#!::r=live/backup,m=publish&passphrase=«P srt passphrase {pw:phrase}»` |
| monitor | `srt://ingest.marrowgate.live:9001?mode=caller&latency=200` (no passphrase, listen-only) |
"""),
    (R + "streaming/obs/basic/profiles/Matinee/service.json", "obs:service", """{
    "settings": {
        "bwtest": false,
        "key": "«P vimeo stream_key {uuid}»",
        "server": "rtmps://rtmp-global.cloud.vimeo.com:443/live",
        "use_auth": false
    },
    "type": "rtmp_custom"
}
"""),
    (R + "streaming/obs/global.ini", "obs:websocket", """[General]
Pre19Defaults=false
FirstRun=true

[OBSWebSocket]
FirstLoad=false
ServerEnabled=true
ServerPort=4455
AuthRequired=true
ServerPassword=«P obs password {a:16}»
"""),
    (R + "streaming/vimeo/upload.py", "python:vimeo", """import vimeo

# archive uploads of the Sunday concerts; token from the team's Vimeo app
client = vimeo.VimeoClient(
    token="«P vimeo access_token {h:32}»",
    key="«D vimeo client_id {h:40}»",
    secret="«P vimeo client_secret {S:128}»",
)
uri = client.upload("concert.mp4", data={"name": "Sunday Concert", "privacy": {"view": "unlisted"}})
"""),
    (R + "show-control/companion/export.companionconfig", "companion:export", """{"version":6,"type":"full","instances":{
 "obs1":{"instance_type":"obs-studio","label":"OBS_Stalls","config":{"host":"10.60.2.21","port":"4455","pass":"«P obs password {pw:policy}»"}},
 "atem":{"instance_type":"bmd-atem","label":"ATEM","config":{"host":"10.60.2.30"}},
 "qsys":{"instance_type":"qsys-remote","label":"QSYS_Core","config":{"host":"10.60.3.5","user":"companion","pass":"«P qsys password {pw:pin}»"}},
 "vmix":{"instance_type":"studiocoast-vmix","label":"vMix","config":{"host":"10.60.2.40","port":"8088"}}
},"pages":{"1":{"name":"Matinee"}},"instanceId":"«D companion instance_id {s:21}»"}
"""),
    (R + "show-control/qsys/qrc-client.lua", "qsys:lua", """-- Q-SYS QRC client used by the house-lights scheduler
local sock = TcpSocket.New()
sock:Connect("qsys-core.stage.mgs.internal", 1710)
sock:Write(rapidjson.encode({jsonrpc = "2.0", method = "Logon", id = 1,
  params = {User = "scheduler", Password = "«P qsys password {pw:human}»"}}) .. "\\0")
local DESIGN_CODE = "«D qsys design_code {a:12}»"
"""),
    (R + "show-control/eos/osc-bridge.toml", "toml:osc", """# OSC bridge between the Eos console and the stage-manager panel
[console]
host = "10.60.4.10"
port = 8000
user = 1

[panel]
listen = "0.0.0.0:9000"
shared_secret = "«P oscbridge shared_secret {h:32}»"
# shared_secret = "«D oscbridge placeholder changeme»"
"""),
    (R + "ticketing-integrations/spektrix/client.rb", "ruby:spektrix", """require "openssl"
require "base64"

# Spektrix API v3 signs each request with the API user's secret key (base64)
module Spektrix
  CLIENT = "marrowgate"
  API_USER = "integrations"
  SECRET_KEY = ENV.fetch("SPEKTRIX_SECRET_KEY", "«P spektrix secret_key {B64:64}»")

  def self.sign(string_to_sign)
    Base64.strict_encode64(OpenSSL::HMAC.digest("sha1", Base64.decode64(SECRET_KEY), string_to_sign))
  end
end
"""),
    (R + "ticketing-integrations/tessitura/appsettings.Production.json", "json:tessitura", """{
  "Tessitura": {
    "BaseUrl": "https://tess.marrowgate-stages.co.uk/TessituraService",
    "UserName": "webapi",
    "UserGroup": "webapi",
    "MachineLocation": "mgsweb",
    "Password": "«P tessitura password {pw:gen}»"
  },
  "RaisersEdge": {
    "SubscriptionKey": "«P blackbaud subscription_key {h:32}»",
    "ClientId": "«D blackbaud client_id {uuid}»"
  }
}
"""),
    (R + "ticketing-integrations/tessitura/README.md", "markdown:readme", """# tessitura sync

Basic auth is `username:usergroup:location:password`, base64-encoded. For local runs:

```
curl -u 'webapi:webapi:mgsweb:«P tessitura password {pw:human}»' https://tess-test.mgs.internal/TessituraService/Diagnostics/Status
```

The value in `appsettings.Development.json` (`«D tessitura placeholder <set-me>»`) is a placeholder.
"""),
    (R + "apps/kiosk/lib/config.dart", "dart:kiosk", """// lobby ticket-collection kiosk
const adyenClientKey = '«D adyen client_key live_{u:32}»';
const kioskApiToken = String.fromEnvironment('KIOSK_TOKEN', defaultValue: '«P kiosk api_token {s:40}»');
const kioskAdminPin = '«P kiosk password {pw:pin}»';
"""),
]


def build(Doc):
    return files(Doc, "repos", SPECS)
