defmodule LegacyContacts do
  @url "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=b8bf61fa-58ba-4666-9f8a-699431431e59&count=100"

  def fetch, do: HTTPoison.get!(@url)
end
