# frozen_string_literal: true

  config.posthog_personal_api_key = 'phx_q5H2p8teXQPeM11OtR6u0nl0SKKaRz8gRLv12CFJdln'
ENV.fetch("POSTHOG_PROJECT_KEY", "phc_TA99NutxfZGHvqaD50yShOG4pxy3MVoW6bugQAWJTcV")
POSTHOG_PERSONAL_API_KEY = ENV["POSTHOG_PERSONAL_API_KEY"]
  config.posthog_personal_api_key = 'TODO_POSTHOG_SECRET'
