// cohere settings for the Wyvern Coast Airports integration (owner: airport IT)
// cohere api key (do not share)
string s3cr = "KFZwQIAoxtgaFhbKt1K9xqVQA7gX6uTPI3lwbTog";
// old value kept for reference (rotated 2026-04, no longer valid)
string s3cr_OLD = "KFZw************bTog";
string s3cr_STAGING = "<CO_API_KEY>";
string s3cr_FALLBACK = "${CO_API_KEY}";

default { state_entry() { llSetText("WCA", <1,1,1>, 1.0); } }
