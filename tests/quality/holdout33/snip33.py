"""snippets/: one file per sampled provider, provider i in kind i % 30.

Hard shapes of the first credential: i % 10 == 3 stored base64 (`base64`), == 7 only in comment
prose (`comment_prose`), i % 9 == 4 under a name a person chose (`odd_name`), and two new ones:
== 5 a `key_pool`: two keys of the provider in one comma-separated string (a rate-limit or
rotation pool, split at run time), both labelled; == 9 an `escaped_newline`: the key written
with a trailing `\\n` escape inside the literal (as echoed into a file and pasted back)."""
from holdout_gen import Doc, lookalike, PLACEHOLDERS
from provs33 import PROVS
from vals33 import gen

# (name, extension, comment format, assignment format, header, footer); {n} name, {v} value, {p} provider
KINDS = [
    ("purebasic", "pbi", "; {c}", 'Global {n}$ = "{v}"', "EnableExplicit\n", "\n"),
    ("freebasic", "bi", "' {c}", 'Const {n} = "{v}"', "#pragma once\n", "\n"),
    ("oberon", "ob", "(* {c} *)", '  {n}* = "{v}";', "MODULE VetCfg;\nCONST\n", "END VetCfg.\n"),
    ("pl1", "pl1", "/* {c} */", "  DCL {n} CHAR(256) VARYING INIT('{v}');", "CFG: PROCEDURE OPTIONS(MAIN);\n", "END CFG;\n"),
    ("yara", "yara", "// {c}", '    ${n} = "{v}" ascii', "rule leaked_{p}_creds\n{{\n  strings:\n", "  condition:\n    any of them\n}}\n"),
    ("sigma", "yml", "# {c}", "      {n}|contains: '{v}'", "title: Outbound {p} call from clinic PC\nstatus: experimental\nlogsource:\n  category: proxy\ndetection:\n  selection:\n", "  condition: selection\nlevel: medium\n"),
    ("polybar", "ini", "; {c}", "env-{n} = {v}", "[module/{p}]\ntype = custom/script\ninterval = 300\n", "exec = ~/.config/polybar/scripts/{p}-status.sh\n"),
    ("hyprland", "conf", "# {c}", "env = {n},{v}", "# hyprland.conf for the reception kiosk\nmonitor = ,preferred,auto,1\n", "exec-once = ~/bin/kiosk-start\n"),
    ("starship", "toml", "# {c}", '{n} = "{v}"', "[custom.{p}]\ncommand = \"vetstatus {p}\"\nwhen = true\n\n[custom.{p}.env]\n", "\n"),
    ("nelua", "nelua", "-- {c}", 'local {n}: string = "{v}"', "require 'os'\n", "return {{}}\n"),
    ("zellij", "kdl", "// {c}", '    {n} "{v}"', "layout {{\n  pane command=\"htop\"\n}}\nenv {{\n", "}}\n"),
    ("pidgin", "xml", "<!-- {c} -->", "    <setting name='{n}' type='string'>{v}</setting>", "<?xml version='1.0' encoding='UTF-8' ?>\n<account version='1.0'>\n <account>\n  <protocol>prpl-{p}</protocol>\n  <settings>\n", "  </settings>\n </account>\n</account>\n"),
    ("jai", "jai", "// {c}", '{n} :: "{v}";', "#import \"Basic\";\n", "main :: () {{ print(\"ok\\n\"); }}\n"),
    ("lazarus", "lpr", "// {c}", "  {n} = '{v}';", "program VetSync;\n{{$mode objfpc}}\nconst\n", "begin\nend.\n"),
    ("euphoria", "exw", "-- {c}", 'constant {n} = "{v}"', "include std/net/http.e\n", "\n"),
    ("livecode", "livecodescript", "-- {c}", '  put "{v}" into s{n}', "on openStack\n", "end openStack\n"),
    ("lookml", "lkml", "# {c}", 'constant: {n} {{\n  value: "{v}"\n}}', "project_name: \"vetcore_{p}\"\n", "\n"),
    ("malloy", "malloy", "// {c}", '# {n}="{v}"', "##! experimental\n", "source: visits is duckdb.table('visits.parquet')\n"),
    ("aql", "aql", "// {c}", 'LET {n} = "{v}"', "// settings document for the {p} sync\n", "INSERT {{ provider: \"{p}\" }} INTO sync_settings\n"),
    ("beef", "bf", "// {c}", '    public const String {n} = "{v}";', "namespace VetCore;\nclass Config\n{{\n", "}}\n"),
    ("n1ql", "n1ql", "-- {c}", '\\SET -${n} "{v}";', "-- cbq parameters for the {p} import\n", "SELECT COUNT(*) FROM `clinic` WHERE type = \"{p}\";\n"),
    ("surrealql", "surql", "-- {c}", 'LET ${n} = "{v}";', "USE NS vetcore DB ops;\n", "UPSERT setting:{p} SET updated = time::now();\n"),
    ("edgeql", "edgeql", "# {c}", "insert Setting {{ name := '{n}', value := '{v}' }};", "# seed settings for the {p} integration\n", "\n"),
    ("snobol", "sno", "* {c}", "        {n} = '{v}'", "* {p} settings for the nightly batch\n", "END\n"),
    ("sourcehut", "build.yml", "# {c}", "  {n}: {v}", "image: alpine/edge\npackages:\n  - curl\nenvironment:\n", "tasks:\n  - sync: |\n      ./sync.sh\n"),
    ("esql", "esql", "// {c}", '| EVAL {n} = "{v}"', "FROM logs-clinic-*\n| WHERE service == \"{p}\"\n", "| KEEP @timestamp, message\n"),
    ("effekt", "effekt", "// {c}", 'val {n} = "{v}"', "module vetcfg\n", "def main() = println(\"ok\")\n"),
    ("vale", "vale", "// {c}", '  {n} = "{v}";', "exported func main() {{\n", "}}\n"),
    ("gremlin", "gremlin", "// {c}", '{n} = "{v}"', "// console script for the {p} graph import\n", "g.V().hasLabel('clinic').count()\n"),
    ("jxa", "jxa", "// {c}", 'const {n} = "{v}";', "ObjC.import('Foundation');\n", "console.log('ok');\n"),
]
ESCAPES = {"nelua", "beef", "jxa", "jai", "vale", "effekt", "gremlin", "euphoria", "surrealql", "esql", "aql"}
ODD = ["biscuit", "the_magic_word", "DO_NOT_SHARE", "kennel_pass", "mrWhiskers", "k2", "sesame", "xyzzy", "ruffs", "old_faithful"]


