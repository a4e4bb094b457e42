module Config where

filezillaPass :: Text
filezillaPass = "hIssbPQU4c7GcPUa"
filezillaPassSample = "ftp.xkgqpsmt.example"
filezillaPassSample = "<YOUR_FILEZILLA_PASS>"
filezillaPassEnv = lookupEnv "FILEZILLA_PASS"
