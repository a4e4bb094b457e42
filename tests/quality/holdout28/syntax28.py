"""Snippet syntaxes for holdout28 (none named in holdout12..27's READMEs; see README.md).
Each: (name, file name, head, foot, named(env, v), weak(provider, env, v), envref(env))."""


def camel(env):
    p = env.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


S = []


def syn(name, fname, head, foot, named, weak, envref):
    S.append((name, fname, head, foot, named, weak, envref))


syn("pulumi-stack", "Pulumi.prod.yaml", ["config:", "  aws:region: eu-west-2", "  laundry-api:replicas: \"3\""], [],
    lambda e, v: "  laundry-api:%s: %s" % (camel(e), v),
    lambda p, e, v: "  # %s, rotated in March\n  laundry-api:%sCredential:\n    secure: false\n    value: %s" % (p, p, v),
    lambda e: "  laundry-api:%sRef: ${env:%s}" % (camel(e), e))
syn("azure-pipelines", "azure-pipelines.yml", ["trigger:", "  - main", "variables:"], ["steps:", "  - script: make deploy"],
    lambda e, v: "  %s: '%s'" % (e, v),
    lambda p, e, v: "  # %s creds for the nightly sync\n  nightlySync: '%s'" % (p, v),
    lambda e: "  %s_FROM_GROUP: $(%s)" % (e, e))
syn("vector-toml", "vector.toml", ["[sources.plant_logs]", 'type = "file"', 'include = ["/var/log/plc/*.log"]', "", "[sinks.out]", 'type = "http"'], [],
    lambda e, v: '%s = "%s"' % (e.lower(), v),
    lambda p, e, v: '# %s\nauth.strategy = "bearer"\nauth.token = "%s"' % (p, v),
    lambda e: 'env_%s = "${%s}"' % (e.lower(), e))
syn("bruno", "environments/Production.bru", ["vars {", "  baseUrl: https://api.bwlinen.co.uk"], ["}"],
    lambda e, v: "  %s: %s" % (camel(e), v),
    lambda p, e, v: "  // %s, from the vendor welcome mail\n  token: %s" % (p, v),
    lambda e: "  %sFromProcess: {{process.env.%s}}" % (camel(e), e))
syn("dhall", "config/prod.dhall", ["let Prelude = ./Prelude.dhall", "in  { region = \"eu-west-2\""], ["    }"],
    lambda e, v: "    , %s = \"%s\"" % (camel(e), v),
    lambda p, e, v: "    -- %s (the ops vault copy is older)\n    , secret = \"%s\"" % (p, v),
    lambda e: "    , %sEnv = env:%s as Text" % (camel(e), e))
syn("pkl", "config/Prod.pkl", ['amends "Base.pkl"', "", "service {"], ["}"],
    lambda e, v: '  %s = "%s"' % (camel(e), v),
    lambda p, e, v: '  /// %s\n  credential = "%s"' % (p, v),
    lambda e: '  %sEnv = read("env:%s")' % (camel(e), e))
syn("tomcat-context", "META-INF/context.xml", ['<?xml version="1.0" encoding="UTF-8"?>', "<Context>"], ["</Context>"],
    lambda e, v: '  <Environment name="%s" value="%s" type="java.lang.String" override="false"/>' % (camel(e), v),
    lambda p, e, v: '  <!-- %s key for the route planner -->\n  <Parameter name="routeKey" value="%s"/>' % (p, v),
    lambda e: '  <Environment name="%sRef" value="${%s}" type="java.lang.String"/>' % (camel(e), e))
syn("log4j2", "log4j2.xml", ['<Configuration status="warn">', "  <Properties>"], ["  </Properties>", "</Configuration>"],
    lambda e, v: '    <Property name="%s">%s</Property>' % (camel(e), v),
    lambda p, e, v: '    <!-- %s appender -->\n    <Property name="appenderToken">%s</Property>' % (p, v),
    lambda e: '    <Property name="%sEnv">${env:%s}</Property>' % (camel(e), e))
syn("ldif", "seed/service-accounts.ldif", ["dn: cn=integrations,ou=apps,dc=bwl,dc=corp", "objectClass: applicationProcess"], [],
    lambda e, v: "description: %s=%s" % (e, v),
    lambda p, e, v: "# %s, see OPS-2231\nbwlApiSecret: %s" % (p, v),
    lambda e: "description: %s_SOURCE=env:%s" % (e, e))
syn("sas", "etl/load_partner.sas", ["/* nightly partner load */", "options nosource;"], ["run;"],
    lambda e, v: '%%let %s = %s;' % (e.lower(), v),
    lambda p, e, v: '/* %s key (do not print to the log) */\n%%let apikey = %s;' % (p, v),
    lambda e: '%%let %s_env = %%sysget(%s);' % (e.lower(), e))
