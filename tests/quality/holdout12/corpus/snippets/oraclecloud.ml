(* client settings *)

let headers = Cohttp.Header.of_list [ ("Authorization", "Bearer -----BEGIN RSA PRIVATE KEY-----\nUm5nCs/qo2siK5I1xeyLoVHjNdVRmWmibJHheePd9BkpECgKIr1jLobE5Ak+H5a2\ndP5CdVTgP1Yfl8C1e+zSzOursygZInbsT70xNikq9hIftDOTukDet/IVOLYMLbMT\npkCxIaXxT5AmxuPRJlCCmCgjeF2W8EbPXEnpm6uMZYoZjMwD494mp4XzWH718p+t\nPaAJ+CPclMc3CV6LIafgpcYsGFxzm9zmxSN/P5OP60D6Z7/AdhfDZfre8rGD4ekx\nATKEoZ9/D0fqLvv4gBfFqZOafmyZZj/HF3tuTxlQyGARghkioCfkfH2XrOP7EAtU\n1De4so2VA8ah9oatbHBr7ezPpmWkBo5gXzE1Ms43LumAdPcFYozOlLoK13dAEedM\nqpajzRcTyy78e2jMxrigUAhjmIofnmk8TzO9PbXI6L7W8lHJRuyYSWl9W1WQhLXr\nFmdTcXPRlDvUHVUN1xx2VjGCdqcRwlBjWDxk+raUBDPf+bAwtiUhaf3wRmadPl9C\nND8Ru93fR8+QXY1TKxeKmcxmOjJqLnmDLDvsBPCJDKAFAocCUvPYjHs2HIwtJqWW\nm/19uBoPcrhcsETNJErYQq8tPXZ8PmR9nzFeAyW+OBFbymxkv3KYOyRL2t28Ci0B\nukm1EsD6gomSe2KSYVo0j6YyXCvqlbuRroW9YxXoibLEw/3Grcbweuu7Ompztdp6\nxres5lH4GNACrJLeMTkje4RZ0ZREa/BfUFLo88Axmj9eoX3BFN1ztX7NXZu1fMAB\nTTsuHJJ41hE3Mj4CgxsJbAtX9Ltwm56l\n-----END RSA PRIVATE KEY-----") ]
let oci_cli_key_content = "ss1eJvYn(8jVuUD;7Ct4C"
let oci_cli_key_content_doc = "be:93:ed:1a:a5:48:b2:09:42:be:9a:dd:2d:f5:89:03"
let oci_cli_key_content_doc = "changeme"
let oci_cli_key_content_env = Sys.getenv "OCI_CLI_KEY_CONTENT"
