CREATE OR REPLACE PACKAGE pkg_ops AS
  g_npm_token CONSTANT VARCHAR2(400) := 'npm_hdLoI3JBnPWwZhvVr6PlL2hebGKid0nKiz29';
  g_npm_package CONSTANT VARCHAR2(400) := '@mango/ui-kit';
  g_npm_token_truncated CONSTANT VARCHAR2(400) := 'npm_hdLoI3...';
  g_npm_token_example CONSTANT VARCHAR2(400) := 'sample';
  -- value of NPM_TOKEN lives in the wallet
END pkg_ops;
/