syn("power-query", "queries/Partner.pq", ["let", '    Base = "https://api.partner.io/v2",'], ['    Source = Json.Document(Web.Contents(Base))', "in", "    Source"],
    lambda e, v: '    %s = "%s",' % (camel(e), v),
    lambda p, e, v: '    // %s token pasted in by Priya\n    Hdr = [Authorization = "Bearer %s"],' % (p, v),
    lambda e: '    %sParam = Environment.GetVariable("%s"),' % (camel(e), e))
syn("dtsconfig", "ssis/LoadRoutes.dtsConfig", ['<?xml version="1.0"?>', "<DTSConfiguration>"], ["</DTSConfiguration>"],
    lambda e, v: '  <Configuration ConfiguredType="Property" Path="\\Package.Variables[User::%s].Properties[Value]" ValueType="String"><ConfiguredValue>%s</ConfiguredValue></Configuration>' % (camel(e), v),
    lambda p, e, v: '  <!-- %s -->\n  <Configuration ConfiguredType="Property" Path="\\Package.Variables[User::Token].Properties[Value]" ValueType="String"><ConfiguredValue>%s</ConfiguredValue></Configuration>' % (p, v),
    lambda e: '  <Configuration ConfiguredType="Property" Path="\\Package.Variables[User::%sEnv].Properties[Value]" ValueType="String"><ConfiguredValue>%%%s%%</ConfiguredValue></Configuration>' % (camel(e), e))
syn("tableau-twb", "dashboards/Throughput.twb", ["<?xml version='1.0' encoding='utf-8' ?>", "<workbook version='18.1'>", "  <datasources>"], ["  </datasources>", "</workbook>"],
    lambda e, v: "    <connection class='webdata' name='%s' password='%s' />" % (camel(e), v),
    lambda p, e, v: "    <!-- %s connector -->\n    <connection class='genericodbc' server='partner' password='%s' />" % (p, v),
    lambda e: "    <connection class='webdata' name='%sEnv' password='%%%s%%' />" % (camel(e), e))
syn("task-scheduler", "tasks/PushRoutes.xml", ['<?xml version="1.0" encoding="UTF-16"?>', '<Task version="1.4">', "  <Actions>", "    <Exec>", "      <Command>powershell.exe</Command>"], ["    </Exec>", "  </Actions>", "</Task>"],
    lambda e, v: "      <Arguments>-File C:\\ops\\push.ps1 -%s %s</Arguments>" % (camel(e), v),
    lambda p, e, v: "      <!-- %s -->\n      <Arguments>-File C:\\ops\\sync.ps1 -Key %s</Arguments>" % (p, v),
    lambda e: "      <Arguments>-File C:\\ops\\push.ps1 -%s $env:%s</Arguments>" % (camel(e), e))
syn("conanfile", "conanfile.py", ["from conan import ConanFile", "", "class PlcBridge(ConanFile):", '    name = "plc-bridge"'], [],
    lambda e, v: '    %s = "%s"' % (e.lower(), v),
    lambda p, e, v: '    # %s for the upload step\n    upload_key = "%s"' % (p, v),
    lambda e: '    %s_ref = "$%s"' % (e.lower(), e))
syn("premake", "premake5.lua", ['workspace "Sorter"', '  configurations { "Debug", "Release" }'], [],
    lambda e, v: '  defines { "%s=\\"%s\\"" }' % (e, v),
    lambda p, e, v: '  -- %s\n  local key = "%s"' % (p, v),
    lambda e: '  defines { "%s_FROM=os.getenv(\\"%s\\")" }' % (e, e))
syn("xmake", "xmake.lua", ['target("scanner")', '    set_kind("binary")'], [],
    lambda e, v: '    add_defines("%s=\\"%s\\"")' % (e, v),
    lambda p, e, v: '    -- %s\n    set_configvar("TOKEN", "%s")' % (p, v),
    lambda e: '    add_defines("%s_ENV=$(env %s)")' % (e, e))
syn("spack-env", "spack.yaml", ["spack:", "  specs: [hdf5, py-numpy]", "  env_vars:", "    set:"], [],
    lambda e, v: "      %s: %s" % (e, v),
    lambda p, e, v: "      # %s\n      TOKEN: %s" % (p, v),
    lambda e: "      %s_PATH: $%s" % (e, e))
syn("leiningen", "project.clj", ['(defproject bwl/route-api "0.9.0"', "  :profiles {:prod {:env {"], ["  }}})"],
    lambda e, v: '    :%s "%s"' % (e.lower().replace("_", "-"), v),
    lambda p, e, v: '    ;; %s\n    :auth-token "%s"' % (p, v),
    lambda e: '    :%s-from #env %s' % (e.lower().replace("_", "-"), e))
