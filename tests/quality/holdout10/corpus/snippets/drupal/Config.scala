object Config:
  val drupalHashSalt: String = "NAEnLSIFK7_ylbKuwax8439d5HFCYYBxDmCOeDSQwJVEsM43dM7aIq1"
  val drupalConfigSync: String = "../config/sync"
  val drupalPlaceholder: String = "$settings['hash_salt'] = ''"
