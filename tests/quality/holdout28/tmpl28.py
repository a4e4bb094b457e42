"""Template filling for holdout28's hand-written files: the «P provider format spec» tokens of
../holdout/holdout_gen.py's template_filler(), values drawn by vals28.gen()."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout"))
from holdout_gen import template_filler  # noqa: E402
from vals28 import gen  # noqa: E402

fill, files = template_filler(gen, xml_files=(".xml", ".plist", ".mobileconfig", ".twb", ".dtsConfig", ".ovf", ".nessus"), url_accept=True)
