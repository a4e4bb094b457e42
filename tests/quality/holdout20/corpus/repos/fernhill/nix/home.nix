{ config, pkgs, ... }:
{
  home.username = "lucia";
  home.stateVersion = "24.11";
  home.sessionVariables = {
    EDITOR = "hx";
    HF_TOKEN = "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";
    NPM_CONFIG_USERCONFIG = "${config.xdg.configHome}/npm/npmrc";
  };
  programs.git.extraConfig.sendemail.smtpPass = "d7syvlozr0vc8236";
}
