module Settings {
  config const mollieApiKey = "live_4FxQpYpX8FLsLqDoj4CUG1dWoaWAmc";
  config const mollieAccessToken = "access_YRFwhKcoVlo2grniatnaUOJbZcxXZlcC7uN6wDAB";
  config const mollieProfileId = "pfl_Ya4mlGoQv3";
  config const mollieApiKeySequential = "live_0123456789abcdefghijklmnopqrst";
  config const mollieApiKeyExample = "changeme";
  const fromEnv = getEnv("MOLLIE_API_KEY");
}