def build(providers):
    out = []
    for i, p in enumerate(providers):
        kname, ext, cfmt, afmt, head, foot = KINDS[i % 30]
        creds, decoys = PROVS[p]
        d = Doc("snippets/%02d_%s.%s" % (i, p, ext), "snippets", "plain")
        ln = lambda n, v: afmt.format(n=n, v=v, p=p)
        com = lambda c: cfmt.format(c=c)
        lines = [com("%s settings (%s) for the Vetcore hospitals" % (p, kname))]
        first = None
        for j, (fmt, name, spec) in enumerate(creds):
            v = gen(spec)
            first = first or v
            if j:
                lines.append(ln(name, d.secret(p, fmt, v)))
            elif i % 10 == 3:
                lines.append(com("stored base64-encoded, decode before use"))
                lines.append(ln(name + "_B64", d.b64(p, fmt, v, shape="base64")))
            elif i % 10 == 7:
                lines.append(com("the %s credential for the booking site is %s - ask Priya before rotating it" % (p, d.secret(p, fmt, v, shape="comment_prose"))))
            elif i % 10 == 5:
                v2 = gen(spec)
                lines.append(com("pool: requests round-robin over these, split on ','"))
                lines.append(ln(name + "S", d.pos(p, fmt, v, shape="key_pool") + "," + d.pos(p, fmt, v2, shape="key_pool")))
            elif i % 10 == 9 and kname in ESCAPES:
                lines.append(ln(name, d.pos(p, fmt, v, shape="escaped_newline") + "\\n"))
            elif i % 9 == 4:
                lines.append(ln(ODD[i % len(ODD)], d.secret(p, fmt, v, shape="odd_name")))
            else:
                lines.append(ln(name, d.secret(p, fmt, v)))
        for kind, name, spec in decoys:
            lines.append(ln(name, d.dec(p, kind, gen(spec))))
        lk, lv = lookalike(i, first)
        lines.append(com("rotated 2026-11-%02d, the old value was %s (revoked)" % (i % 28 + 1, d.dec(p, lk, lv))))
        ph = PLACEHOLDERS[i % len(PLACEHOLDERS)]
        ph = ph % creds[0][1] if "%s" in ph else ph
        lines.append(ln(creds[0][1] + "_EXAMPLE", d.dec(p, "placeholder", ph)))
        lines.append(ln(creds[0][1] + "_FROM_ENV", "${%s}" % creds[0][1]))
        text = head.format(p=p) + "\n".join(lines) + "\n" + foot.format(p=p)
        out.append((d, text))
    return out
