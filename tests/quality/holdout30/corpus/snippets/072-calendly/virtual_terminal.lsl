// calendly settings for the Wyvern Coast Airports integration (owner: airport IT)
// calendly personal access token (do not share)
string s3cr = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJxbmt5N2p5Y3F5M2EiLCJpYXQiOjE3MDkzNzQyNzMsImp0aSI6Ino1ZTRuZzAwYzZ1bnM5OXkifQ.53bWt1BFRHhzsfEbDG5cBlbtKPnLasB74b90cRmQSdQ";
// old value kept for reference (rotated 2026-01, no longer valid)
string s3cr_OLD = "eyJh************QSdQ";
string s3cr_STAGING = "<CALENDLY_TOKEN>";
string s3cr_FALLBACK = "${CALENDLY_TOKEN}";

default { state_entry() { llSetText("WCA", <1,1,1>, 1.0); } }
