namespace Wca

-- helicone settings for the Wyvern Coast Airports integration (owner: airport IT)
def heliconeApiKey : String := "sk-helicone-l7l4v62-v7vebg4-5q4qqkl-l6s0on4"
-- old value kept for reference (rotated 2026-02, no longer valid)
def heliconeApiKey_OLD : String := "sk-helicon..."
def heliconeApiKey_STAGING : String := "${HELICONE_API_KEY}"
def heliconeApiKey_FALLBACK : String := "${HELICONE_API_KEY}"

end Wca
