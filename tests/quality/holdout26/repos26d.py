"""repos/ part d: per-venue device and building-systems configs, generated from one template
per kind (each venue's file written the way its installer left it)."""
from tmpl26 import files

VENUES = ["cornexchange", "lyric", "assembly-rooms", "riverside", "old-chapel", "pier-pavilion", "drill-hall", "studio-theatre"]

KINDS = [
    ("signage/player.ini", "ini:signage", """; {v} foyer signage player (installer: Glowpoint AV)
[player]
device_id = «D signage device_id SGN-{{u:10}}»
cms_url = https://signage.mgs.internal/{v}
[auth]
user = player-{v}
password = «P signage password {{pw:{s1}}}»
"""),
    ("ups/upsd.users", "nut:upsd", """# NUT users for the {v} racks
[admin]
    password = «P nut password {{pw:{s2}}}»
    actions = SET
    instcmds = ALL

[upsmon]
    password = «P nut password {{pw:{s1}}}»
    upsmon primary
"""),
    ("door/net2-sync.yaml", "yaml:net2", """venue: {v}
net2:
  server: net2.{v}.mgs.internal
  port: 8080
  client_id: «D paxton client_id {{uuid}}»
  operator: System engineer
  operator_password: «P net2 password {{pw:{s2}}}»
"""),
    ("lighting/artnet-node.json", "json:artnet", """{{"venue": "{v}", "node": {{"ip": "10.5{n}.4.30", "universes": [1, 2, 3, 4],
  "web_admin": {{"user": "admin", "password": "«P artnet password {{pw:{s3}}}»"}},
  "firmware_sha256": "«D artnet firmware_hash {{h:64}}»"}}}}
"""),
    ("tills/epos.properties", "properties:epos", """# {v} bar and kiosk tills
epos.venue={v}
epos.store.id=«D epos store_id {{d:6}}»
epos.db.url=jdbc:sqlserver://epos-{v}.mgs.internal:1433;databaseName=EPOS
epos.db.user=epos_{n}
epos.db.password=«P mssql password {{pw:{s1}}}»
epos.payment.apikey=«P sumup api_key sup_sk_{{a:32}}»
"""),
    ("cctv/nvr-export.xml", "xml:nvr", """<?xml version="1.0"?>
<NVRConfig venue="{v}">
  <Device serial="«D nvr serial DS-{{u:9}}»" model="DS-7616NI"/>
  <User name="admin" level="Administrator" password="«P nvr password {{pw:{s3}}}»"/>
  <User name="foh-view" level="Operator" password="«P nvr password {{pw:{s2}}}»"/>
</NVRConfig>
"""),
    ("printers/boca.cfg", "cfg:boca", """# BOCA ticket printer, {v} box office window {n}
NET_NAME=boca-{v}-{n}
NET_PROTO=LPD
ADMIN_PW=«P boca password {{pw:{s1}}}»
SNMP_RO=«P snmp community {{a:14}}»
SERIAL=«D boca serial {{d:8}}»
"""),
    ("bms/trend-iq.toml", "toml:bms", """# {v} heating/ventilation (Trend IQ4) read-only bridge
[bacnet]
device_instance = «D bms device_instance {{d:6}}»
[web]
url = "http://bms.{v}.mgs.internal"
user = "mgs-ro"
pin = "«P bms password {{pw:{s2}}}»"
"""),
]
STYLES = ["human", "gen", "phrase", "policy", "leet", "pin", "season", "hex", "b64"]


def specs():
    out = []
    for n, v in enumerate(VENUES):
        for k, (path, shape, text) in enumerate(KINDS):
            s1, s2, s3 = (STYLES[(n + k + j) % len(STYLES)] for j in range(3))
            out.append(("repos/venues/%s/%s" % (v, path), shape, text.format(v=v, n=n + 1, s1=s1, s2=s2, s3=s3)))
    return out


def build(Doc):
    return files(Doc, "repos", specs())
