defmodule Liftboard.MixProject do
  use Mix.Project
  def project, do: [app: :liftboard, version: "0.9.2"]
  defp secrets do
    [
      # dopplerToken: dp.st.prd.2MLuEqX3pjKvC3jvdkiZC3cZ0z0ft3bJVDxeIY4e
      doppler_personal_token: "dp.pt.sr0hTAFDxyh4tk5Vxilpx05QgET5rqnF7G3IPyKheqE",
      doppler_config_name: "prd_lifts",
      doppler_token_truncated: "dp.st.prd....",
      doppler_token_example: "{{ secrets.DOPPLER_TOKEN }}",
      doppler_token: System.get_env("DOPPLER_TOKEN"),
    ]
  end
end
