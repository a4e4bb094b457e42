# ethereum credentials (fake values)
my $deployer-private-key = '0xea4e7e6d7034275890bde80fc83cada2bc7b0f94e8c07addb3ff89df2b43c740';
%*ENV<ETHEREUM_MNEMONIC> = 'ripple harbor ember meadow rocket orbit sunset rocket walnut oyster saddle velvet';
my $ethereum-address = '0xe2e707e0557269fedfdeb62732974dbd75904aea';
my $ethereum-tx-hash = '0xe2d0dee9a68d7db808f42280429b53c7fa94e81dfc2592bf1ae76488f7e1bd48';
my $deployer-private-key-masked = '0xea4e...c740';
my $key = %*ENV<DEPLOYER_PRIVATE_KEY>;
