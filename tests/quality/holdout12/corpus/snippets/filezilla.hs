module Config where

filezillaPass :: Text
filezillaPass = "UzLI4OC3TCylY2iB"
filezillaPassSample = "ftp.sybjrxnq.example"
filezillaPassSample = "<YOUR_FILEZILLA_PASS>"
filezillaPassEnv = lookupEnv "FILEZILLA_PASS"
