#!/usr/bin/env bash
# End-to-end tests of the web3 rules (ethereum, alchemy, infura, etherscan)
# over the files a Hardhat, Foundry or Truffle project holds: wallet keys
# where a wallet is made of them, BIP-39 mnemonics, keys in node-RPC URLs,
# explorer keys; and, silent in the same files, what looks like them:
# transaction and block hashes, storage slots, addresses, references, the
# accounts and mnemonics development tools publish. Then the public halves
# and published samples the generic rule must leave (Stytch's public
# token, an OAuth 1 consumer key, PagerDuty's, Mailgun's and Pushover's
# documentation values, a truncated provider prefix).
. "$(dirname "$0")/lib.sh"
batch_scans

# none FILE: scanning $T/FILE gives no finding at all
none() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: no finding" jq -e 'length == 0' "$T/out"
}
# structure FILE SECRET WANT: the finding of SECRET says its structure is WANT
structure() {
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
	check "$1: $2 is $3" jq -e --arg s "$2" --arg w "$3" \
		'[.[] | select(.secret == $s)] | length == 1 and .[0].validation.structure == $w' "$T/out"
}

K1=0x2d1371c17149d439536b3216fdaeeb975729fae923d5a4fd12aabfe228f219e9
K2=0xcb0eb53f16947ccf25ec84d8dbc74254770f58904dba41ecccc3fc1626e53a13
K3=043b026c48bbf33feff9243a8f506b40928b5b7a767c76fb008f86bebb2737f6
TX=0xa6f0fb23c6f5da2cec255404e4fb440034d6608697a8d41bed440e50454f31af
ADDR=0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed
HARDHAT0=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
M12="govern odor seminar essay this orbit skin trust tone now public ill"
M12BAD="govern odor seminar essay this orbit skin trust tone now public ice"
AL=LI8gJhead6-wJ9kFZJSqgmRB9H_iMb_l
INF=319478da6bd0c621de49f145fda9988c
ES=58Z6TNOVMIZWDIAEQ1KDFY6SPSC3LKR2AQ

