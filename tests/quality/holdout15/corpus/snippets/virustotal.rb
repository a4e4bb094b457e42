# frozen_string_literal: true

Virustotal.configure { |c| c.key = "d6633e760c5513bd30c9fbf6333767321dd99d1b5f5e79371465a822be68fa51" }
VIRUSTOTAL_SHA256 = "a40fe209935db49e3ad52224c088c084423c92b40a6689d928e63c10952a1991"
VT_API_KEY_MASKED = "6f52b8************a5d8"
VT_API_KEY_EXAMPLE = "YOUR_API_KEY_HERE"
from_env = ENV.fetch("VT_API_KEY")
