#!/usr/bin/env bash
# End-to-end tests of wave 29's documents (scanner/documents.c): a word
# processor's, a slide deck's and a mail client's files read as the text
# a reader sees. A .docx's parts (body, header, comments) split a sentence
# over runs, proofing marks, tabs and breaks; a .pptx's slides and notes
# over <a:t> runs; an .odt's content.xml over spans and <text:s/>; tables
# are rows of tab-separated cells; a PDF's content streams (FlateDecode)
# and their text operators (Tj, TJ, ', T*, Td, Tm); an RTF letter over control words, \'xx
# and \uN escapes and groups; an e-mail over quoted-printable soft line
# breaks (inside a value), =3D, base64 bodies and attachments, HTML parts,
# nested multiparts, attached messages and mailboxes, attached documents and
# archives (scanned as the message's members: mail.eml!a.docx!word/document.xml). Findings keep the
# member's name and say decoded: [docx|pptx|odf|rtf|mime|pdf]. Decoys: template
# documents (<password>, ${VAR}, changeme, masks), a password policy, ids
# and digests in tables, a binary attachment, RTF's font table. Damaged
# documents (a truncated zip, a cut XML part, a bad QP escape, unbalanced
# RTF braces, MIME nested past its cap, a PDF's broken stream, a
# flate bomb) end with what was read, no crash.
# Every document is built here with python3: no binary fixture.
. "$(dirname "$0")/lib.sh"

python3 - "$T" <<'EOF'
import base64, os, sys, zipfile
T = sys.argv[1]

def put(path, data, mode="w"):
    p = os.path.join(T, path)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, mode) as f:
        f.write(data)

def zipped(path, members):
    p = os.path.join(T, path)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="x"/>')
        for name, text in members.items():
            z.writestr(name, text)

W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

def run(t, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, t)

def para(*runs):
    return "<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr>%s</w:p>" % "".join(runs)

def wdoc(*paras, root="w:document"):
    body = "".join(paras)
    if root == "w:document":
        body = "<w:body>%s<w:sectPr/></w:body>" % body
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<%s %s>%s</%s>' % (root, W, body, root)

def cell(t):
    return "<w:tc><w:tcPr><w:tcW w:w=\"2000\"/></w:tcPr>%s</w:tc>" % para(run(t))

def row(*cells):
    return "<w:tr>%s</w:tr>" % "".join(cell(c) for c in cells)

def table(*rows):
    return "<w:tbl><w:tblPr/>%s</w:tbl>" % "".join(row(*r) for r in rows)

# --- .docx
zipped("handover/vpn-handover.docx", {"word/document.xml": wdoc(
    para(run("Handover of the north gateway")),
    para(run("Ad"), run("min pass", True), '<w:proofErr w:type="spellStart"/>', run("word: "),
         '<w:proofErr w:type="spellEnd"/>', run("Zx8q"), run("Lw3Nv6Tp")),
    para(run("Ask Dana for the rest.")))})
zipped("handover/accounts.docx", {"word/document.xml": wdoc(
    para(run("Service accounts")),
    table(("Account", "Password", "Notes"),
          ("svc_ledger", "Mq7vT2xKw9Lp", "rotated in May"),
          ("svc_reports", "Bn4zR8wQ6sYt", "read only")))})
zipped("handover/tabbed.docx", {"word/document.xml": wdoc(
    para(run("Kiosk PIN pad"), "<w:r><w:tab/></w:r>", run("see IT")),
    para(run("Database password:"), "<w:r><w:tab/></w:r>", run("Hy5"), run("wKp3Rm8Dz")))})
zipped("handover/broken-lines.docx", {"word/document.xml": wdoc(
    para(run("Backup console"), "<w:r><w:br/></w:r>", run("login: ops.backup"),
         "<w:r><w:br/></w:r>", run("password: "), run("Ct6mWq2"), run("Zr9Lx")))})
zipped("handover/header.docx", {
    "word/document.xml": wdoc(para(run("Quarterly report"))),
    "word/header1.xml": wdoc(para(run("Billing API: sk_live_"), run("9dKr4TqW2mXz8LpB6nVy3HcJ")), root="w:hdr")})
zipped("handover/reviewed.docx", {
    "word/document.xml": wdoc(para(run("Deployment checklist"))),
    "word/comments.xml": wdoc('<w:comment w:id="0" w:author="Kim">%s</w:comment>' %
                              para(run("use the smtp pass"), run("word "), run("Fq3Vz8Rk2Wm7")),
                              root="w:comments")})
