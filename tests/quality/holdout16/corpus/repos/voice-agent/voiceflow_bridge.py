"""Bridges the phone IVR to the Voiceflow agent."""
import httpx

VF_KEY = "VF.DM.83f0b7816e3a798309b1fc85.Kzi0I831fUW92Yxc"
VF_PROJECT = "18242762ddd477d13b25e0ac"


async def interact(user_id: str, text: str):
    async with httpx.AsyncClient(base_url="https://general-runtime.voiceflow.com") as client:
        r = await client.post(
            f"/state/user/{user_id}/interact",
            headers={"Authorization": VF_KEY, "versionID": "production"},
            json={"action": {"type": "text", "payload": text}},
        )
        return [t for t in r.json() if t["type"] == "text"]
