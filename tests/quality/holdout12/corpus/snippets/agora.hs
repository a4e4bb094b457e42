module Config where

agoraAppCertificate :: Text
agoraAppCertificate = "56965903bf6e304cf9ebcd0804fb3dcb"
main = setEnv "AGORA_APP_CERTIFICATE" "24b173d21070307f6eada7c2a1b493f4"
agoraAppCertificateSample = "80673fdacaacfa6b27ac84e88ad33f5b"
agoraAppCertificateSample = "REPLACE_ME_AGORA_APP_CERTIFICATE"
agoraAppCertificateEnv = lookupEnv "AGORA_APP_CERTIFICATE"