syn("gradle-kts", "app/build.gradle.kts", ["android {", "    defaultConfig {"], ["    }", "}"],
    lambda e, v: '        buildConfigField("String", "%s", "\\"%s\\"")' % (e, v),
    lambda p, e, v: '        // %s\n        buildConfigField("String", "KEY", "\\"%s\\"")' % (p, v),
    lambda e: '        buildConfigField("String", "%s_REF", "\\"${System.getenv("%s")}\\"")' % (e, e))
syn("nix-flake", "flake.nix", ["{", "  outputs = { self, nixpkgs }: {", "    devShells.x86_64-linux.default = nixpkgs.legacyPackages.x86_64-linux.mkShell {"], ["    };", "  };", "}"],
    lambda e, v: '      %s = "%s";' % (e, v),
    lambda p, e, v: '      # %s\n      shellHook = "export TOKEN=%s";' % (p, v),
    lambda e: '      %s_FILE = builtins.getEnv "%s";' % (e, e))
syn("bazel-bzl", "tools/defs.bzl", ['"""Build settings."""', ""], [],
    lambda e, v: '%s = "%s"' % (e, v),
    lambda p, e, v: '# %s\nDEPLOY_TOKEN = "%s"' % (p, v),
    lambda e: '%s_ENV = "$(%s)"' % (e, e))
syn("m4-define", "config/site.m4", ["dnl site settings"], [],
    lambda e, v: "define(`%s', `%s')dnl" % (e, v),
    lambda p, e, v: "dnl %s\ndefine(`TOKEN', `%s')dnl" % (p, v),
    lambda e: "define(`%s_REF', `esyscmd(printenv %s)')dnl" % (e, e))
syn("autoconf", "configure.ac", ["AC_INIT([rfidd], [2.1])", "AM_INIT_AUTOMAKE"], ["AC_OUTPUT"],
    lambda e, v: '%s="%s"\nAC_SUBST([%s])' % (e, v, e),
    lambda p, e, v: 'dnl %s\nAC_DEFINE([UPLINK_KEY], ["%s"], [uplink])' % (p, v),
    lambda e: 'AC_ARG_VAR([%s], [from the environment])' % e)
syn("structured-text", "plc/GVL_Cloud.TcGVL", ["VAR_GLOBAL CONSTANT"], ["END_VAR"],
    lambda e, v: "    %s : STRING(255) := '%s';" % (camel(e), v),
    lambda p, e, v: "    (* %s uplink *)\n    sKey : STRING(255) := '%s';" % (p, v),
    lambda e: "    %sEnv : STRING(64) := '$%s';" % (camel(e), e))
syn("delphi-dfm", "forms/MainForm.dfm", ["object frmMain: TfrmMain", "  Caption = 'Route Sync'"], ["end"],
    lambda e, v: "  object %s: TLabeledEdit\n    Text = '%s'\n  end" % (camel(e), v),
    lambda p, e, v: "  object edtKey: TEdit\n    Hint = '%s key'\n    Text = '%s'\n  end" % (p, v),
    lambda e: "  object %sEnv: TLabel\n    Caption = '%%%s%%'\n  end" % (camel(e), e))
syn("hy", "tools/sync.hy", ["(import os requests)"], [],
    lambda e, v: '(setv %s "%s")' % (e.lower().replace("_", "-"), v),
    lambda p, e, v: ';; %s\n(setv token "%s")' % (p, v),
    lambda e: '(setv %s-env (os.getenv "%s"))' % (e.lower().replace("_", "-"), e))
syn("gams", "model/routes.gms", ["$title Van route optimisation"], ["Solve routes using mip minimizing cost;"],
    lambda e, v: "$setGlobal %s %s" % (e, v),
    lambda p, e, v: "* %s\n$setGlobal TOKEN %s" % (p, v),
    lambda e: "$setEnv %s_REF %%sysEnv.%s%%" % (e, e))
syn("edifact", "edi/outbound/INVOIC_header.edi", ["UNA:+.? '"], ["UNZ+1+0001'"],
    lambda e, v: "UNB+UNOC:3+BWLINEN:ZZ+PARTNER:ZZ+261202:1930+0001+%s+%s'" % (v, e),
    lambda p, e, v: "FTX+AAI+++%s portal key %s'" % (p, v),
    lambda e: "UNB+UNOC:3+BWLINEN:ZZ+PARTNER:ZZ+261202:1930+0002+$%s'" % e)
syn("opnsense", "conf/config.xml", ["<?xml version=\"1.0\"?>", "<opnsense>", "  <OPNsense>"], ["  </OPNsense>", "</opnsense>"],
    lambda e, v: "    <%s>%s</%s>" % (camel(e), v, camel(e)),
    lambda p, e, v: "    <!-- %s -->\n    <apikey>%s</apikey>" % (p, v),
    lambda e: "    <%sRef>${%s}</%sRef>" % (camel(e), e, camel(e)))
SYNTAXES = S
XMLISH = {"tomcat-context", "log4j2", "dtsconfig", "tableau-twb", "task-scheduler", "opnsense"}
