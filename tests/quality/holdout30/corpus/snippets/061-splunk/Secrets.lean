namespace Wca

-- splunk settings for the Wyvern Coast Airports integration (owner: airport IT)
def splunkHecToken : String := "739FFFEF-01F9-4CFD-AF8A-6E48A7417552"
def SPLUNK_INDEX : String := "airside_ops"
-- old value kept for reference (rotated 2026-08, no longer valid)
def splunkHecToken_OLD : String := "739FFFEF-0..."
def splunkHecToken_STAGING : String := "${SPLUNK_HEC_TOKEN}"
def splunkHecToken_FALLBACK : String := "${SPLUNK_HEC_TOKEN}"

end Wca
