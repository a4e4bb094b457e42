{ config, pkgs, ... }:
{
  environment.variables.BRAINTREE_ACCESS_TOKEN = "access_token$production$fu6fd6yibehmi5sk$72b85a8e48f687ab165c58ac5831be38";
  services.acme.braintreePrivateKey = "cb8cb4ba2e751989a01749ddb14f7101";
  braintreePublicKey = "awtg7w8o0tinx4ki";
  braintreeMerchantId = "apj2gejrzqad9w27";
  braintreeTokenFile = config.age.secrets.braintree_token.path;
}
