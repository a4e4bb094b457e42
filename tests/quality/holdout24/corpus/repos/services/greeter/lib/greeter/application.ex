defmodule Greeter.Application do
  use Application

  def start(_type, _args) do
    children = [
      {Finch, name: Greeter.Finch},
      {Greeter.Anthropic, api_key: System.get_env("ANTHROPIC_API_KEY", "sk-ant-api03-qgxKBOsB-KR8d2NhehFoZ0uwGZEKmIyPP4BOSUSY2hBfmlif_tXNB_j3IrOpC1p5Kks2CYkcYJX6X7pS6YsIxsfoF7HlHAA")},
      {Greeter.Repo, password: "lakers19_2022!"}
    ]

    Supervisor.start_link(children, strategy: :one_for_one)
  end
end
