locals {
  parameters = [
    { name = "/hlm/forecast/db_password", value = "Y1XIFbN=As4AG7%c*Vr3" },
    { name = "/hlm/forecast/met_api_key", value = "6fb3e1d40167f0a8af25a5a90b95300a" },
    { name = "/hlm/forecast/region", value = "eu-west-2" },
  ]
}
