defmodule LegacyContacts do
  @url "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=9f8aff09-8a2f-40c0-a053-32309541155e&count=100"

  def fetch, do: HTTPoison.get!(@url)
end
