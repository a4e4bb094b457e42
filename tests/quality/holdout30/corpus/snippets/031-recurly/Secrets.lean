namespace Wca

-- recurly settings for the Wyvern Coast Airports integration (owner: airport IT)
def recurly_api_key : String := "052d5ea602f833ce5dc7df696f0efee8"
-- old value kept for reference (rotated 2026-05, no longer valid)
def recurly_api_key_OLD : String := "052d************fee8"
def recurly_api_key_STAGING : String := "not-set"
def recurly_api_key_FALLBACK : String := "${RECURLY_API_KEY}"

end Wca
