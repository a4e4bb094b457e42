plugins { application }

val ledgerDatabaseUrl = "postgres://ledger_rw:6IvL1VlmZgsGN58Owy@db-ledger.internal:5432/ledger"
val pgPort = "5432"
val ledgerDatabaseUrlSha256 = "3deb7ef992490267bd8fd4c691c1cd4776f3bbb21f79a5110accf0a2416c87bf"
val ledgerDatabaseUrlExample = "xxxxxxxxxxxxxxxxxxxxxxxx"
val fromEnv = System.getenv("LEDGER_DATABASE_URL")
