// nuget: not secrets
String nugetApiKeyOld = "oy22************svw9";
String nugetApiKeyStaging = "changeme";
