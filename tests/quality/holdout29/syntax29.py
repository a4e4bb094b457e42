"""The 30 snippet file kinds of holdout29 (none named in holdout12..28's READMEs).

KINDS: (name, path, header, line, comment, footer, naming). line gets {k} (the name, styled
by naming: env, camel, lower, dotted) and {v}; comment gets {c}.
"""
KINDS = [
    ("fsharp-script", "{p}/Settings.fsx", "// F# script: loads settings for the {p} job\n", 'let {k} = "{v}"\n', "// {c}\n", 'printfn "loaded"\n', "camel"),
    ("dub-sdl", "{p}/dub.sdl", 'name "kvw-{p}"\nconfiguration "default" {{\n', '    environments "{k}" "{v}"\n', "    // {c}\n", "}}\n", "env"),
    ("squirrel", "{p}/config.nut", "// Squirrel (Electric Imp agent) config\nlocal cfg = {{\n", '    {k} = "{v}",\n', "    // {c}\n", "}};\n", "camel"),
    ("inno-setup", "{p}/installer.iss", "[Setup]\nAppName=KVW {p} tool\n\n[Registry]\n", 'Root: HKLM; Subkey: "Software\\KVW\\{p}"; ValueType: string; ValueName: "{k}"; ValueData: "{v}"\n', "; {c}\n", "", "camel"),
    ("xliff", "{p}/messages.xlf", '<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="en" datatype="plaintext"><body>\n', '  <trans-unit id="{k}"><source>{v}</source></trans-unit>\n', "  <!-- {c} -->\n", "</body></file></xliff>\n", "dotted"),
    ("gettext-po", "{p}/en_GB.po", 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n', 'msgctxt "{k}"\nmsgid "config.value"\nmsgstr "{v}"\n\n', "# {c}\n", "", "dotted"),
    ("flutter-arb", "{p}/app_en.arb", '{{\n  "@@locale": "en",\n', '  "{k}": "{v}",\n', '  "@_comment": "{c}",\n', '  "appTitle": "KVW Field"\n}}\n', "camel"),
    ("qmake", "{p}/{p}.pro", "QT += core network\nTEMPLATE = app\n", 'DEFINES += {k}=\\\\\\"{v}\\\\\\"\n', "# {c}\n", "SOURCES += main.cpp\n", "env"),
    ("waf", "{p}/wscript", "def configure(conf):\n    conf.load('compiler_c')\n", "    conf.env.{k} = '{v}'\n", "    # {c}\n", "\ndef build(bld):\n    bld.program(source='main.c', target='app')\n", "env"),
    ("xcode-pbxproj", "{p}/Field.xcodeproj/project.pbxproj", "// !$*UTF8*$!\n{{\n\tobjects = {{\n\t\t1A2B3C4D5E6F708192A3B4C5 /* Release */ = {{\n\t\t\tisa = XCBuildConfiguration;\n\t\t\tbuildSettings = {{\n", '\t\t\t\t{k} = "{v}";\n', "\t\t\t\t/* {c} */\n", "\t\t\t}};\n\t\t}};\n\t}};\n}}\n", "env"),
    ("gyp", "{p}/binding.gyp", "{{\n  'targets': [{{\n    'target_name': 'kvw_{p}',\n    'defines': [\n", "      '{k}=\"{v}\"',\n", "      # {c}\n", "    ],\n  }}],\n}}\n", "env"),
    ("bitbake", "{p}/conf/local.conf", 'MACHINE ?= "kvw-rtu"\nDISTRO ?= "poky"\n', '{k} = "{v}"\n', "# {c}\n", "", "env"),
    ("kconfig-defconfig", "{p}/kvw_rtu_defconfig", "CONFIG_NET=y\nCONFIG_MQTT=y\n", 'CONFIG_{k}="{v}"\n', "# {c}\n", "CONFIG_LOG=y\n", "env"),
    ("devicetree", "{p}/kvw-rtu.dts", "/dts-v1/;\n/ {{\n\tchosen {{\n", '\t\t{k} = "{v}";\n', "\t\t/* {c} */\n", "\t}};\n}};\n", "lower-dash"),
    ("uboot-env", "{p}/uEnv.txt", "bootdelay=2\nconsole=ttyS0,115200\n", "{k}={v}\n", "# {c}\n", "uenvcmd=run loadimage; run bootkernel\n", "lower"),
    ("grub-cfg", "{p}/grub.cfg", "set timeout=5\nset default=0\n", 'set {k}="{v}"\n', "# {c}\n", "menuentry 'KVW RTU image' {{\n  linux /vmlinuz root=/dev/mmcblk0p2\n}}\n", "lower"),
    ("ipxe", "{p}/boot.ipxe", "#!ipxe\ndhcp\n", "set {k} {v}\n", "# {c}\n", "chain http://pxe.kvw.local/boot/${{platform}}.ipxe\n", "lower"),
    ("fortran-namelist", "{p}/model.nml", "&model_settings\n  n_steps = 1440,\n", "  {k} = '{v}',\n", "  ! {c}\n", "/\n", "lower"),
    ("verilog", "{p}/params.vh", "// Verilog include for the {p} FPGA logger\n", '`define {k} "{v}"\n', "// {c}\n", "", "env"),
    ("mumps", "{p}/KVWCFG.m", "KVWCFG ; config routine\n", ' S ^KVW("{k}")="{v}"\n', " ; {c}\n", " Q\n", "env"),
    ("procmailrc", "{p}/.procmailrc", "MAILDIR=$HOME/Mail\nLOGFILE=$MAILDIR/procmail.log\n", '{k}="{v}"\n', "# {c}\n", ":0\n* ^Subject:.*ALARM\n| /usr/local/bin/page-oncall\n", "env"),
    ("zeek", "{p}/local.zeek", "@load base/protocols/modbus\nmodule KVW;\n", 'redef {k} = "{v}";\n', "# {c}\n", "", "camel"),
    ("osquery-conf", "{p}/osquery.conf", '{{\n  "options": {{\n', '    "{k}": "{v}",\n', '    "_comment": "{c}",\n', '    "logger_plugin": "filesystem"\n  }}\n}}\n', "lower"),
    ("kicad-pro", "{p}/rtu-board.kicad_pro", '{{\n  "meta": {{ "filename": "rtu-board.kicad_pro", "version": 1 }},\n  "text_variables": {{\n', '    "{k}": "{v}",\n', '    "NOTE": "{c}",\n', '    "REV": "C"\n  }}\n}}\n', "env"),
    ("gcode", "{p}/enclosure.gcode", "; sliced for the RTU enclosure\nG28\n", "; {k}: {v}\n", "; {c}\n", "M104 S0\nM84\n", "env"),
    ("modelica", "{p}/PumpStation.mo", "model PumpStation\n", '  parameter String {k} = "{v}";\n', "  // {c}\n", "end PumpStation;\n", "camel"),
    ("conkyrc", "{p}/.conkyrc", "conky.config = {{\n  update_interval = 5,\n", "  {k} = '{v}',\n", "  -- {c}\n", "}}\n", "lower"),
    ("i3-config", "{p}/.config/i3/config", "set $mod Mod4\nbar {{ status_command i3status }}\n", "set ${k} {v}\n", "# {c}\n", "exec --no-startup-id kvw-panel\n", "lower"),
    ("xresources", "{p}/.Xresources", "XTerm*faceName: Monospace\n", "kvwpanel.{k}: {v}\n", "! {c}\n", "", "camel"),
    ("udev-rules", "{p}/99-kvw-modem.rules", 'SUBSYSTEM=="tty", ATTRS{{idVendor}}=="1e0e", SYMLINK+="rtu-modem"\n', 'SUBSYSTEM=="tty", ATTRS{{idVendor}}=="1e0e", ENV{{{k}}}="{v}"\n', "# {c}\n", "", "env"),
]
assert len(KINDS) == 30


def style(name, naming):
    parts = name.lower().split("_")
    parts = [p for p in parts if p]
    if naming == "camel":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if naming == "lower":
        return "_".join(parts)
    if naming == "lower-dash":
        return "kvw," + "-".join(parts)
    if naming == "dotted":
        return ".".join(parts)
    return "_".join(parts).upper()