put("unpacked/runbook-docx/word/document.xml", wdoc(
    para(run("Jenkins admin"), run(" password: "), run("Lp4Ws9"), run("Kx2Qv7"))))
# decoys
zipped("templates/onboarding-template.docx", {"word/document.xml": wdoc(
    para(run("Username: "), run("&lt;username&gt;")),
    para(run("Pass"), run("word: "), run("&lt;password&gt;")),
    para(run("API key: "), run("${PAYROLL_API_KEY}")),
    para(run("Wi-Fi password: "), run("changeme")),
    para(run("Admin password: "), run("xxxxxxxxxx")),
    para(run("Root password: "), run("**********")))})
zipped("policy/password-policy.docx", {"word/document.xml": wdoc(
    para(run("Passwords must be at least fourteen characters long.")),
    para(run("The password "), run("of a service account is rotated every 90 days.")),
    para(run("Never send a pass"), run("word by e-mail; use the vault.")),
    table(("Password rule", "Value"), ("Minimum length", "14"), ("History", "24 passwords")))})
zipped("policy/inventory.docx", {"word/document.xml": wdoc(
    table(("Host", "Document id", "Checksum"),
          ("db-01", "6f1c2a9e-4b7d-4e21-9a3f-0c8d5e7b1a24",
           "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")))})
zipped("tests/fixtures/sample-handover.docx", {"word/document.xml": wdoc(
    para(run("Pass"), run("word: "), run("Wd3"), run("Kq8Zm5Tx")))})

# --- .pptx
A = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
     'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')

def ap(*runs):
    return "<a:p>%s</a:p>" % "".join('<a:r><a:rPr lang="en-GB"/><a:t>%s</a:t></a:r>' % r for r in runs)

def slide(*paras, root="p:sld"):
    return ('<?xml version="1.0"?><%s %s><p:cSld><p:spTree><p:sp><p:txBody><a:bodyPr/>%s'
            '</p:txBody></p:sp></p:spTree></p:cSld></%s>' % (root, A, "".join(paras), root))

def atable(*rows):
    return ('<a:tbl>%s</a:tbl>' % "".join(
        "<a:tr>%s</a:tr>" % "".join('<a:tc><a:txBody>%s</a:txBody></a:tc>' % ap(c) for c in r)
        for r in rows))

zipped("decks/go-live.pptx", {
    "ppt/slides/slide1.xml": slide(ap("Go-live")),
    "ppt/slides/slide2.xml": slide(ap("Staging SFTP"), ap("sftp pass", "word: ", "Rv6", "nWz4Qk8")),
    "ppt/notesSlides/notesSlide2.xml": slide(ap("speaker note: the ", "MQTT password is Tg5", "mXq9Wv2"), root="p:notes"),
    "ppt/slides/slide3.xml": slide('<a:graphicFrame>%s</a:graphicFrame>' % atable(
        ("User", "Password"), ("kiosk01", "Jw8rTz3Nq5Vm"), ("kiosk02", "Pd2kLx7Wr4Hs")))})
zipped("decks/template.pptx", {
    "ppt/slides/slide1.xml": slide(ap("API key: ", "YOUR_API_KEY_HERE"), ap("Password: ", "&lt;", "password", "&gt;"))})

# --- OpenDocument
O = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
     'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
     'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')

def odf(body, kind="text", root="office:document-content"):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<%s %s office:version="1.3">'
            '<office:automatic-styles/><office:body><office:%s>%s</office:%s></office:body></%s>'
            % (root, O, kind, body, kind, root))

zipped("odf/site-notes.odt", {"mimetype": "application/vnd.oasis.opendocument.text",
    "content.xml": odf('<text:h text:outline-level="1">Pump station 4</text:h>'
                       '<text:p>HMI pass<text:span text:style-name="T1">word</text:span>:<text:s/>'
                       'Kz7<text:span text:style-name="T2">wRq4</text:span>Nm2Vx</text:p>'
                       '<text:p>Historian login<text:tab/>historian_ro<text:line-break/>'
                       'Historian password<text:tab/>Yb3Lq9Tw6Zp</text:p>')})
