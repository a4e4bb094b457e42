{ config, pkgs, ... }:
{
  systemd.services.github.environment = { GITHUB_TOKEN = "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"; };
  services.github.ghToken = "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";
  githubToken = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
  githubSha = "8b8c559082fdc28124fe5dd052190f560235e710";
  githubTokenFile = config.age.secrets.github_token.path;
}
