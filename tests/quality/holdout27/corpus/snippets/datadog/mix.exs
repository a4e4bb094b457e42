defmodule Liftboard.MixProject do
  use Mix.Project
  def project, do: [app: :liftboard, version: "0.9.2"]
  defp secrets do
    [
      dd_api_key: "ba932cfccb9134688d8d5bf43d06416c",
      dd_app_key: "ca4b65ead178763307e642e7abf7c5add9019b3f",
      dd_rum_client_token: "pub68dbe14f99e77e87eb8e3ed59b0a185d",
      dd_api_key_masked: "ba93************416c",
      dd_api_key_example: "$(DD_API_KEY)",
      dd_api_key: System.get_env("DD_API_KEY"),
    ]
  end
end
