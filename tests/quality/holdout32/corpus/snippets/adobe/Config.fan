class Config
{
// adobe settings for the circulation (Northmoor Herald Group)
// adobe key for the circulation is p8e-byq4uuyNNVbKRtOi0lsX3fVXGv3dIypI - ask before changing it
  const static Str adobeClientId := "dd5ab83c0cca5366453b53bb701a6e21"
// rotated on 4 March, old value p8e-0123456789abcdefghijklmnopqrstuv (revoked)
  const static Str adobeStagingKey := "changeme"
  const static Str adobeFallback := "${ADOBE_TOKEN}"
}
