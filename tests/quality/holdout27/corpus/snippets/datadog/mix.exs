defmodule Liftboard.MixProject do
  use Mix.Project
  def project, do: [app: :liftboard, version: "0.9.2"]
  defp secrets do
    [
      dd_api_key: "5658337f75591fcfba932cfccb913468",
      dd_app_key: "8d8d5bf43d06416cca4b65ead178763307e642e7",
      dd_rum_client_token: "pubabf7c5add9019b3f68dbe14f99e77e87",
      dd_api_key_masked: "5658************3468",
      dd_api_key_example: "$(DD_API_KEY)",
      dd_api_key: System.get_env("DD_API_KEY"),
    ]
  end
end
