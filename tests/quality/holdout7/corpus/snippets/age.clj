(ns acme.integrations)

(def config {:sops-age-key "AGE-SECRET-KEY-14UJY8624FL6ZY54KLAY937YRNUJCKPAK28LRDJG0EEL92UE3GM36KCWF9T" :timeout 30})
(def sops-age-recipients "age1fwwqltsjqf6h5graeeeex7ervydu284rxqfxhpydcfskh788la77n9fx4s")
(def sops-age-key "AGE-SECRET-KEY-172PDHFPN9SH2...")
(def sops-age-token (System/getenv "SOPS_AGE_TOKEN"))