zipped("odf/accounts.odt", {"mimetype": "application/vnd.oasis.opendocument.text",
    "content.xml": odf('<table:table table:name="T">'
                       '<table:table-row><table:table-cell><text:p>Login</text:p></table:table-cell>'
                       '<table:table-cell><text:p>Password</text:p></table:table-cell></table:table-row>'
                       '<table:table-row><table:table-cell><text:p>gis_editor</text:p></table:table-cell>'
                       '<table:table-cell><text:p>Vq2Wm8Rz5Kt</text:p></table:table-cell></table:table-row>'
                       '</table:table>')})
zipped("odf/talk.odp", {"mimetype": "application/vnd.oasis.opendocument.presentation",
    "content.xml": odf('<draw:page xmlns:draw="d"><draw:frame><draw:text-box>'
                       '<text:p>Grafana token: <text:span>glsa_</text:span>'
                       'Xq4Vw8Rt2Lm6Nz9Kp3Hs5Jd7Fb1Gc0Ty_a1b2c3d4</text:p>'
                       '</draw:text-box></draw:frame></draw:page>', kind="presentation")})
put("odf/flat-notes.fodt", odf('<text:p>LDAP bind pass<text:span>word: Hs6</text:span>Wq2Zr8Km</text:p>',
                               root="office:document"))
put("odf/template.fodt", odf('<text:p>Password: <text:span>${LDAP_BIND_PASSWORD}</text:span></text:p>'
                             '<text:p>Password: <text:span>********</text:span></text:p>',
                             root="office:document"))

# --- e-mail
def mail(headers, body):
    return "".join("%s: %s\n" % h for h in headers) + "\n" + body

H = [("From", "Ines Alder <ines@harbour.example>"), ("To", "ops@harbour.example"),
     ("Date", "Tue, 01 Dec 2026 09:14:00 +0100"), ("MIME-Version", "1.0")]
