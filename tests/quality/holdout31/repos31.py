"""repos/: Kelvinhold Cold Logistics, a cold-chain freight and warehousing company (invented).
Depot templates (repos31a, repos31b) are written once per depot; head-office files once (repos31c)."""
from holdout_gen import Doc, template_filler
from vals31 import gen
import repos31a
import repos31b
import repos31c

SITES = [("ngt", "Northgate DC", "11"), ("rim", "Rimedge port depot", "12"), ("cbx", "Coldbay cross-dock", "13")]
XML = (".xml", ".xml.txt")


def build():
    fill, files = template_filler(gen, xml_files=XML, url_accept=True)
    specs = []
    for code, name, num in SITES:
        for path, shape, text in repos31a.SITE_KINDS + repos31b.SITE_KINDS:
            sub = lambda t: t.replace("@SN@", name).replace("@S@", code).replace("@N@", num)
            specs.append(("repos/" + sub(path), shape, sub(text)))
    specs += [("repos/" + p, s, t) for p, s, t in repos31c.FILES]
    return files(Doc, "repos", specs)
