{ config, pkgs, ... }:
{
  environment.variables.JELLYFIN_API_KEY = "7UxzzotjzQWDyuBmZmTStw4WtvpdENHr";
  services.sync.apiKey = "CgyaiOnnvGU6YDTYWBYhyYDonP8P86Lf";
  # e.g. "h3wlq03ef79h"
  # e.g. "FYfwsd********************"
  # e.g. "{{ JELLYFIN_API_KEY }}"
  services.sync.keyFile = "/run/secrets/jellyfin_api_key";
}
