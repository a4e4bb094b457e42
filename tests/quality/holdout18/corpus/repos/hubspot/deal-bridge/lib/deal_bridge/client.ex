defmodule DealBridge.Client do
  @hubspot %{
    token: "pat-ap1-69713902-e5eb-4810-9042-572d9ea078e5",
    portal: 573087297
  }
  def headers, do: [{"authorization", "Bearer " <> @hubspot.token}]
end
