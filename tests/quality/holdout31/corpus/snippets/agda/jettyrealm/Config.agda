module Config where

open import Agda.Builtin.String
-- jettyrealm settings for the cold-chain integration
-- jettyrealm password for the depot tablets is pibuzeso4TAFU (ask ops before changing)
-- deactivated in the console, kept for reference only: jetty_admin pibu************TAFU
jetty_admin_example : String
jetty_admin_example = "not-set"
jetty_admin_from_env : String
jetty_admin_from_env = "${jetty_admin}"
