module Fernquay.Settings

let integrations =
    [ ("etherscan", "HUHXDMTES5OGJL6HJ9341WF9XIZVTGCG7E") ] |> Map.ofList
    {| Name = "ETHERSCAN_CONTRACT"; Value = "0x31288ad1e9df2b56b904565927fb788241f32b39" |}
    {| Name = "ETHERSCAN_API_KEY_TRUNCATED"; Value = "HUHXDMTES5..." |}
    {| Name = "ETHERSCAN_API_KEY_EXAMPLE"; Value = "sample" |}
    System.Environment.GetEnvironmentVariable "ETHERSCAN_API_KEY"
