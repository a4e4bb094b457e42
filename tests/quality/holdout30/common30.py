"""Shared by repos30a/b and hubspot30: the organisation's sites and the template filler."""
from holdout_gen import Doc, template_filler
import vals30

ORG = "Wyvern Coast Airports"
# (code, upper, name, second octet)
SITES = [("wci", "WCI", "Wyvern Coast International", "40"),
         ("pel", "PEL", "Pellow Moor Airport", "41"),
         ("tar", "TAR", "Tarrant Island Airfield", "42")]

fill, _files = template_filler(vals30.gen, xml_files=(".xml", ".config", ".eml.xml"), url_accept=True)


def expand(text, site):
    code, up, name, oct2 = site
    return (text.replace("@S@", code).replace("@SU@", up).replace("@SN@", name).replace("@O@", oct2))


def per_site(specs):
    """specs: [(path, shape, text)] with @S@ etc.; each written once per site."""
    out = []
    for site in SITES:
        for path, shape, text in specs:
            p = expand(path, site)
            d = Doc("repos/" + p, "repos", shape)
            out.append((d, fill(d, expand(text, site))))
    return out


def once(specs):
    out = []
    for path, shape, text in specs:
        d = Doc("repos/" + path, "repos", shape)
        out.append((d, fill(d, text)))
    return out
