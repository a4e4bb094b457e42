"""The 30 snippet file kinds of holdout32 (neither the language nor its extension named in an
earlier holdout's README, checked with grep -i -w -F -c): for each, a file name, its comment,
how a string constant is assigned, how a name is styled, and how a quote inside a string is
written."""


def upper(n):
    return n.upper()


def snake(n):
    return n.lower()


def camel(n):
    w = n.lower().split("_")
    return w[0] + "".join(x.capitalize() for x in w[1:])


def kebab(n):
    return n.lower().replace("_", "-")


BS, DQ, SQ, RAW = "bs", "dq", "sq", "raw"  # quote inside a string: \" , "" , '' , as is

# (kind, file name, comment (open, close), assignment with {n} and {v}, name style, escape,
#  header, footer)
KINDS = [
    ("roc", "Config.roc", ("#", ""), '{n} = "{v}"', camel, BS, "module [settings]\n\n", ""),
    ("kql", "alerts.kql", ("//", ""), 'let {n} = "{v}";', camel, BS, "", "Heartbeat | take 10\n"),
    ("prql", "report.prql", ("#", ""), 'let {n} = "{v}"', snake, BS, "prql target:sql.postgres\n", "from subscriptions\n"),
    ("mojo", "config.mojo", ("#", ""), 'alias {n} = "{v}"', upper, BS, "", ""),
    ("carp", "config.carp", (";", ""), '(def {n} "{v}")', kebab, BS, "", ""),
    ("grain", "config.gr", ("//", ""), 'provide let {n} = "{v}"', camel, BS, "module Config\n\n", ""),
    ("c3", "config.c3", ("//", ""), 'const String {n} = "{v}";', upper, BS, "module config;\n\n", ""),
    ("jakt", "config.jakt", ("//", ""), 'let {n} = "{v}"', snake, BS, "function settings() {\n", "}\n"),
    ("inko", "config.inko", ("#", ""), 'let {n} = "{v}"', upper, BS, "", ""),
    ("pyret", "config.arr", ("#", ""), '{n} = "{v}"', kebab, BS, "provide *\n\n", ""),
    ("factor", "config.factor", ("!", ""), 'CONSTANT: {n} "{v}"', kebab, BS, "USING: kernel ;\nIN: newsroom.config\n\n", ""),
    ("pharo", "NmhConfig.st", ('"', '"'), "NmhConfig class >> {n}\n\t^ '{v}'\n", camel, SQ, "Object subclass: #NmhConfig\n\tinstanceVariableNames: ''\n\tpackage: 'Newsroom'!\n\n", ""),
    ("xquery", "settings.xq", ("(:", ":)"), 'declare variable ${n} := "{v}";', kebab, DQ, "xquery version \"3.1\";\nmodule namespace cfg = \"urn:nmh:config\";\n", ""),
    ("xslt", "feed-to-nitf.xsl", ("<!--", "-->"), '  <xsl:variable name="{n}">{v}</xsl:variable>', kebab, RAW, '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n', "</xsl:stylesheet>\n"),
    ("bluespec", "Config.bsv", ("//", ""), 'String {n} = "{v}";', camel, BS, "package Config;\n", "endpackage\n"),
    ("chuck", "cues.ck", ("//", ""), '"{v}" => string {n};', camel, BS, "", ""),
    ("d2", "integrations.d2", ("#", ""), '{n}: "{v}"', snake, BS, "direction: right\n", ""),
    ("clarity", "tips.clar", (";;", ""), '(define-constant {n} "{v}")', kebab, BS, "", ""),
    ("motoko", "Config.mo", ("//", ""), '  public let {n} = "{v}";', camel, BS, "module {\n", "}\n"),
    ("aiken", "config.ak", ("//", ""), 'pub const {n}: String = @"{v}"', snake, BS, "", ""),
    ("ligo", "config.mligo", ("//", ""), 'let {n} : string = "{v}"', snake, BS, "", ""),
    ("noir", "config.nr", ("//", ""), 'global {n} = "{v}";', upper, BS, "", ""),
    ("sway", "config.sw", ("//", ""), 'const {n}: str = "{v}";', upper, BS, "library;\n\n", ""),
    ("teal", "config.tl", ("--", ""), 'local {n}: string = "{v}"', snake, BS, "", "return {}\n"),
    ("scilla", "Tips.scilla", ("(*", "*)"), 'let {n} = "{v}"', snake, BS, "scilla_version 0\n\nlibrary Tips\n\n", ""),
    ("ysh", "deploy.ysh", ("#", ""), "const {n} = '{v}'", upper, RAW, "#!/usr/bin/env ysh\n", ""),
    ("ceylon", "config.ceylon", ("//", ""), 'shared String {n} = "{v}";', camel, BS, "", ""),
    ("fantom", "Config.fan", ("//", ""), '  const static Str {n} := "{v}"', camel, BS, "class Config\n{\n", "}\n"),
    ("boo", "config.boo", ("#", ""), '{n} = "{v}"', snake, BS, "namespace Newsroom\n\n", ""),
    ("gosu", "Config.gs", ("//", ""), 'var {n} = "{v}"', camel, BS, "uses java.lang.System\n\n", ""),
]


def escape(kind, s):
    return {BS: s.replace('"', '\\"'), DQ: s.replace('"', '""'), SQ: s.replace("'", "''"), RAW: s}[kind[5]]


def comment(kind, text):
    o, c = kind[2]
    return "%s %s %s" % (o, text.replace('"', "'") if o == '"' else text, c) if c else "%s %s" % (o, text)
