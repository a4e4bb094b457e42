const token = Deno.env.get("HUBSPOT_TOKEN") ?? "pat-na1-192904c0-86fb-42a4-b0ce-5c141a92e838";
if (!token.startsWith("pat-")) throw new Error("bad token pat-na1-4f1e...");
await fetch("https://api.hubapi.com/crm/v3/objects/contacts?limit=10", {
  headers: { Authorization: `Bearer ${token}` },
});
