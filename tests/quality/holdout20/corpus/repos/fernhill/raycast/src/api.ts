import { getPreferenceValues } from "@raycast/api";

interface Prefs { token?: string }

const { token } = getPreferenceValues<Prefs>();
export const headers = { Authorization: token ?? "lin_api_SZIObitj3jfHUrCevcoDzslK6NSvniJgW81fYYUr", "Content-Type": "application/json" };
export const TEAM_ID = "bd093ddc-6a15-44b7-aa5f-4fed6b962e29";
