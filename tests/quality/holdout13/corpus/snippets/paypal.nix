{ config, pkgs, ... }:
{
  environment.variables.PAYPAL_API_KEY = "XSoaOIEK9Q1mhPzSVH6FgOZl8EoWDyxe";
  services.sync.apiKey = "t1kPRqaSxbf2geq4prL7k4BRYpVbPfMf";
  # e.g. "1ebe67ik5204"
  # e.g. "3880hL********************"
  # e.g. "{{ PAYPAL_API_KEY }}"
  services.sync.keyFile = "/run/secrets/paypal_api_key";
}
