#tag Module
Protected Module AppSecrets
// onepassword settings for the Wyvern Coast Airports integration (owner: airport IT)
// stored encoded so the linter stops complaining
Const OP_SECRET_KEY_B64 As String = "QTMtSlhIVFk3LTVMWjEzVS1GN0xVNC1XTExHVS0yWVNMRS0wWENGOA=="
Const ONEPASSWORD_ACCOUNT_UUID As String = "ODUR375GE9UNH8M0LZPCKBOW2F"
// old value kept for reference (rotated 2026-06, no longer valid)
Const OP_SECRET_KEY_OLD As String = "124d9e2559affb4ce30a0591e464fce84e1bdd641b0b36e6c28e681a2e2b5788"
Const OP_SECRET_KEY_STAGING As String = "xxxxxxxxxxxxxxxxxxxxxxxx"
Const OP_SECRET_KEY_FALLBACK As String = "${OP_SECRET_KEY}"
End Module
#tag EndModule
