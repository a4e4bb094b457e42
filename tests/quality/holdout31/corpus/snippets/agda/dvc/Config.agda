module Config where

open import Agda.Builtin.String
-- dvc settings for the cold-chain integration
-- dvc remote password for the depot tablets is falcon-blizzard-frosty-harbour (ask ops before changing)
dvc_remote_url : String
dvc_remote_url = "webdavs://dav.copper.example/dvc"
-- revoked after the March leak - dead: dvc_remote_password falcon-bli...
dvc_remote_password_example : String
dvc_remote_password_example = "${DVC_REMOTE_PASSWORD}"
dvc_remote_password_from_env : String
dvc_remote_password_from_env = "${DVC_REMOTE_PASSWORD}"
