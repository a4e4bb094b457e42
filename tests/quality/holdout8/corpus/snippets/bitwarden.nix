{ config, pkgs, ... }:
{
  services.bitwarden.bwsAccessToken = "0.a805f571-840b-4d97-8af5-c6a08647675b.AA4acV1gC1lvrIpSILhsVsP5iqq2qv:egS0AczoJvAl27mKQgMiiQ==";
  environment.variables.BW_CLIENTSECRET = "bq1Da3xlFSyhYcfhryShCVqBrF4nXL";
  bwClientid = "user.1eb985ef-e3aa-4f3c-868a-3dd0f282d7f8";
  bwsOrganizationId = "4df1e7c7-6544-4d3c-a944-b9d4611662f8";
  bitwardenTokenFile = config.age.secrets.bitwarden_token.path;
}