# a key array in a network block: each element, the second on its own line
mk hh/hardhat.config.js "module.exports = {
  networks: {
    sepolia: {
      url: \"https://eth-sepolia.g.alchemy.com/v2/$AL\",
      accounts: [\"$K1\",
        \"$K2\"],
    },
    localhost: { url: \"http://127.0.0.1:8545\", accounts: [\"$HARDHAT0\"] },
  },
  etherscan: { apiKey: { sepolia: \"$ES\" } },
};
"
found hh/hardhat.config.js 5 ethereum-private-key "$K1"
found hh/hardhat.config.js 6 ethereum-private-key "$K2"
found hh/hardhat.config.js 4 alchemy-api-key "$AL"
found hh/hardhat.config.js 10 etherscan-api-key "$ES"
"$KEYHOUND" scan "$T/hh" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "hardhat: four findings, Hardhat's published account 0 not one" \
	jq -e 'length == 4' "$T/out"

# ethers, viem and web3.py wallets; a CLI flag; a bare key in Truffle's
# provider array
mk wallets/deploy.ts "const signer = new ethers.Wallet(\"$K2\", provider);
"
found wallets/deploy.ts 1 ethereum-private-key "$K2"
mk wallets/bot.py "acct = w3.eth.account.from_key('$K1')
"
found wallets/bot.py 1 ethereum-private-key "$K1"
mk wallets/deploy.sh "forge script script/Deploy.s.sol --private-key $K1 --broadcast
"
found wallets/deploy.sh 1 ethereum-private-key "$K1"
mk wallets/truffle-config.js "provider: () => new HDWalletProvider(['$K3'], 'https://sepolia.infura.io/v3/$INF'),
"
found wallets/truffle-config.js 1 ethereum-private-key "$K3"

# what looks like a key and is not: hashes, slots, addresses, references
mk decoys/deploy.json "{
  \"address\": \"$ADDR\",
  \"transactionHash\": \"$TX\",
  \"blockHash\": \"$K2\",
  \"accounts\": [\"$ADDR\"]
}
"
none decoys/deploy.json
mk decoys/Proxy.sol "bytes32 internal constant IMPL_SLOT = $K1;
"
none decoys/Proxy.sol
mk decoys/hardhat.config.js "accounts: [process.env.PRIVATE_KEY],
url: \`https://eth-mainnet.g.alchemy.com/v2/\${process.env.ALCHEMY_KEY}\`,
"
none decoys/hardhat.config.js
mk decoys/.env.example "PRIVATE_KEY=0x0000000000000000000000000000000000000000000000000000000000000000
MNEMONIC=\"test test test test test test test test test test test junk\"
"
none decoys/.env.example

# mnemonics: the checksum decides valid or invalid; published ones and
# prose are silent
mk m/truffle-config.js "const HDWalletProvider = require('@truffle/hdwallet-provider');
const mnemonic = '$M12';
"
found m/truffle-config.js 2 ethereum-mnemonic "$M12"
structure m/truffle-config.js "$M12" valid
mk m/.env "MNEMONIC=\"$M12BAD\"
"
structure m/.env "$M12BAD" invalid
mk m/ganache.js "const mnemonic = 'myth like bonus scare over problem client lizard pioneer submit female collect';
"
none m/ganache.js
mk m/README.md "Put the mnemonic of your wallet in .env: twelve words, and never commit them.
"
none m/README.md

# Foundry: RPC endpoints and the [etherscan] table's inline keys
mk f/foundry.toml "[rpc_endpoints]
mainnet = \"https://mainnet.infura.io/v3/$INF\"
sepolia = \"\${SEPOLIA_RPC_URL}\"

[etherscan]
mainnet = { key = \"$ES\" }
sepolia = { key = \"\${ETHERSCAN_API_KEY}\" }
"
found f/foundry.toml 2 infura-api-key "$INF"
found f/foundry.toml 6 etherscan-api-key "$ES"

# public halves and samples the generic rule leaves; the secret beside
# the consumer key still found
CS=Kq8Zr2Wv5Tn7Lx3MpQ4sHd9Yc6Fb0aE1uJ5oI7yT3rW9qZ2xV6
mk p/stytch.tcl "set STYTCH_PUBLIC_TOKEN \"public-token-live-0b7c9a52-1f3e-4d6a-9c8b-2e5f7a1d3c94\"
"
none p/stytch.tcl
mk p/twitter.kdl "twitter {
    twitter-api-key \"Hq3Lm9Xv2Kp7Wd5Rt8Ny4Bc6Z\"
}
"
none p/twitter.kdl
mk p/oauth.kdl "twitter {
    consumer-key \"Hq3Lm9Xv2Kp7Wd5Rt8Ny4Bc6Z\"
    consumer-secret \"$CS\"
}
"
"$KEYHOUND" scan "$T/p/oauth.kdl" -f json --show-secrets -o "$T/out" 2>"$T/err"
check "twitter: only the consumer secret" jq -e --arg s "$CS" \
	'length == 1 and .[0].secret == $s' "$T/out"
mk p/pagerduty.conf "pagerduty {
  api-token = \"y_NbAkKc66ryYTWUXYEu\"
}
"
none p/pagerduty.conf
mk p/settings.py "MAILGUN_ACCESS_KEY = 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0'
MAILGUN_SERVER_NAME = 'samples.mailgun.org'
"
none p/settings.py
mk p/pushover.env "PUSHOVER_APP_TOKEN=azGDORePK8gMaC0QOYAMyEEuzJnyUi
"
none p/pushover.env
mk p/deploy.graphql "mutation { deploy(user: \"ci\", clojarsPassword: \"CLOJARS_86bd8773\") { id } }
"
none p/deploy.graphql

finish e2e_web3
