{
  services.app.environment = {
    PREFECT_API_KEY = "pnu_62NkUQpQGIv0MJnAzSk3b11bxhsckwNMRDoX";
    PREFECT_WORKSPACE_ID = "b7f197ac-054a-4aa5-86a6-65986582e171";
    PREFECT_API_KEY_MASKED = "pnu_************RDoX";
    PREFECT_API_KEY_EXAMPLE = "YOUR_PREFECT_API_KEY_HERE";
    PREFECT_API_KEY_FILE = config.age.secrets.prefect_api_key.path;
  };
}
