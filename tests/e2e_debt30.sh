#!/usr/bin/env bash
# End-to-end tests of wave 30's review debt, all of it behaviour kept:
# * documents.c split by reader (documents_office.c, documents_rtf.c,
#   documents_mail.c, documents_pdf.c, documents_text.c): each reader
#   still reads its kind, in forms e2e_docs29.sh does not use (a Word
#   footer and endnotes, a slide's notes table, a flat .fodp deck, RTF's
#   \uN with \ucN fallbacks and a hex-escaped value, an .mht page whose
#   HTML part is quoted-printable, a mailbox whose second message is
#   base64, a PDF whose value is a hex string moved by Td), with the
#   decoys of each kind quiet (${VAR}, <password>, changeme, xxxx, a
#   digest, a uuid, a path, a test fixture's copy).
# * one loader for a rule file's "public_formats" and "secret_calls":
#   the same words for each fault, naming the file, the list and the entry.
# * one splice of findings into SARIF and baseline documents: valid
#   documents with each finding once, ruleIndex right, and empty lists.
# * one varint encoder for the Python test tools (tests/varint.py).
. "$(dirname "$0")/lib.sh"

python3 - "$T" <<'EOF'
import base64, os, sys, zipfile, zlib
T = sys.argv[1]

def at(name):
    p = os.path.join(T, name)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p

def put(name, data):
    with open(at(name), "wb" if isinstance(data, bytes) else "w") as f:
        f.write(data)

