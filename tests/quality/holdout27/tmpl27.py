"""Template filling for holdout27's hand-written files: the «P provider format spec» tokens of
../holdout/holdout_gen.py's template_filler(), values drawn by vals27.gen()."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout"))
from holdout_gen import template_filler  # noqa: E402
from vals27 import gen  # noqa: E402

fill, files = template_filler(gen, xml_files=(), url_accept=True)
