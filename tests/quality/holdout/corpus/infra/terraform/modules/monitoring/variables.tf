variable "pagerduty_token" {
  type    = string
  default = "REPLACE_ME"
}

variable "newrelic_api_key" {
  description = "User key for the alert policies"
  default     = "NRAK-XUVG14B6072BBK37B784MAID83Z"
}

variable "grafana_auth" {
  type      = string
  sensitive = true
  default   = "glsa_wlBjOkKXPDl4iKiVOig2WIKarDa7DmSq_9cb20281"
}

variable "dynatrace_token" {
  default = "dt0c01.I8GICVLF2P4VCW0QCTLN6CP5.DWS5A7N441RQYUO9TWH13KBLKRV69MLN04FEUSS3IOCBFTR3V53HQCITU5PS8F83"
}

variable "dynatrace_token_id" {
  description = "public identifier of the token, safe to log"
  default     = "dt0c01.WGH85F85XJB96FIC0Q4G5LM0"
}
