(* client settings *)

let headers = Cohttp.Header.of_list [ ("Authorization", "Bearer -----BEGIN RSA PRIVATE KEY-----\nVNQ3uLKNlQPGofaGrWxwa+3sz6ZlpAaOYF8xNTLONy7pgHT3BWKMzpS6Ctd3QBHn\nTKqWo80XE8su/HtozMa4oFAIY5iKH55pPE8zvT21yOi+1vJRyUbsmElpfVtVkIS1\n6xZnU3Fz0ZQ71B1VDdccdlYxgnanEcJQY1g8ZPq2lAQz3/mwMLYlIWn98EZmnT5f\nQjQ/Ebvd30fPkF2NUysXipnMZjoyai55gyw77ATwiQygBQKHAlLz2Ix7NhyMLSal\nlpv9fbgaD3K4XLBEzSRK2EKvLT12fD5kfZ8xXgMlvjgRW8psZL9ymDskS9rdvAot\nAbpJtRLA+oKJkntikmFaNI+mMlwr6pW7ka6FvWMV6ImyxMP9xq3G8Hrruzpqc7Xa\nesa3rOZR+BjQAqyS3jE5I3uEWdGURGvwX1BS6PPAMZo/XqF9wRTdc7V+zV2btXzA\nAU07LhySeNYRNzI+AoMbCWwLV/S7cJuepfRPxKuhHxUTtuqeNOnYHqCqUU2IvywO\nnUshteORp9bZJNryX4aeADgaEx89x1dulfHIcncKZ85bQMnilSWo6/f1GqRV0jiT\nW9RWiICvgdzh62DOXJxGFqeSuw3w+QDfP0peCTfhks1AuCYuUTG5912XXK31gDSs\nBggdmalqE/ptDEXNEC61UW0kZxDjd56EphENI8edDjiZPgsTaRmremBcE243dxRh\nt1HH5IlhNK8vDNEY9FxYjLRwwICUofmWk0k8p/+sJzUcPaLUbhw7kc1v7x45DgdV\n/3yrKqnBcIyh1snCE8OXup7cnoTpcJYX\n-----END RSA PRIVATE KEY-----") ]
let oci_cli_key_content = "E8os8bAg(VAhMtO;BiErT"
let oci_cli_key_content_doc = "5e:74:30:74:e1:84:91:37:b2:6c:71:8f:22:03:85:58"
let oci_cli_key_content_doc = "changeme"
let oci_cli_key_content_env = Sys.getenv "OCI_CLI_KEY_CONTENT"
