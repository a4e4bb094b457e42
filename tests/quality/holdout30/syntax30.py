"""The snippets half's 30 file kinds (none named in holdout12..29's READMEs):
(name, path suffix, comment(text), line(name, value), header, footer)."""


def xmlc(t):
    return "<!-- %s -->" % t


def mk(name, suffix, cpre, line, header="", footer="", cpost=""):
    return (name, suffix, (lambda t: cpre + t + cpost), line, header, footer)


SYNTAX = [
    mk("Hare", "config.ha", "// ", lambda k, v: 'export def %s: str = "%s";' % (k.upper(), v), "use fmt;\n\n"),
    mk("Lean 4", "Secrets.lean", "-- ", lambda k, v: 'def %s : String := "%s"' % (k, v), "namespace Wca\n\n", "\nend Wca\n"),
    mk("BibTeX", "refs.bib", "% ", lambda k, v: "  %s = {%s}," % (k, v), "@misc{wca-integration-notes,\n  title = {Integration settings},\n", "}\n"),
    mk("LilyPond", "chime.ly", "% ", lambda k, v: '%s = "%s"' % (k, v), '\\version "2.24.0"\n\n'),
    mk("SuperCollider", "pa_chime.scd", "// ", lambda k, v: '~%s = "%s";' % (k, v), "(\n", ")\n"),
    mk("Csound", "gate_tone.csd", "; ", lambda k, v: 'g_S%s = "%s"' % (k, v), "<CsoundSynthesizer>\n<CsInstruments>\nsr = 44100\n", "</CsInstruments>\n</CsoundSynthesizer>\n"),
    mk("Processing", "FidsWall.pde", "// ", lambda k, v: 'final String %s = "%s";' % (k, v), "import http.requests.*;\n\n"),
    mk("Quartus", "fids_panel.qsf", "# ", lambda k, v: 'set_parameter -name %s "%s"' % (k.upper(), v), 'set_global_assignment -name FAMILY "Cyclone V"\n'),
    mk("Ink", "kiosk_dialog.ink", "// ", lambda k, v: 'VAR %s = "%s"' % (k, v), "", "\n=== start ===\nWelcome to Wyvern Coast.\n-> END\n"),
    mk("GPX", "apron_survey.gpx", "<!-- ", lambda k, v: '      <wca:param key="%s">%s</wca:param>' % (k, v), '<?xml version="1.0"?>\n<gpx version="1.1" creator="wca-survey" xmlns:wca="urn:wca:survey">\n  <metadata>\n    <extensions>\n', "    </extensions>\n  </metadata>\n</gpx>\n", " -->"),
    mk("KML", "parking_zones.kml", "<!-- ", lambda k, v: '      <Data name="%s"><value>%s</value></Data>' % (k, v), '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">\n  <Document>\n    <ExtendedData>\n', "    </ExtendedData>\n  </Document>\n</kml>\n", " -->"),
    mk("mcfunction", "wca_sim/setup.mcfunction", "# ", lambda k, v: 'data modify storage wca:cfg %s set value "%s"' % (k, v)),
    mk("LSL", "virtual_terminal.lsl", "// ", lambda k, v: 'string %s = "%s";' % (k, v), "", "\ndefault { state_entry() { llSetText(\"WCA\", <1,1,1>, 1.0); } }\n"),
    mk("OPML", "ops_feeds.opml", "<!-- ", lambda k, v: '      <outline text="%s" _note="%s"/>' % (k, v), '<?xml version="1.0"?>\n<opml version="2.0">\n  <body>\n    <outline text="integrations">\n', "    </outline>\n  </body>\n</opml>\n", " -->"),
    mk("Xojo", "AppSecrets.xojo_code", "// ", lambda k, v: 'Const %s As String = "%s"' % (k, v), "#tag Module\nProtected Module AppSecrets\n", "End Module\n#tag EndModule\n"),
    mk("Typst", "handbook.typ", "// ", lambda k, v: '#let %s = "%s"' % (k.replace("_", "-"), v), '#set page(paper: "a4")\n'),
    mk("Kamailio", "kamailio.cfg", "# ", lambda k, v: '#!define %s "%s"' % (k.upper(), v), "#!KAMAILIO\n"),
    mk("BIND named.conf", "named.conf.local", "// ", lambda k, v: 'key "%s" { algorithm hmac-sha256; secret "%s"; };' % (k.lower().replace("_", "-"), v)),
    mk("R profile", ".Rprofile", "# ", lambda k, v: 'Sys.setenv(%s = "%s")' % (k.upper(), v)),
    mk("Zig build.zig.zon", "build.zig.zon", "// ", lambda k, v: '    .%s = "%s",' % (k.lower(), v), '.{\n    .name = "fids-agent",\n    .version = "0.4.1",\n', "}\n"),
    mk("SVG", "gate_map.svg", "<!-- ", lambda k, v: '  <text id="%s" visibility="hidden">%s</text>' % (k, v), '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400">\n', "</svg>\n", " -->"),
    mk("Pike", "bridge.pike", "// ", lambda k, v: 'constant %s = "%s";' % (k, v), "#pike 8.0\n\n"),
    mk("Eiffel", "secrets.e", "-- ", lambda k, v: '\t%s: STRING = "%s"' % (k.lower(), v), "class\n\tSECRETS\n\nfeature -- Access\n\n", "\nend\n"),
    mk("Modula-2", "Creds.mod", "(* ", lambda k, v: '  %s = "%s";' % (k, v), "MODULE Creds;\n\nCONST\n", "\nEND Creds.\n", " *)"),
    mk("TLA+ TLC config", "Baggage.cfg", "\\* ", lambda k, v: 'CONSTANT %s = "%s"' % (k, v), "SPECIFICATION Spec\n"),
    mk("Dafny", "Tokens.dfy", "// ", lambda k, v: 'const %s: string := "%s"' % (k, v), "module Tokens {\n", "}\n"),
    mk("Gnuplot", "queue_plot.gp", "# ", lambda k, v: '%s = "%s"' % (k, v), "set terminal pngcairo size 1200,600\n"),
    mk("Asymptote", "stand_plan.asy", "// ", lambda k, v: 'string %s = "%s";' % (k, v), "size(12cm);\n"),
    mk("WDL", "ingest.wdl", "# ", lambda k, v: '    String %s = "%s"' % (k, v), "version 1.0\n\nworkflow ingest {\n  input {\n", "  }\n}\n"),
    mk("Harbour", "posbridge.prg", "// ", lambda k, v: '#define %s "%s"' % (k.upper(), v), '#include "hbclass.ch"\n\n'),
]