def zipped(name, parts):
    with zipfile.ZipFile(at(name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in dict({"[Content_Types].xml": "<Types/>"}, **parts).items():
            z.writestr(part, text)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def wpart(root, *paras):
    runs = "".join("<w:p>%s</w:p>" % "".join('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % r
                                             for r in p) for p in paras)
    return '<?xml version="1.0" standalone="yes"?>\n<%s %s>%s</%s>' % (root, W, runs, root)

# --- Word: a footer and endnotes
zipped("office/site-visit.docx", {
    "word/document.xml": wpart("w:document", ["Site visit, pumping hall"]),
    "word/footer1.xml": wpart("w:ftr", ["Gateway admin pass", "word: ", "Rb7n", "Vq3Wz9Lm"]),
    "word/endnotes.xml": wpart("w:endnotes", ["SCADA login ", "pass", "word ", "Jt5kPw", "8Xn2Hq"])})
zipped("office/template.docx", {
    "word/document.xml": wpart("w:document", ["Password: ", "${SCADA_PASSWORD}"],
                               ["Pass", "word: ", "&lt;password&gt;"], ["Password: ", "changeme"],
                               ["Password: ", "xxxxxxxxxxxx"]),
    "word/footer1.xml": wpart("w:ftr", ["Document id 3f2b8c1e-9d4a-4e7b-8c2f-1a6d0e9b5c37"],
                              ["Checksum e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
                              ["Stored in /srv/share/handover/passwords.kdbx"])})
zipped("tests/fixtures/site-visit.docx", {
    "word/document.xml": wpart("w:document", ["Gateway admin pass", "word: ", "Rb7n", "Vq3Wz9Lm"])})

# --- a slide's notes: a table of users and passwords
A = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
     'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
cells = lambda r: "".join('<a:tc><a:txBody><a:p><a:r><a:t>%s</a:t></a:r></a:p></a:txBody></a:tc>' % c
                          for c in r)
zipped("office/demo.pptx", {
    "ppt/slides/slide1.xml": '<?xml version="1.0"?><p:sld %s><a:p><a:r><a:t>Demo day</a:t></a:r></a:p></p:sld>' % A,
    "ppt/notesSlides/notesSlide1.xml":
        '<?xml version="1.0"?><p:notes %s><a:tbl>%s</a:tbl></p:notes>' % (A, "".join(
            "<a:tr>%s</a:tr>" % cells(r) for r in (("User", "Password"), ("demo_east", "Wk4zQ9rTm2Lx"))))})

# --- a flat OpenDocument presentation
O = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
     'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
put("office/briefing.fodp", '<?xml version="1.0"?>\n<office:document %s><office:body><office:presentation>'
    '<text:p>Kiosk unlock pass<text:span>word:</text:span><text:s text:c="2"/>Fz8m<text:span>Tq4Wv</text:span>6Ry</text:p>'
    '<text:p>Password:<text:s/>&lt;password&gt;</text:p>'
    '</office:presentation></office:body></office:document>' % O)

# --- RTF: \uN with a fallback, \'xx escapes inside the value
put("letters/hand-over.rtf", r"{\rtf1\ansi\deff0{\fonttbl{\f0 Calibri;}}{\info{\author Nadia}}"
    r"\uc1 Sch\u252?ssel des Routers\par "
    r"Router pass{\b word}: Lw6\'2dqTz3\'2dVm8\'2dKd\par "
    r"Password: changeme\par }")

# --- an .mht page: its HTML part in quoted-printable
html = ('<html><body><table><tr><td>NAS</td><td>admin</td></tr></table>'
        '<p>NAS pass=\nword: Hq3v=\nWz7Lm2Kt</p><p>Password: ${NAS_PASSWORD}</p></body></html>\n')
put("pages/nas.mht", "From: <Saved by Blink>\nSubject: NAS\nMIME-Version: 1.0\n"
    'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--q1"\n\n'
    "------MultipartBoundary--q1\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n"
    "Content-Location: http://nas.lan/\n\n" + html + "------MultipartBoundary--q1--\n")

# --- a mailbox whose second message is base64
body2 = base64.encodebytes(b"Morning,\nthe VPN pre-shared key is Tc9wLq4Zx7Rm\nthanks\n").decode()
put("mail/inbox.mbox",
    "From ines@dock.example Mon Nov 30 08:00:00 2026\nFrom: ines@dock.example\nSubject: lunch\n\nPizza at one?\n\n"
    "From ola@dock.example Mon Nov 30 09:00:00 2026\nFrom: ola@dock.example\nSubject: vpn\n"
    "MIME-Version: 1.0\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n" + body2)

# --- a PDF: the value a hex string, a line moved by Td, the stream deflated
def pdf(content):
    stream = zlib.compress(content)
    return (b"%PDF-1.4\n1 0 obj\n<< /Length " + str(len(stream)).encode() +
            b" /Filter /FlateDecode >>\nstream\n" + stream + b"\nendstream\nendobj\n%%EOF\n")

value = b"Jq5wRz8Tk3Lv".hex().encode()
put("reports/audit.pdf", pdf(b"BT /F1 11 Tf 72 720 Td (Audit of the lab) Tj 0 -14 Td "
                             b"(Lab console password: ) Tj <" + value + b"> Tj 0 -14 Td "
                             b"(Password: ) Tj (<password>) Tj ET"))
EOF

scan() { "$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"; }
# decoded NAME KIND: every finding of $T/out says it was read as KIND
decoded() {
	check "$1: decoded $2" jq -e --arg k "$2" 'length > 0 and all(.[]; .decoded[0] == $k)' "$T/out"
}

scan office/site-visit.docx
reports "a Word footer and endnotes" Rb7nVq3Wz9Lm Jt5kPw8Xn2Hq
decoded "a Word footer" docx
check "the footer's finding names its part" jq -e \
	'any(.[]; .file | endswith("site-visit.docx!word/footer1.xml"))' "$T/out"
silent office/template.docx
"$KEYHOUND" scan "$T/tests" -f json --show-secrets --exclude-context test -o "$T/out" 2>"$T/err"
check "a test fixture's copy: not reported under --exclude-context test" jq -e 'length == 0' "$T/out"

scan office/demo.pptx
reports "a slide's notes table" Wk4zQ9rTm2Lx
decoded "a slide's notes" pptx

scan office/briefing.fodp
reports "a flat OpenDocument deck" Fz8mTq4Wv6Ry
decoded "a flat OpenDocument deck" odf

scan letters/hand-over.rtf
reports "RTF's escapes inside a value" Lw6-qTz3-Vm8-Kd
decoded "RTF" rtf

scan pages/nas.mht
reports "an .mht page's quoted-printable HTML" Hq3vWz7Lm2Kt
decoded "an .mht page" mime

scan mail/inbox.mbox
reports "a mailbox's base64 message" Tc9wLq4Zx7Rm
decoded "a mailbox" mime

scan reports/audit.pdf
reports "a PDF's hex string" Jq5wRz8Tk3Lv
decoded "a PDF" pdf

# ---- rule files' lists: one loader, the same words ------------------------
rulefile() { mk "rules/$1.json" "{\"rules\": [], $2}"; }
rule_error() {
	expect_exit 2 "$1" -- "$KEYHOUND" rules --check --rules "$T/rules/$1.json" -q
	check "$1: says $2" grep -qF -- "$T/rules/$1.json: $2" "$T/err"
}
rulefile pf-not-list '"public_formats": {"provider": "a"}'
rule_error pf-not-list '"public_formats" must be a list'
rulefile pf-entry '"public_formats": [{"provider": "a", "what": "b", "prefix": "qz_pub_"}, "qz_"]'
rule_error pf-entry 'public format 2: not an object'
rulefile pf-field '"public_formats": [{"provider": "a", "what": "b", "prefix": "qz_pub_", "owner": "x"}]'
rule_error pf-field 'public format 1: field "owner" is unknown or of the wrong type'
rulefile pf-length '"public_formats": [{"provider": "a", "what": "b", "prefix": "qz_pub_", "length": 2000}]'
rule_error pf-length 'public format 1: field "length" is unknown or of the wrong type'
rulefile pf-loose '"public_formats": [{"provider": "a", "what": "b", "prefix": "q_"}]'
rule_error pf-loose 'public format 1: too little fixed text'
rulefile sc-not-list '"secret_calls": 3'
rule_error sc-not-list '"secret_calls" must be a list'
rulefile sc-field '"secret_calls": [{"call": "vault.Open", "arg": "1", "name": "vault_key"}]'
rule_error sc-field 'secret call 1: field "arg" is unknown or of the wrong type'
rulefile sc-place '"secret_calls": [{"call": "vault.Open", "arg": 1, "user": 1, "name": "vault_key"}]'
rule_error sc-place 'secret call 1: "arg" (or "keyword") says where the secret is'
rulefile good '"public_formats": [{"provider": "a", "what": "b", "prefix": "qz_pub_"}], "secret_calls": [{"call": "vault.Open", "arg": 1, "user": 0, "most": 3, "name": "vault_key", "lib": "v"}]'
expect_exit 0 "good lists load" -- "$KEYHOUND" rules --check --rules "$T/rules/good.json" -q

# ---- SARIF and baseline: findings spliced into the printed document ------
mk repo/app.env 'STRIPE_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc8Kq2
DB_PASSWORD=Vx7mQ2kLw9Rt
'
mk repo/second.env 'OTHER_PASSWORD=Zn3vB8qWk5Tp
'
mkdir -p "$T/empty"
"$KEYHOUND" scan "$T/repo" -f sarif -o "$T/r.sarif" 2>"$T/err"
check "SARIF: each finding a result" jq -e '.runs[0].results | length == 3' "$T/r.sarif"
check "SARIF: each result's ruleIndex names its rule" jq -e \
	'.runs[0] as $r | all($r.results[]; $r.tool.driver.rules[.ruleIndex].id == .ruleId)' "$T/r.sarif"
check "SARIF: no secret" bash -c "! grep -q Vx7mQ2kLw9Rt '$T/r.sarif'"
"$KEYHOUND" scan "$T/empty" -f sarif -o "$T/e.sarif" 2>"$T/err"
check "SARIF of nothing: results []" jq -e '.runs[0].results == []' "$T/e.sarif"
"$KEYHOUND" scan "$T/repo" -f baseline -o "$T/b.json" 2>"$T/err"
check "baseline: each finding an entry" jq -e '.findings | length == 3 and all(.[]; .fingerprint | test("^[0-9a-f]{32}$"))' "$T/b.json"
check "baseline: no secret" bash -c "! grep -q Zn3vB8qWk5Tp '$T/b.json'"
expect_exit 0 "the baseline drops its findings" -- "$KEYHOUND" scan "$T/repo" --baseline "$T/b.json" -f json -q
"$KEYHOUND" scan "$T/empty" -f baseline -o "$T/eb.json" 2>"$T/err"
check "baseline of nothing: findings []" jq -e '.findings == [] and .version == 1' "$T/eb.json"

# ---- the test tools' varint ----------------------------------------------
check "tests/varint.py: base-128, low bits first" python3 -c '
import sys; sys.path.insert(0, sys.argv[1])
from varint import varint
assert varint(0) == b"\x00" and varint(127) == b"\x7f" and varint(128) == b"\x80\x01"
assert varint(300) == b"\xac\x02" and varint(1200000000) == b"\x80\x98\x9a\xbc\x04"' "$ROOT/tests"

finish e2e_debt30
