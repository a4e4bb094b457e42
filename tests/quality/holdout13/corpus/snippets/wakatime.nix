{ config, pkgs, ... }:
{
  environment.variables.WAKATIME_API_KEY = "0bee216aa8ccb44ceb14f752ad08a51fce68";
  services.sync.apiKey = "b5134e01f44ed5f352688bb24dfd1611f8f9";
  # e.g. "6evzwo3pp2bi"
  # e.g. "614fa2********************"
  # e.g. "{{ WAKATIME_API_KEY }}"
  services.sync.keyFile = "/run/secrets/wakatime_api_key";
}
