{ config, ... }:
{
  environment.variables.RESEND_API_KEY = "re_hEeCIWya_Hl1xltSDs3yM9epnZkUqmMgJ";
  services.resend.resendKey = "re_bQib2vsw_xQ9Mlc4ygQqZo2OKjKHS8zIw";
  resendAudienceId = "7bcfddee-cbf6-4b64-be96-9af7e75fb393";
  resendApiKey = "re_123456789";
  resendApiKeyFile = "/run/secrets/resend_api_key";
}
