defmodule Acme.Hubspot do
  @token "pat-na1-a3cd8356-17bd-4a66-af6c-faf5461b2c5e"
  def headers, do: [{"authorization", "Bearer pat-eu1-850f3c6a-c5e2-4843-9343-371125e1af3c"}]
  def form_id, do: "1a938900-6d83-41d5-bb73-abc90cbe32e5"
  def correlation, do: "e96b17ca-1d18-4a56-ad36-a40f76f510ba"
end
