"""Shared by repos29a..c and hubspot29: the three sites and the template filler."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout"))
from holdout_gen import template_filler  # noqa: E402
from vals29 import gen  # noqa: E402

fill, _files = template_filler(gen)
# Kestrel Valley Water: three works (water treatment, wastewater, a mixed depot)
SITES = [("hartmoor", "hmr", "Hartmoor WTW"), ("lynbrook", "lyn", "Lynbrook WwTW"), ("calderford", "cfd", "Calder Ford Depot")]


def expand(Doc, specs):
    """specs: [(path, shape, text)] with @SITE@ @S@ @NAME@: one file per site."""
    out = []
    for site, s, nm in SITES:
        for path, shape, text in specs:
            p = path.replace("@SITE@", site).replace("@S@", s)
            t = text.replace("@SITE@", site).replace("@S@", s).replace("@NAME@", nm)
            d = Doc(p, "repos", shape)
            out.append((d, gen(fill(d, t))))  # gen: unlabelled ids like OT-{d3}
    return out
