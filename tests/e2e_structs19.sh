#!/usr/bin/env bash
# End-to-end tests of wave 19's provider keys under the provider's name
# as a structure's key in any language: a tuple's first element (OCaml,
# Haskell, Erlang, Pascal, C++), a Lisp's dotted pair, a symbol (Racket,
# Clojure), Tcl's array element, an Objective-C dictionary far from the
# keyword that names the provider, a Kotlin pair, a record bound to the
# provider's name (Ada, Rust), and a sibling line that binds a record to
# another provider's name (not the first's). The same structures with a
# checksum, a public id, a commit id, an env lookup, a placeholder, a
# version or a value in another provider's format stay quiet.
. "$(dirname "$0")/lib.sh"
batch_scans

H32=88e1d693c7cf6519e5cfa870cd4a2aff
H40=c5a4b94ac87fd46d9e3d5e05256853a59f2707b5
H64=28bb6589672a55a9f833acc831604081522eb77240929559335e29e4597f6462
H72=4ec64a9a047e7eb0d0d5a4194fd2ccc2a8fea00df6612e2fa38f4f63e0c1f14639aa395f
HU32=0A1BBCD5777CFCA44201462CBB86F757
J34=11f89987a41bbf1dbf9adbd8942ab40ec8
VS=s.qrMCdOA0mQV5YtgWWZJZ6zp3
R8=r8_NgIgdMuiu2Wz0CLC175Lupj6CJckt6T4dfeZL

# a tuple's first element
mk tuple/tokens.ml "(* tokens *)
let tokens = [ (\"hexpm\", \"$H32\"); (\"mirror\", \"repo.hex.pm\") ]
"
found tuple/tokens.ml 2 hexpm-api-key "$H32"
mk tuple/Tokens.hs "tokens = [(\"activecampaign\", \"$H72\"), (\"region\", \"us1\")]
"
found tuple/Tokens.hs 1 activecampaign-api-key "$H72"
mk tuple/sys.config "[{app, [{hexpm, \"$H32\"}]}].
"
found tuple/sys.config 1 hexpm-api-key "$H32"
mk tuple/Tokens.pas "const
  Tokens: array[0..1] of string = ('jenkins', '$J34');
"
found tuple/Tokens.pas 2 jenkins-api-token "$J34"
# two providers in one map, one value in its provider's format
mk tuple/tokens.cpp "static const std::map<std::string, std::string> kTokens{
    {\"steam\", \"$HU32\"},
    {\"jenkins\", \"$H40\"},
};
"
found tuple/tokens.cpp 2 steam-web-api-key "$HU32"
mk tuple/decoy/sums.cpp "static const std::map<std::string, std::string> kIds{
    {\"steam\", \"76561198042137750\"},
    {\"steam_sha1\", \"$H40\"},
    {\"jenkins\", \"2.426.1\"},
};
"
silent tuple/decoy/sums.cpp
mk tuple/decoy/sums.ml "let sums = [ (\"hexpm\", \"sha256:$H64\") ]
let commits = [ (\"activecampaign\", \"$H40\") ]
"
silent tuple/decoy/sums.ml

# a Lisp's dotted pair, a symbol
mk lisp/tokens.scm "(define tokens '((\"customerio\" . \"$H32\") (\"region\" . \"eu\")))
"
found lisp/tokens.scm 1 customerio-api-key "$H32"
mk lisp/tokens.rkt "#lang racket
(define tokens (hash 'customerio \"$H32\" 'region \"eu\"))
"
found lisp/tokens.rkt 2 customerio-api-key "$H32"
mk lisp/tokens.clj "(def tokens {:hexpm \"$H32\" :region \"eu\"})
"
found lisp/tokens.clj 1 hexpm-api-key "$H32"
mk lisp/decoy/tokens.rkt "(define tokens (hash 'customerio (getenv \"CUSTOMERIO_API_KEY\")))
(define sums (hash 'hexpm \"sha256:$H64\"))
(def sums {:hexpm-checksum \"$H64\"})
"
silent lisp/decoy/tokens.rkt

# Tcl's array element
mk tcl/tokens.tcl "set tokens(activecampaign) \"$H72\"
set tokens(region) \"us1\"
"
found tcl/tokens.tcl 1 activecampaign-api-key "$H72"
mk tcl/decoy/hosts.tcl "set hosts(activecampaign) \"https://acme.api-us1.com\"
set tokens(activecampaign) \$::env(ACTIVECAMPAIGN_API_KEY)
"
silent tcl/decoy/hosts.tcl

# an Objective-C dictionary, lines below the keyword that names the
# provider (a place far from its keywords: its pairs only)
mk objc/Tokens.m "#import \"Tokens.h\"

NSString * const kGithubClientId = @\"Iv1.8a61f9b3a7aba766\";
// rotated quarterly
// owner: platform team
NSDictionary *tokens = @{ @\"github\": @\"$H40\" };
"
found objc/Tokens.m 6 github-token-legacy "$H40"
mk objc/decoy/Tokens.m "NSString * const kGithubClientId = @\"Iv1.8a61f9b3a7aba766\";
NSDictionary *commits = @{ @\"github\": @\"v2.43.0\" };
NSDictionary *hosts = @{ @\"github\": @\"api.github.com\" };
"
silent objc/decoy/Tokens.m

# a Kotlin pair: the provider's quoted name is its short-prefixed token's keyword
mk kt/Tokens.kt "val tokens = mapOf(\"replicate\" to \"$R8\", \"region\" to \"us\")
"
found kt/Tokens.kt 1 replicate-api-token "$R8"
mk kt/decoy/Tokens.kt "val tokens = mapOf(\"replicate\" to \"r8_<token>\", \"region\" to \"us\")
val versions = mapOf(\"replicate\" to \"0.31.2\", \"hexpm\" to \"2.1.1\")
"
silent kt/decoy/Tokens.kt

# a record bound to the provider's name; the sibling line above names
# another provider and does not take it
mk bound/tokens.ads "package Tokens is
   GithubClientId : constant String := \"Iv1.8a61f9b3a7aba766\";
   Vault_Conn : constant Conn_Config := (Address => +\"https://vault.internal:8200\", Key => +\"$VS\");
end Tokens;
"
found bound/tokens.ads 3 vault-legacy-token "$VS"
mk bound/vault.rs "let vault_conn = VaultConfig { address: \"https://vault.internal:8200\", key: \"$VS\" };
"
found bound/vault.rs 1 vault-legacy-token "$VS"
mk bound/decoy/tokens.ads "package Tokens is
   Vault_Conn : constant Conn_Config := (Address => +\"https://vault.internal:8200\", Key => +Value (\"VAULT_TOKEN\"));
   Vault_Pin : constant Conn_Config := (Address => +\"https://vault.internal:8200\", Key_Sha256 => +\"$H64\");
end Tokens;
"
silent bound/decoy/tokens.ads
mk bound/decoy/deps.json "{
  \"dependencies\": { \"hexpm\": \"^1.0.0\", \"activecampaign\": \"~2.4.0\" }
}
"
silent bound/decoy/deps.json

finish e2e_structs19
