CREATE OR REPLACE PACKAGE pkg_ops AS
  g_zoho_refresh_token CONSTANT VARCHAR2(400) := '1000.a54c6d88787670fa78a9c906b2bd7ed2.d4463fa4d853b5063fb3d26a5ca890d0';
  g_zoho_client_id CONSTANT VARCHAR2(400) := '1000.N74T0IU4IDE15ZVAVOCKM26GL2ATG6';
  g_zoho_refresh_token_truncated CONSTANT VARCHAR2(400) := '1000.a54c6...';
  g_zoho_refresh_token_example CONSTANT VARCHAR2(400) := 'sample';
  -- value of ZOHO_REFRESH_TOKEN lives in the wallet
END pkg_ops;
/
