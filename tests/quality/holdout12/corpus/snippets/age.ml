(* client settings *)

let headers = Cohttp.Header.of_list [ ("Authorization", "Bearer AGE-SECRET-KEY-1VCXKVN3L8DE0Y6K594F9NNTMHTPDLULTR4A05XWQHH3VMJWF42AC0AARW6") ]
let sops_age_key_doc = "age1eurxnkp5lhn2g7wgslzmhj6jc5fgszc6ms46clcet2ds83rkngndpnzq2v"
let sops_age_key_doc = "changeme"
let sops_age_key_env = Sys.getenv "SOPS_AGE_KEY"
