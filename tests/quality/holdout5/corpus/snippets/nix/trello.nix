{ config, ... }:
{
  services.trello.trelloToken = "ATTAba5eb3e656a2e91960dd276d12bd6824d45aaec686c04dd40151de680a9bae85E8606244";
  environment.variables.TRELLO_API_TOKEN = "173c6b0c33fe9b8fe743e65388b194957a2899c507c50315718cb78518dd37c4";
  trelloApiKey = "74dc03d3420d60b6b09d5c938883b441";
  trelloBoardId = "25dac37a76337add036a55de";
  trelloApiKeyFile = "/run/secrets/trello_api_key";
}
