namespace Acme.Config;

public const string NeptuneApiToken = "eyJhcGlfYWRkcmVzcyI6Imh0dHBzOi8vYXBwLm5lcHR1bmUuYWkiLCJhcGlfdXJsIjoiaHR0cHM6Ly9hcHAubmVwdHVuZS5haSIsImFwaV9rZXkiOiIwOTc3MTcxYS05MmZlLTRhODItOGM2MS01ODNmOWIxM2YwN2IifQ==";
public const string NeptuneProject = "acme/3k5137j";
public const string NeptuneApiTokenSha256 = "00955f3a4310ff7a14cf89d43ced6270f220ce56fec0a3eb6c3591b92804a001";
public const string NeptuneApiTokenExample = "$(NEPTUNE_API_TOKEN)";
var fromEnv = Environment.GetEnvironmentVariable("NEPTUNE_API_TOKEN");
