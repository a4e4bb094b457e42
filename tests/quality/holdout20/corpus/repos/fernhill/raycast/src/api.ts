import { getPreferenceValues } from "@raycast/api";

interface Prefs { token?: string }

const { token } = getPreferenceValues<Prefs>();
export const headers = { Authorization: token ?? "lin_api_eKbUA1sXevtngXFB87CaH0ygloFnqXK1BgJFON7A", "Content-Type": "application/json" };
export const TEAM_ID = "b376c851-e521-4a4b-b8e0-e0235d81a615";
