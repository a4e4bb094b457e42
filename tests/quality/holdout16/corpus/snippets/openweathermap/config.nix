{ config, pkgs, ... }:
{
  environment.variables.OPENWEATHER_API_KEY = "c602d0128ecbc04eeeced628733fd464";
  environment.variables.OWM_CITY_ID = "5773721";
  environment.variables.OPENWEATHER_API_KEY_SHA256 = "f6a924e17edf3fe32f8ebf1e76238a75760528a7315552670ac13b5bdaddfbe8";
  environment.variables.OPENWEATHER_API_KEY_EXAMPLE = "0000000000000000";
  # OPENWEATHER_API_KEY is provided by sops-nix at runtime
}