# quoted-printable: the soft line break falls inside the value
put("mail/qp-soft-break.eml", mail(H + [("Subject", "switch access"),
    ("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "quoted-printable")],
    "Hi team,\n\nthe core switch enable password is Wr5mKq8=\nTz3Vn and the console is on port 7.\n\nInes\n"))
put("mail/qp-equals.eml", mail(H + [("Subject", "=?utf-8?Q?Zug=C3=A4nge_Lager?="),
    ("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")],
    "Gr=C3=BC=C3=9Fe,\nSMTP_PASSWORD=3DNx7vQ2wLk9Rm\nbis bald\n"))
env = b"APP_ENV=production\nDATABASE_URL=postgres://ledger:Gq8wZt3KmV2x@db.internal:5432/ledger\nSENTRY_ENV=prod\n"
put("mail/attached-env.eml", mail(H + [("Subject", "env for the new box"),
    ("Content-Type", 'multipart/mixed; boundary="=_b1"')],
    "This is a multi-part message in MIME format.\n--=_b1\nContent-Type: text/plain; charset=utf-8\n\n"
    "see attached\n--=_b1\nContent-Type: application/octet-stream; name=\"prod.env\"\n"
    "Content-Disposition: attachment; filename=\"prod.env\"\nContent-Transfer-Encoding: base64\n\n"
    + base64.encodebytes(env).decode() + "--=_b1--\n"))
put("mail/base64-body.eml", mail(H + [("Subject", "keys"), ("Content-Type", "text/plain; charset=utf-8"),
    ("Content-Transfer-Encoding", "base64")],
    base64.encodebytes(b"Hello,\nthe new reporting password: Fv9kTw4Lz7Qp\nregards\n").decode()))
html = ('<html><head><style>p { color: red }</style></head><body><p>Dear Max,</p>'
        '<p>your portal pass=\nword is <b>Mz4qR=\n8wKt2Lv</b> &ndash; change it.</p></body></html>\n')
put("mail/alternative-html.eml", mail(H + [("Subject", "portal"),
    ("Content-Type", 'multipart/mixed; boundary="outer"')],
    "--outer\nContent-Type: multipart/alternative; boundary=\"inner\"\n\n"
    "--inner\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
    "(html only)\n--inner\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + html.replace("=\n8", "=\n8").replace("pass=\nword", "pass=\nword").replace("<p>Dear", "<p>Dear") + "--inner--\n--outer--\n"))
inner = mail([("From", "vendor@supplier.example"), ("Subject", "credentials"), ("MIME-Version", "1.0"),
              ("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "quoted-printable")],
             "Your FTP password =3D Hc2wVq7Rn4Xz=\n\n")
put("mail/forwarded.eml", mail(H + [("Subject", "Fwd: credentials"),
    ("Content-Type", 'multipart/mixed; boundary="fw"')],
    "--fw\nContent-Type: text/plain\n\nforwarding below\n--fw\nContent-Type: message/rfc822\n\n"
    + inner + "--fw--\n"))
put("mail/inbox.mbox",
    "From ines@harbour.example Tue Dec  1 09:00:00 2026\n" +
    mail(H + [("Subject", "one"), ("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "quoted-printable")],
         "nothing secret here\n") +
    "\nFrom max@harbour.example Tue Dec  1 10:00:00 2026\n" +
    mail(H + [("Subject", "two"), ("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "quoted-printable")],
         "router admin password: Lk6=\nvTq9Wz3\n"))
# decoys
put("mail/reset-link.eml", mail(H + [("Subject", "Password reset"),
    ("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "quoted-printable")],
    "To reset your password follow https://portal.example/reset?t=3D1 within 24 hours.=\n The password=\n must have 12 characters.\n"))
png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
put("mail/image.eml", mail(H + [("Subject", "screenshot"), ("Content-Type", 'multipart/mixed; boundary="im"')],
    "--im\nContent-Type: text/plain\n\nscreenshot of the password dialog attached\n--im\n"
    "Content-Type: image/png\nContent-Transfer-Encoding: base64\n\n" + base64.encodebytes(png).decode() + "--im--\n"))
put("mail/template.eml", mail(H + [("Subject", "Welcome"), ("Content-Type", "text/plain"),
    ("Content-Transfer-Encoding", "quoted-printable")],
    "Your password: <password>\nYour token: ${WELCOME_TOKEN}\nPassword: changeme\npassword =3D ********\n"))

# --- RTF
put("letters/wifi.rtf", r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Helvetica;}}"
    r"{\colortbl;\red0\green0\blue0;}{\*\generator Riched20 10.0;}\viewkind4\uc1"
    "\n\\pard\\f0\\fs22 Dear Noor,\\par\nthe guest Wi-Fi pass{\\b word}: Qm4\\'e9Tz8Wk3\\par\n"
    r"see you Monday\par}")
put("letters/unicode.rtf", r"{\rtf1\ansi\uc1 F\u252?r den NAS\par NAS password: Rk7\u233?Vq2Mz5Nw\par"
    "\n{\\uc2 SFTP password: Jt3\\u246\\'6f\\'65Lp8Wq\\par}}")
put("letters/split-group.rtf", "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 Vault pass{\\i word}: "
    "{\\b Zq5}{\\b Wr9Tk2Hm}\\par}")
put("letters/table.rtf", "{\\rtf1\\ansi\\trowd\\cellx2000\\cellx4000 User\\cell Password\\cell\\row"
    "\\trowd\\cellx2000\\cellx4000 scada_ops\\cell Xv6Lq3Wm8Tz\\cell\\row}")
put("letters/fonts.rtf", "{\\rtf1\\ansi{\\fonttbl{\\f0 Password Sans: Kq8Wm3Zt5Lv;}}"
    "{\\*\\passwordhash 4b1e9c0d7a3f2e8b}{\\info{\\author Password: Hy7Wq2Lk9Zm}}\\f0 "
    "Passwords must be changed every 90 days.\\par Password: \\'2a\\'2a\\'2a\\'2a\\'2a\\'2a\\'2a\\'2a\\par}")

# --- damaged documents
zipped("damaged/whole.docx", {"word/document.xml": wdoc(para(run("Pass"), run("word: Vn3"), run("Tq8Kz5Wm")))})
with open(os.path.join(T, "damaged/whole.docx"), "rb") as f:
    b = f.read()
put("damaged/truncated.docx", b[: len(b) * 2 // 3], "wb")
put("damaged/cut-part/word/document.xml", wdoc(para(run("Pass"), run("word: Gz4"), run("Wq7Lm2Rt"))) [:-40] + "<w:r><w:t")
put("damaged/bad-qp.eml", mail(H + [("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "quoted-printable")],
    "a bad escape =ZZ and =4 and a last =\nline: db password =3D Sd8wKq3Lz6Vm=\n"))
put("damaged/braces.rtf", "{\\rtf1}}}{{{{{\\b Pass}word: Bw4zQ9Lk7Ts\\par" + "{" * 5000 + "x" + "}" * 7000)
nest = "Content-Type: text/plain\n\nbottom\n"
for i in range(40):
    nest = 'Content-Type: multipart/mixed; boundary="n%d"\n\n--n%d\n%s--n%d--\n' % (i, i, nest, i)
put("damaged/deep.eml", "From: a@b.example\nMIME-Version: 1.0\nContent-Transfer-Encoding: quoted-printable\n" + nest)
put("damaged/unclosed.eml", mail(H + [("Content-Type", 'multipart/mixed; boundary="u"')],
    "--u\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n" +
    base64.encodebytes(b"ops password: Cx5Wq8Tz2Lm\n").decode()))
put("damaged/huge/word/document.xml", wdoc(*([para(run("filler text " * 20))] * 40000)))

# --- PDF: content streams (FlateDecode or plain) and their text operators
import zlib

def pdf(path, streams, tail=b""):
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /Contents [%s] >>" % b" ".join(b"%d 0 R" % (4 + k) for k in range(len(streams)))]
    for data, flt in streams:
        body = zlib.compress(data) if flt == b"/FlateDecode" else data
        d = b"<< /Length %d%s >>" % (len(body), b" /Filter " + flt if flt else b"")
        objs.append(d + b"\nstream\n" + body + b"\nendstream")
    out = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"
    for i, o in enumerate(objs):
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n%%%%EOF\n" % (len(objs) + 1)
    put(path, out + tail, "wb")

F = b"/FlateDecode"
pdf("pdf/runbook.pdf", [(b"BT /F1 12 Tf 1 0 0 1 72 720 Tm (Runbook: tank farm historian) Tj ET\n"
    b"BT 1 0 0 1 72 700 Tm [(Histo) -15 (rian pass) 20 (word: ) (Jq5) -10 (wVz8Rk3)] TJ ET\n"
    b"BT 1 0 0 1 72 686 Tm (Ask the shift lead.) Tj ET\n", F)])
pdf("pdf/moves.pdf", [(b"BT /F1 10 Tf 72 720 Td (OPC UA endpoint opc.tcp://10.2.0.9:4840) Tj 0 -12 Td "
    b"(OPC UA user: opc_reader) Tj T* (OPC UA password: Tn4Wq8Lz2Vm \\(rotated\\)) Tj ET", None)])
pdf("pdf/octal.pdf", [(b"BT 1 0 0 1 50 500 Tm (Modem password: Xr7\\104mKq2Wz) Tj ET", F),
    (b"q 100 0 0 100 0 0 cm /Im1 Do Q", F)])
pdf("pdf/hexstr.pdf", [(b"BT 1 0 0 1 50 500 Tm <5261646975732070617373776f72643a20> Tj (Lm8Vq3Rz6Wk) Tj ET", F)])
pdf("pdf/policy.pdf", [(b"BT 1 0 0 1 72 720 Tm (Passwords must be at least 14 characters long.) Tj ET\n"
    b"BT 1 0 0 1 72 700 Tm (Password: ) Tj (<password>) Tj ET BT 1 0 0 1 72 680 Tm (Password: ********) Tj ET", F)])
pdf("pdf/other-filter.pdf", [(b"BT (password: Bq4Wn8Zr2Tx) Tj ET", b"/ASCII85Decode")])
# damaged: a stream cut short, a bomb, no endstream
pdf("damaged/broken-stream.pdf", [(b"BT 1 0 0 1 72 700 Tm (LIMS password: Wz6Kq3Vn8Tr) Tj ET" * 40, F)])
with open(os.path.join(T, "damaged/broken-stream.pdf"), "rb") as f:
    b = f.read()
i = b.index(b"stream\n") + 7
put("damaged/broken-stream.pdf", b[:i + 200] + b"\x00garbage" + b[i + 400:], "wb")
put("damaged/bomb.pdf", b"%PDF-1.4\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n" +
    zlib.compress(b"BT (x) Tj ET " + b" " * (200 << 20), 9) + b"\nendstream\nendobj\n%%EOF\n", "wb")
put("damaged/no-end.pdf", b"%PDF-1.4\n1 0 obj\n<< /Length 99 >>\nstream\nBT (Cable modem password: Hk3Wq7Zt9Lm) Tj", "wb")

# e-mails carrying documents and archives: each attachment scanned as a
# member of the message
import io
def zbytes(members):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in members.items():
            z.writestr(name, text)
    return b.getvalue()

docx = zbytes({"word/document.xml": wdoc(para(run("Scanner share pass"), run("word: "), run("Vk7"), run("Wq3Zt8Lm")))})
cfg = zbytes({"deploy/.env": "REDIS_PASSWORD=Pz6Lq9Wv3Tk\n"})
with open(os.path.join(T, "pdf/runbook.pdf"), "rb") as f:
    runbook = f.read()
def attach(name, ctype, data):
    return ('--att\nContent-Type: %s; name="%s"\nContent-Disposition: attachment;\n filename="%s"\n'
            'Content-Transfer-Encoding: base64\n\n%s' % (ctype, name, name, base64.encodebytes(data).decode()))
put("mail/attachments.eml", mail([("Return-Path", "<ines@harbour.example>")] + H + [("Subject", "handover pack"),
    ("Content-Type", 'multipart/mixed; boundary="att"')],
    "--att\nContent-Type: text/plain\n\nthree files attached\n" +
    attach("scanner-handover.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx) +
    attach("deploy config.zip", "application/zip", cfg) +
    attach("runbook.pdf", "application/pdf", runbook) + "--att--\n"))
put("mail/thread-topic.eml", mail([("Thread-Topic", "vpn"), ("Content-Type", "text/plain"),
    ("Content-Transfer-Encoding", "quoted-printable")], "vpn pre-shared password: Rm3=\nWk8Tq5Zv\n"))
put("mail/crlf.eml", mail(H + [("Subject", "Fw: NAS"), ("Content-Type", "text/plain; charset=windows-1252"),
    ("Content-Transfer-Encoding", "quoted-printable")], "NAS admin password: Gm4=\nXq8Wz2Kt\n").replace("\n", "\r\n"), "w")
EOF

# hasd FILE SECRET KIND: scanning $T/FILE reports SECRET once, in a member
# (or file) whose name ends as MEMBER says, decoded as KIND first.
hasd() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: $2 ($3)" jq -e --arg s "$2" --arg d "$3" --arg m "$4" \
		'[.[] | select(.secret == $s)] | length == 1 and .[0].decoded[0] == $d
		 and (.[0].file | endswith($m))' "$T/out"
}
# none FILE: no finding, and a clean exit (0)
none() {
	expect_exit 0 "$1: exit" -- "$KEYHOUND" scan "$T/$1" -f json -o "$T/out"
	check "$1: no finding" jq -e 'length == 0' "$T/out"
}
# survives FILE: no crash (ASan, UBSan) on a damaged document: exit 0 or 1
survives() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	local rc=$?
	if [ "$rc" -le 1 ]; then ok; else bad "$1: exit $rc" "$(head -c 300 "$T/err")"; fi
}

# --- .docx
hasd handover/vpn-handover.docx Zx8qLw3Nv6Tp docx '.docx!word/document.xml'
check "vpn-handover: line of the produced text" jq -e '.[0].line == 2' "$T/out"
hasd handover/accounts.docx Mq7vT2xKw9Lp docx '!word/document.xml'
hasd handover/accounts.docx Bn4zR8wQ6sYt docx '!word/document.xml'
reports "accounts.docx" Bn4zR8wQ6sYt Mq7vT2xKw9Lp
hasd handover/tabbed.docx Hy5wKp3Rm8Dz docx '!word/document.xml'
reports "tabbed.docx" Hy5wKp3Rm8Dz
hasd handover/broken-lines.docx Ct6mWq2Zr9Lx docx '!word/document.xml'
hasd handover/header.docx sk_live_9dKr4TqW2mXz8LpB6nVy3HcJ docx '.docx!word/header1.xml'
check "header.docx: the provider's rule" jq -e '.[0].rule_id == "stripe-secret-key"' "$T/out"
hasd handover/reviewed.docx Fq3Vz8Rk2Wm7 docx '!word/comments.xml'
hasd unpacked/runbook-docx Lp4Ws9Kx2Qv7 docx 'runbook-docx/word/document.xml'
none templates/onboarding-template.docx
none policy/password-policy.docx
none policy/inventory.docx
hasd tests/fixtures/sample-handover.docx Wd3Kq8Zm5Tx docx '!word/document.xml'
check "a fixture's document: its context says so" jq -e '.[0].context == "test" and .[0].confidence == "low"' "$T/out"
# the text output says how too
"$KEYHOUND" scan "$T/handover/tabbed.docx" -f text >"$T/text" 2>&1
check "text output: decoded: docx" grep -q 'decoded: *docx' "$T/text"

# --- .pptx
"$KEYHOUND" scan "$T/decks/go-live.pptx" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "go-live.pptx" Jw8rTz3Nq5Vm Pd2kLx7Wr4Hs Rv6nWz4Qk8 Tg5mXq9Wv2
check "go-live: slide 2's member" jq -e '[.[] | select(.secret == "Rv6nWz4Qk8")][0].file | endswith("go-live.pptx!ppt/slides/slide2.xml")' "$T/out"
check "go-live: the notes' member" jq -e '[.[] | select(.secret == "Tg5mXq9Wv2")][0].file | endswith("!ppt/notesSlides/notesSlide2.xml")' "$T/out"
check "go-live: the table's member" jq -e '[.[] | select(.secret == "Pd2kLx7Wr4Hs")][0].file | endswith("!ppt/slides/slide3.xml")' "$T/out"
check "go-live: all decoded pptx" jq -e 'all(.[]; .decoded == ["pptx"])' "$T/out"
none decks/template.pptx

# --- OpenDocument
hasd odf/site-notes.odt Kz7wRq4Nm2Vx odf '.odt!content.xml'
hasd odf/site-notes.odt Yb3Lq9Tw6Zp odf '.odt!content.xml'
hasd odf/accounts.odt Vq2Wm8Rz5Kt odf '!content.xml'
hasd odf/flat-notes.fodt Hs6Wq2Zr8Km odf 'flat-notes.fodt'
"$KEYHOUND" scan "$T/odf/talk.odp" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "talk.odp: the token joined over its span" jq -e 'length >= 1 and all(.[]; .decoded[0] == "odf" and (.secret | startswith("glsa_Xq4V")))' "$T/out"
none odf/template.fodt

# --- e-mail
hasd mail/qp-soft-break.eml Wr5mKq8Tz3Vn mime 'qp-soft-break.eml'
check "qp-soft-break: nothing of the broken value" jq -e 'length == 1' "$T/out"
hasd mail/qp-equals.eml Nx7vQ2wLk9Rm mime 'qp-equals.eml'
hasd mail/attached-env.eml Gq8wZt3KmV2x mime 'attached-env.eml'
hasd mail/base64-body.eml Fv9kTw4Lz7Qp mime 'base64-body.eml'
"$KEYHOUND" scan "$T/mail/alternative-html.eml" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "alternative-html.eml: the HTML part's value, tags dropped" Mz4qR8wKt2Lv
hasd mail/forwarded.eml Hc2wVq7Rn4Xz mime 'forwarded.eml'
hasd mail/inbox.mbox Lk6vTq9Wz3 mime 'inbox.mbox'
"$KEYHOUND" scan "$T/mail/attachments.eml" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "attachments.eml: a docx, a zip and a PDF attached" Jq5wVz8Rk3 Pz6Lq9Wv3Tk Vk7Wq3Zt8Lm
check "attachments.eml: the docx's member" jq -e '[.[] | select(.secret == "Vk7Wq3Zt8Lm")][0] | (.file | endswith("attachments.eml!scanner-handover.docx!word/document.xml")) and .decoded == ["mime", "docx"]' "$T/out"
check "attachments.eml: the zip's member" jq -e '[.[] | select(.secret == "Pz6Lq9Wv3Tk")][0].file | endswith("attachments.eml!deploy config.zip!deploy/.env")' "$T/out"
check "attachments.eml: the PDF" jq -e '[.[] | select(.secret == "Jq5wVz8Rk3")][0].file | endswith("attachments.eml!runbook.pdf")' "$T/out"
# a message inside an archive: its attachments are not opened (nesting stays bounded)
(cd "$T/mail" && zip -q ../mails.zip attachments.eml)
"$KEYHOUND" scan "$T/mails.zip" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "mails.zip: a message's attachments in an archive are not opened" 
hasd mail/thread-topic.eml Rm3Wk8Tq5Zv mime 'thread-topic.eml'
hasd mail/crlf.eml Gm4Xq8Wz2Kt mime 'crlf.eml'
none mail/reset-link.eml
none mail/image.eml
none mail/template.eml
# a message with nothing encoded is read as it is (its lines are the file's)
mk mail/plain.eml "From: a@harbour.example
Subject: creds

the staging password: Tb8wLq3Zk6Vn
"
found mail/plain.eml 4 generic-password Tb8wLq3Zk6Vn

# --- RTF
hasd letters/wifi.rtf "Qm4éTz8Wk3" rtf 'wifi.rtf'
check "wifi.rtf: the produced text's line" jq -e '.[0].line == 2' "$T/out"
"$KEYHOUND" scan "$T/letters/unicode.rtf" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "unicode.rtf: \\uN read, its fallback dropped" Jt3öLp8Wq Rk7éVq2Mz5Nw
hasd letters/split-group.rtf Zq5Wr9Tk2Hm rtf 'split-group.rtf'
hasd letters/table.rtf Xv6Lq3Wm8Tz rtf 'table.rtf'
none letters/fonts.rtf

# --- PDF
hasd pdf/runbook.pdf Jq5wVz8Rk3 pdf 'runbook.pdf'
check "runbook.pdf: the line of the produced text" jq -e '.[0].line == 2' "$T/out"
hasd pdf/moves.pdf Tn4Wq8Lz2Vm pdf 'moves.pdf'
hasd pdf/octal.pdf Xr7DmKq2Wz pdf 'octal.pdf'
hasd pdf/hexstr.pdf Lm8Vq3Rz6Wk pdf 'hexstr.pdf'
none pdf/policy.pdf
none pdf/other-filter.pdf
survives damaged/broken-stream.pdf
check "broken-stream.pdf: the text before the break read" jq -e '[.[] | select(.secret == "Wz6Kq3Vn8Tr")] | length >= 1' "$T/out"
cpu 1 "$T/damaged/bomb.pdf"
check "bomb.pdf: bounded (under 20 s)" awk -v c="$(cat "$T/cpu")" 'BEGIN { exit !(c < 20) }'
check "bomb.pdf: a clean exit" test "$(cat "$T/rc")" = 0
survives damaged/no-end.pdf
check "no-end.pdf: the stream read to the file's end" jq -e '[.[] | select(.secret == "Hk3Wq7Zt9Lm")] | length == 1' "$T/out"

# --- damaged documents: what was read is scanned, one line names the file
survives damaged/truncated.docx
check "truncated.docx: one line naming it" grep -q 'truncated.docx' "$T/err"
survives damaged/cut-part
check "cut part: nothing made up from the cut run" jq -e 'all(.[]; .secret != "Gz4")' "$T/out"
survives damaged/bad-qp.eml
check "bad-qp: a bad escape kept, the value after it read" jq -e '[.[] | select(.secret == "Sd8wKq3Lz6Vm")] | length == 1' "$T/out"
survives damaged/braces.rtf
check "braces.rtf: the value read" jq -e '[.[] | select(.secret == "Bw4zQ9Lk7Ts")] | length == 1' "$T/out"
survives damaged/deep.eml
survives damaged/unclosed.eml
check "unclosed.eml: the unclosed part read" jq -e '[.[] | select(.secret == "Cx5Wq8Tz2Lm")] | length == 1' "$T/out"
survives damaged/huge
check "huge part: no finding" jq -e 'length == 0' "$T/out"

# --- the same documents through other sources: a tar.gz, stdin, git
tar -czf "$T/bundle.tgz" -C "$T" handover/vpn-handover.docx mail/qp-soft-break.eml letters/wifi.rtf
"$KEYHOUND" scan "$T/bundle.tgz" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "bundle.tgz: each document inside" Qm4éTz8Wk3 Wr5mKq8Tz3Vn Zx8qLw3Nv6Tp
check "bundle.tgz: member names" jq -e '[.[] | select(.secret == "Zx8qLw3Nv6Tp")][0].file | endswith("bundle.tgz!handover/vpn-handover.docx!word/document.xml")' "$T/out"
git -C "$T" init -q repo && cp "$T/handover/vpn-handover.docx" "$T/mail/qp-soft-break.eml" "$T/repo/" &&
	git -C "$T/repo" add . && git -C "$T/repo" -c user.name=t -c user.email=t@example.org commit -qm docs
full_stacks "$KEYHOUND" git "$T/repo" -f json --show-secrets -o "$T/out" 2>"$T/err"
reports "git history: documents read the same" Wr5mKq8Tz3Vn Zx8qLw3Nv6Tp

# --- a report naming a document's decoding loads back (baseline)
"$KEYHOUND" scan "$T/handover/vpn-handover.docx" -f baseline -o "$T/base.json" 2>"$T/err"
expect_exit 0 "baseline with decoded: [docx] loads" -- "$KEYHOUND" scan "$T/handover/vpn-handover.docx" --baseline "$T/base.json" -f json -o "$T/out"
check "baseline: the finding is known" jq -e 'length == 0' "$T/out"

finish e2e_docs29
