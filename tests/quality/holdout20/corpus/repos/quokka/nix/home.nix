{ config, pkgs, ... }:
{
  home.username = "lucia";
  home.stateVersion = "24.11";
  home.sessionVariables = {
    EDITOR = "hx";
    HF_TOKEN = "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";
    NPM_CONFIG_USERCONFIG = "${config.xdg.configHome}/npm/npmrc";
  };
  programs.git.extraConfig.sendemail.smtpPass = "SummerPriya28!!";
}
