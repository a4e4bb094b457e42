const token = Deno.env.get("HUBSPOT_TOKEN") ?? "pat-na1-58ba7666-3f8a-4994-a143-1e5962b1eb46";
if (!token.startsWith("pat-")) throw new Error("bad token pat-na1-4f1e...");
await fetch("https://api.hubapi.com/crm/v3/objects/contacts?limit=10", {
  headers: { Authorization: `Bearer ${token}` },
});
