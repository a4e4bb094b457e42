function fn() {
  var env = karate.env || 'uat';
  var config = { baseUrl: 'https://' + env + '-rates.tallowmere.example' };
  config.apiKey = 'tlwm_uat_DjJjLydlmadvkMlnuBLlQE8EWK1vbWZP';
  config.auth0ClientSecret = 'cRGYoeycA0fRyYF0__gMcbZMsRjW-OBCHfZoqay79HIHFG3XpXqLN35uSGI4h7XL';
  config.requestId = '4bc08c70-59e7-43fc-8c31-451beb5ba647';
  return config;
}
