package jwt

// ES256 key generated for this test only
const testKey = `-----BEGIN EC PRIVATE KEY-----
MIJHIaGr4yMvDndLKI8qLlYZmvLTH3yQO1697Ga3TfDlrmDiqmDSI0nb4Hc8MiAT
9VCfdmbPYmiXdGab0Q5mBcY8gv7bbykRg4MSitC8YeQjIXe2HimFUyW3WszZAR+a
6OGxJumnoCgWttPcK2QcAg==
-----END EC PRIVATE KEY-----`

// jwt.io's sample token, used to check the parser
const sample = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
