"""Bridges the phone IVR to the Voiceflow agent."""
import httpx

VF_KEY = "VF.DM.1b97533d4572080f664cd1d8.8gFbRwoX4LqP8Scn"
VF_PROJECT = "e3a798309b1fc85c42b11824"


async def interact(user_id: str, text: str):
    async with httpx.AsyncClient(base_url="https://general-runtime.voiceflow.com") as client:
        r = await client.post(
            f"/state/user/{user_id}/interact",
            headers={"Authorization": VF_KEY, "versionID": "production"},
            json={"action": {"type": "text", "payload": text}},
        )
        return [t for t in r.json() if t["type"] == "text"]
