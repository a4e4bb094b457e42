# ethereum credentials (fake values)
my $deployer-private-key = '0x8ea4e7e6d7034275890bde80fc83cada2bc7b0f94e8c07addb3ff89df2b43c74';
%*ENV<ETHEREUM_MNEMONIC> = 'rocket orbit ripple harbor ember meadow rocket orbit sunset rocket walnut oyster';
my $ethereum-address = '0x51e2e707e0557269fedfdeb62732974dbd75904a';
my $ethereum-tx-hash = '0xeae2d0dee9a68d7db808f42280429b53c7fa94e81dfc2592bf1ae76488f7e1bd';
my $deployer-private-key-masked = '0x8ea4...3c74';
my $key = %*ENV<DEPLOYER_PRIVATE_KEY>;
