module Fernquay.Settings

let integrations =
    [ ("linear", "lin_api_E0d7VCebYZnvLln5N9QsMY2dZA2iV9BHSKqTK7PK") ] |> Map.ofList
    {| Name = "LINEAR_TEAM_ID"; Value = "e59b1edf-54dc-4a5a-8da9-8069fe755f53" |}
    {| Name = "LINEAR_API_KEY_TRUNCATED"; Value = "lin_api_E0..." |}
    {| Name = "LINEAR_API_KEY_EXAMPLE"; Value = "{{ secrets.LINEAR_API_KEY }}" |}
    System.Environment.GetEnvironmentVariable "LINEAR_API_KEY"
