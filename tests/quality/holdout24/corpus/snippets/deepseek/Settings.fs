module Fernquay.Settings

let integrations =
    [ ("deepseek", "sk-504cdbd3aee8292f3879c9b919f0484d") ] |> Map.ofList
    {| Name = "DEEPSEEK_MODEL"; Value = "deepseek-chat" |}
    {| Name = "DEEPSEEK_API_KEY_SEQUENTIAL"; Value = "sk-0123456789abcdefghijklmnopqrstuv" |}
    {| Name = "DEEPSEEK_API_KEY_EXAMPLE"; Value = "changeme" |}
    System.Environment.GetEnvironmentVariable "DEEPSEEK_API_KEY"
